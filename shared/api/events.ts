/**
 * IPC channel names and the events main sends to the renderer (menu commands).
 * Shared by the Electron shell and the renderer. No imports: the sandboxed preload bundles this file.
 */
export const INVOKE_CHANNEL = 'regio:invoke';
export const EVENT_CHANNEL = 'regio:event';

/**
 * 'navigate' carries a route (see APP_ROUTES); 'review-package' a beoordelingspakket the system
 * opened with the app (file.open's answer: 'review' or 'refused'); the others carry no payload.
 * 'export-pdf' opens the dialog "Regiodossier exporteren" (Bestand menu).
 */
export const APP_EVENTS = [
  'navigate',
  'new-region',
  'load-demo',
  'open-search',
  'export-pdf',
  'backup-now',
  'restore-backup',
  'file-new',
  'file-open',
  'file-save-copy',
  'flush-before-close',
  'review-package',
  'review-import',
] as const;
export type AppEvent = (typeof APP_EVENTS)[number];

export const isAppEvent = (name: unknown): name is AppEvent =>
  typeof name === 'string' && (APP_EVENTS as readonly string[]).includes(name);

/**
 * The screens of the side bar and the Beeld menu, in order, each with its shortcut key:
 * Ctrl/Cmd+key (the menu's accelerator in Electron, a hotkey in the renderer). Instellingen has
 * Ctrl+, as desktop apps do.
 */
export const APP_SCREENS = [
  { route: '/overzicht', label: 'Overzicht', key: '1' },
  { route: '/afspraken', label: 'Afspraken', key: '2' },
  { route: '/afspraken/overzicht', label: 'Dashboard afspraken', key: '3' },
  { route: '/overleggen', label: 'Overleggen', key: '0' },
  { route: '/gespreksverslagen', label: 'Gespreksverslagen', key: 'G' },
  { route: '/actiepunten', label: 'Actiepunten', key: 'J' },
  { route: '/monitor', label: 'Samenwerkingsmonitor', key: 'E' },
  { route: '/partijen', label: 'Partijen', key: '4' },
  { route: '/personen', label: 'Personen', key: '5' },
  { route: '/rollen', label: 'Rollen', key: '6' },
  { route: '/themas', label: 'Thema’s', key: '7' },
  { route: '/prullenbak', label: 'Prullenbak', key: '8' },
  { route: '/regio', label: 'Regio', key: '9' },
  { route: '/instellingen', label: 'Instellingen', key: ',' },
] as const;

export const APP_ROUTES = APP_SCREENS.map((s) => s.route);
export type AppRoute = (typeof APP_SCREENS)[number]['route'];
