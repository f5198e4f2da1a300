/**
 * IPC channel names and the events main sends to the renderer (menu commands).
 * No imports: the sandboxed preload bundles this file.
 */
export const INVOKE_CHANNEL = 'regio:invoke';
export const EVENT_CHANNEL = 'regio:event';

/** 'navigate' carries a route (see APP_ROUTES); the others carry no payload. */
export const APP_EVENTS = ['navigate', 'new-region', 'load-demo', 'open-search'] as const;
export type AppEvent = (typeof APP_EVENTS)[number];

export const isAppEvent = (name: unknown): name is AppEvent =>
  typeof name === 'string' && (APP_EVENTS as readonly string[]).includes(name);

/** Routes of the renderer's hash router that the menu can navigate to. */
export const APP_ROUTES = [
  '/overzicht',
  '/partijen',
  '/personen',
  '/rollen',
  '/themas',
  '/prullenbak',
  '/instellingen',
  '/regio',
] as const;
export type AppRoute = (typeof APP_ROUTES)[number];
