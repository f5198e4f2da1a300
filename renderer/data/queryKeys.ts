/**
 * Which cached answers a successful call makes stale. A query's key is [method, input]; a
 * mutation marks stale the queries of the domains it touches (its own, and those that show its
 * data), and only the mounted ones of those refetch. An autosave of an agreement refetches the
 * agreement screens, not the party list.
 */
import type { Method } from '../../shared/api/contract';

type Domain = Method extends `${infer D}.${string}` ? D : never;

/** Everything that shows a record's name or history: the Prullenbak and the history panels. */
const AROUND: Domain[] = ['trash', 'history', 'app'];

/**
 * The actiepunten-overzicht ('actions') shows each actiepunt's owner and party, its overleg or
 * verslag with title, date and agenda item, and filters on the themes of both.
 */
const TOUCHES: Partial<Record<Domain, Domain[]>> = {
  // A gespreksverslag shows the names of its parties, people, themes and agreements.
  parties: [
    'parties',
    'memberships',
    'contacts',
    'roles',
    'agreements',
    'conversations',
    'actions',
  ],
  memberships: ['parties', 'memberships', 'roles', 'contacts', 'agreements'],
  contacts: ['contacts', 'parties', 'roles', 'agreements', 'conversations', 'actions'],
  roles: ['roles', 'contacts', 'parties'],
  themes: ['themes', 'roles', 'agreements', 'conversations'],
  agreements: ['agreements', 'meetings', 'conversations', 'actions'],
  // An afspraak shows the besluiten that created or changed it (and hides those in the Prullenbak).
  meetings: ['meetings', 'agreements', 'actions'],
  agenda: ['meetings', 'agreements', 'actions'],
  decisions: ['meetings', 'agreements'],
  // An actiepunt belongs to an agenda item or to a gespreksverslag (its open count in the list).
  actions: ['actions', 'meetings', 'conversations'],
  // The agreement and party pages list the verslagen that name them (conversations.list).
  conversations: ['conversations', 'actions'],
  minutes: ['meetings', 'minutes'],
  // The Overzicht's "Mijn actiepunten" are found by the user's name.
  settings: ['settings', 'actions'],
  backups: ['backups'],
};

/**
 * Screens that read across domains, and the domains whose changes they show: the overdracht
 * ('handover') a person's roles, afspraken, actiepunten, overleggen and verslagen with their
 * parties and themes; the samenwerkingsmonitor ('monitor') the verslagen's enquêtes, by theme.
 */
const READS: Partial<Record<Domain, Domain[]>> = {
  handover: [
    'parties',
    'contacts',
    'roles',
    'themes',
    'agreements',
    'meetings',
    'agenda',
    'actions',
    'conversations',
  ],
  monitor: ['conversations', 'themes'],
};

/** The domains whose queries a successful call of `method` makes stale; null means all. */
export function staleDomains(method: Method): Domain[] | null {
  const domain = method.slice(0, method.indexOf('.')) as Domain;
  const touched = TOUCHES[domain];
  // Regions, the Prullenbak and the dossier (import, demo) reach into everything.
  if (!touched) return null;
  const readers = (Object.keys(READS) as Domain[]).filter((r) => READS[r]!.includes(domain));
  return [...touched, ...readers, ...AROUND];
}

/**
 * Calls whose stale queries refetch only when next shown, not now: the minutes and verslag
 * autosaves, every second while the minute-taker types (the screen holds what was typed;
 * refetching the meeting or verslag under the editor would only cost time).
 */
const LATER: ReadonlySet<Method> = new Set<Method>([
  'agenda.saveMinutes',
  'conversations.saveReport',
]);
export const refetchesNow = (method: Method): boolean => !LATER.has(method);

export const domainOf = (key: readonly unknown[]): string => {
  const method = String(key[0]);
  return method.slice(0, method.indexOf('.'));
};
