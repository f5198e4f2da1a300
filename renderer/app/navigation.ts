/** The screens in the side bar, in menu order (Electron's Beeld menu uses the same shortcuts). */
export const NAVIGATION = [
  { path: '/overzicht', label: 'Overzicht', shortcut: '1' },
  { path: '/partijen', label: 'Partijen', shortcut: '2' },
  { path: '/personen', label: 'Personen', shortcut: '3' },
  { path: '/rollen', label: 'Rollen', shortcut: '4' },
  { path: '/themas', label: "Thema's", shortcut: '5' },
  { path: '/prullenbak', label: 'Prullenbak', shortcut: '6' },
  { path: '/regio', label: 'Regio', shortcut: '7' },
  { path: '/instellingen', label: 'Instellingen', shortcut: '8' },
] as const;
