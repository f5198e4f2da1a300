/**
 * How big a regiodossier will be, estimated from counts before anything is collected, laid out
 * or printed (issue 21, item 13). Chromium lays out and prints a document as one whole: 570 pages
 * take some 20 s a print, but the largest region of the groot profile (9,527 afspraken, some
 * 8,000 pages, 16 MB of HTML) crashed its page while measuring, and Chromium alone had not
 * printed that HTML after 39 minutes. Above DOSSIER_PAGE_LIMIT the export is refused at once,
 * in Dutch, naming what to narrow. docs/architecture.md §7.
 */
import { DomainError } from '../../shared/api/result';
import { formatDateNl } from '../../shared/dates';
import {
  DOSSIER_SECTION_LABELS,
  type DossierOptions,
  type DossierSection,
} from '../../shared/schemas/dossier';
import type { Call } from './collect';

/** The most pages the app prints as one dossier (estimated; see dossierPageEstimate). */
export const DOSSIER_PAGE_LIMIT = 2000;

export interface DossierCounts {
  agreements: number;
  /** The meetings of the period and their agenda items. */
  meetings: number;
  agendaItems: number;
  /** The gespreksverslagen of the period. */
  conversations: number;
  memberships: number;
  roles: number;
}

/**
 * Pages per record, measured on the groot profile (Regio Laaghorst 2: 619 afspraken in 517
 * pages, 162 partijen in 9, 980 rollen in 33) and the bench dossier (meetings of eight agenda
 * items with notulen). An agreement’s card is most of it; a row of the register is 1/19 page (the 9,527 rows of the
 * largest groot region took 508).
 */
const PAGES = {
  front: 3,
  card: 0.78,
  registerRow: 1 / 19,
  meeting: 0.5,
  agendaItem: 0.4,
  /** Facts, a page of text or less, the enquête and the actiepunten (the demo: 0.6). */
  conversation: 0.6,
  membership: 1 / 18,
  role: 1 / 30,
  /** The history annex: some seven changes per agreement, a row each. */
  historyPerRecord: 0.25,
};

/** An estimate of the dossier's pages by section, from counts alone. */
export function dossierPageEstimate(
  counts: DossierCounts,
  options: Pick<DossierOptions, 'sections' | 'cards'>,
): { total: number; bySection: Partial<Record<DossierSection, number>> } {
  const per: Record<DossierSection, number> = {
    samenvatting: 1,
    partijen: 1 + counts.memberships * PAGES.membership,
    rollen: 1 + counts.roles * PAGES.role,
    afspraken: 1 + counts.agreements * (PAGES.registerRow + (options.cards ? PAGES.card : 0)),
    overleggen: 1 + counts.meetings * PAGES.meeting + counts.agendaItems * PAGES.agendaItem,
    /** A row per besluit, about one per agenda item. */
    besluiten: 1 + counts.agendaItems / 20,
    verslagen: 1 + counts.conversations * PAGES.conversation,
    /** Two charts with their tables, and a table per theme. */
    monitor: 3,
    actiepunten: 1 + counts.meetings * 0.1,
    historie:
      1 + (counts.agreements + counts.meetings + counts.conversations) * PAGES.historyPerRecord,
  };
  const bySection = Object.fromEntries(
    options.sections.map((s) => [s, Math.ceil(per[s])]),
  ) as Partial<Record<DossierSection, number>>;
  const total = PAGES.front + Object.values(bySection).reduce((sum, n) => sum + n, 0);
  return { total: Math.ceil(total), bySection };
}

const thousands = (n: number) => n.toLocaleString('nl-NL');

/** The refusal: how big, the limit, and what to narrow, biggest gain first. */
export function tooLargeMessage(
  estimate: ReturnType<typeof dossierPageEstimate>,
  counts: DossierCounts,
  options: Pick<DossierOptions, 'sections' | 'cards' | 'from' | 'to'>,
): string {
  const advice: string[] = [];
  if (options.cards && options.sections.includes('afspraken')) {
    advice.push(
      `kies "afspraken zonder kaarten" (alleen het overzicht van de ${thousands(counts.agreements)} afspraken, geen pagina per afspraak)`,
    );
  }
  const big = (Object.entries(estimate.bySection) as [DossierSection, number][])
    .filter(([, pages]) => pages >= 50)
    .sort((a, b) => b[1] - a[1])
    .map(([s, pages]) => `${DOSSIER_SECTION_LABELS[s]} ± ${thousands(pages)}`);
  if (big.length > 0) advice.push(`laat onderdelen weg (${big.join(', ')} pagina’s)`);
  const period =
    options.from || options.to
      ? ` (nu ${options.from ? formatDateNl(options.from) : '…'} – ${options.to ? formatDateNl(options.to) : 'vandaag'})`
      : '';
  advice.push(
    `kies een kortere periode${period} voor de overleggen, de verslagen en de wijzigingen`,
  );
  return (
    `Dit regiodossier wordt te groot om af te drukken: naar schatting ${thousands(estimate.total)} pagina’s, ` +
    `meer dan de ${thousands(DOSSIER_PAGE_LIMIT)} die Regiodossier in één PDF zet. ` +
    `Maak het kleiner: ${advice.join('; of ')}. Er is niets afgedrukt.`
  );
}

const inPeriod = (day: string, o: Pick<DossierOptions, 'from' | 'to'>) =>
  (!o.from || day >= o.from) && (!o.to || day <= o.to);

/** The counts, through the handlers and without any record's detail: milliseconds. */
export function dossierCounts(call: Call, options: DossierOptions): DossierCounts {
  const regionId = options.regionId;
  const agreements = call('agreements.listIds', {
    regionId,
    includeConfidential: options.includeConfidential,
  }).length;
  let meetings = 0;
  let agendaItems = 0;
  for (let offset = 0; ; offset += 500) {
    const page = call('meetings.list', { regionId, offset, limit: 500 });
    for (const m of page.items.filter((m) => inPeriod(m.date, options))) {
      meetings += 1;
      agendaItems += m.agendaItems;
    }
    if (offset + page.items.length >= page.total) break;
  }
  let conversations = 0;
  for (let offset = 0; ; offset += 500) {
    const page = call('conversations.list', { regionId, offset, limit: 500 });
    conversations += page.items.filter(
      (c) => inPeriod(c.date, options) && (options.includeConfidential || !c.confidential),
    ).length;
    if (offset + page.items.length >= page.total) break;
  }
  const needs = (s: DossierSection) => options.sections.includes(s);
  return {
    agreements,
    meetings,
    agendaItems,
    conversations,
    memberships: needs('partijen') ? call('roles.overview', { regionId }).rows.length : 0,
    roles: needs('rollen')
      ? (['current', 'future'] as const).reduce(
          (n, period) => n + call('roles.list', { regionId, period }).length,
          0,
        )
      : 0,
  };
}

/**
 * Refuses, before anything is collected or printed, a dossier estimated above the limit: a
 * DomainError with the Dutch advice. Answers the estimate otherwise.
 */
export function assertPrintable(call: Call, options: DossierOptions) {
  const counts = dossierCounts(call, options);
  const estimate = dossierPageEstimate(counts, options);
  if (estimate.total > DOSSIER_PAGE_LIMIT) {
    throw new DomainError('conflict', tooLargeMessage(estimate, counts, options));
  }
  return estimate;
}
