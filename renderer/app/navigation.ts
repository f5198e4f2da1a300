import { APP_SCREENS } from '../../shared/api/events';

/** The screens in the side bar, in menu order; Ctrl/Cmd+key opens one (as in Electron's menu). */
export const NAVIGATION = APP_SCREENS.map((screen) => ({
  path: screen.route,
  label: screen.label,
  shortcut: screen.key,
}));

/** The side-bar entry of a route: the longest path it lies under (the dashboard, not Afspraken). */
export function activeNavigation(pathname: string): string | null {
  const under = NAVIGATION.filter((n) => pathname === n.path || pathname.startsWith(`${n.path}/`));
  return under.sort((a, b) => b.path.length - a.path.length)[0]?.path ?? null;
}
