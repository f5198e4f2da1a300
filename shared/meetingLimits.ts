/**
 * How much one overleg holds at most (issue 19): generous for real use, and a bound for a file or
 * a script that would make a meeting nobody can open. A real overleg has fewer than 60
 * agendapunten and a handful of besluiten and actiepunten per punt; 10,000 agendapunten took 22 s
 * to import and 2.5 s to open. The app (agenda.add, decisions.add, actions.add) and the import
 * (shared/exchange) refuse beyond the same numbers, so what the app makes can always be read back.
 * Items in the Prullenbak do not count.
 */
export const MEETING_LIMITS = {
  /** Agendapunten per overleg. */
  agendaItems: 500,
  /** Besluiten per agendapunt. */
  decisions: 200,
  /** Actiepunten per agendapunt. */
  actions: 200,
} as const;

const WHAT = {
  agendaItems: ['Een overleg', 'agendapunten'],
  decisions: ['Een agendapunt', 'besluiten'],
  actions: ['Een agendapunt', 'actiepunten'],
} as const;

/** "Een overleg heeft hoogstens 500 agendapunten." */
export const meetingLimitMessage = (kind: keyof typeof MEETING_LIMITS): string => {
  const [holder, parts] = WHAT[kind];
  const max = MEETING_LIMITS[kind].toLocaleString('nl-NL');
  return `${holder} heeft hoogstens ${max} ${parts}.`;
};
