/**
 * IPC channel names and the events main sends to the renderer (menu commands).
 * Shared by the Electron shell and the renderer. No imports: the sandboxed preload bundles this file.
 */
export const INVOKE_CHANNEL = 'regio:invoke';
export const EVENT_CHANNEL = 'regio:event';

/** 'navigate' carries a route (see APP_ROUTES); the others carry no payload. */
export const APP_EVENTS = ['navigate', 'new-region', 'load-demo', 'open-search'] as const;
export type AppEvent = (typeof APP_EVENTS)[number];

export const isAppEvent = (name: unknown): name is AppEvent =>
  typeof name === 'string' && (APP_EVENTS as readonly string[]).includes(name);

/**
 * The screens of the side bar and the Beeld menu, in order; screen N has shortcut Ctrl/Cmd+N
 * (the menu's accelerator in Electron, a hotkey in the renderer).
 */
export const APP_SCREENS = [
  { route: '/overzicht', label: 'Overzicht' },
  { route: '/afspraken', label: 'Afspraken' },
  { route: '/partijen', label: 'Partijen' },
  { route: '/personen', label: 'Personen' },
  { route: '/rollen', label: 'Rollen' },
  { route: '/themas', label: 'Thema’s' },
  { route: '/prullenbak', label: 'Prullenbak' },
  { route: '/regio', label: 'Regio' },
  { route: '/instellingen', label: 'Instellingen' },
] as const;

export const APP_ROUTES = APP_SCREENS.map((s) => s.route);
export type AppRoute = (typeof APP_SCREENS)[number]['route'];
