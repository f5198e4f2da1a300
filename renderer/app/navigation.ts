import { APP_SCREENS } from '../../shared/api/events';

/** The screens in the side bar, in menu order; Ctrl/Cmd+N opens screen N (as in Electron's menu). */
export const NAVIGATION = APP_SCREENS.map((screen, index) => ({
  path: screen.route,
  label: screen.label,
  shortcut: String(index + 1),
}));
