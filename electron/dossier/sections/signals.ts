import { countNl } from '../../../shared/numbers';
import { formatDateNl } from '../../../shared/dates';
import { AGREEMENT_STATUS_LABELS, type AgreementStatus } from '../../../shared/domain';
import type { DossierData } from '../collect';
import { esc, pageRef } from '../html';
import { actionAnchor, agreementAnchor, partyAnchor } from './anchors';
import { missingContacts } from './parties';

/** How many items a signal names before "en N andere". */
export const NAMED = 5;

/** In force: an agreement that should have bestuurlijke dekking by now. */
const IN_FORCE: readonly AgreementStatus[] = ['vastgesteld', 'in_uitvoering'];

export interface Signal {
  /** "1 evaluatie over de datum" */
  title: string;
  /** Each named item: its words and, when its section is in this dossier, its anchor. */
  items: { text: string; anchor: string | null }[];
  /** The rest, not named. */
  more: number;
}

function signal<T>(
  list: readonly T[],
  title: (n: number) => string,
  item: (t: T) => { text: string; anchor: string | null },
): Signal | null {
  if (list.length === 0) return null;
  return {
    title: title(list.length),
    items: list.slice(0, NAMED).map(item),
    more: Math.max(0, list.length - NAMED),
  };
}

/**
 * What a wethouder should look at first: evaluations overdue, reviews waiting, agreements in force
 * without bestuurlijke dekking, missing aanspreekpunten per party, overdue actions — each with its
 * number and where in the dossier it stands (the page of its card or row).
 */
export function signalsOf(data: DossierData): Signal[] {
  const shown = (section: string) => data.options.sections.includes(section as never);
  const agreementRef = (id: string) => (shown('afspraken') ? agreementAnchor(id) : null);
  const today = data.exportedOn;
  const agreements = data.agreements;
  const overdueActions = data.openActions.filter((a) => a.dueDate && a.dueDate < today);
  const gaps = data.overview.rows.filter((r) => r.missing.length > 0);
  const { missing } = missingContacts(data.overview);
  const signals = [
    signal(
      agreements.filter((a) => a.evaluationOverdue),
      (n) => countNl(n, 'evaluatie over de datum', 'evaluaties over de datum'),
      (a) => ({
        text: `${a.title} (evaluatie ${formatDateNl(a.nextEvaluation)})`,
        anchor: agreementRef(a.id),
      }),
    ),
    signal(
      agreements.filter((a) => a.reviewState === 'wacht'),
      (n) => `${countNl(n, 'beoordeling wacht', 'beoordelingen wachten')} op antwoord`,
      (a) => ({
        text: `${a.title}${a.reviewRequestedOn ? ` (gevraagd ${formatDateNl(a.reviewRequestedOn)})` : ''}`,
        anchor: agreementRef(a.id),
      }),
    ),
    signal(
      agreements.filter((a) => IN_FORCE.includes(a.status) && !a.dekking.granted),
      (n) => `${countNl(n, 'afspraak', 'afspraken')} zonder bestuurlijke dekking`,
      (a) => ({
        text: `${a.title} (${AGREEMENT_STATUS_LABELS[a.status].toLocaleLowerCase('nl')})`,
        anchor: agreementRef(a.id),
      }),
    ),
    signal(
      gaps,
      () =>
        `${countNl(missing, 'ontbrekend aanspreekpunt', 'ontbrekende aanspreekpunten')} bij ${countNl(gaps.length, 'partij', 'partijen')}`,
      (r) => ({
        text: `${r.partyName} (${r.missing.map((m) => m.split('_')[0]).join(' en ')})`,
        anchor: shown('partijen') ? partyAnchor(r.partyId) : null,
      }),
    ),
    signal(
      overdueActions,
      (n) => countNl(n, 'actiepunt over de datum', 'actiepunten over de datum'),
      (a) => ({
        text: `${a.text} (${a.ownerName ?? 'nog niemand'}, uiterlijk ${formatDateNl(a.dueDate)})`,
        anchor: shown('actiepunten') ? actionAnchor(a.id) : null,
      }),
    ),
  ];
  return signals.filter((s): s is Signal => s !== null);
}

/** The bestuurlijke samenvatting: the signals as a list, or that there are none. */
export function signalsHtml(data: DossierData): string {
  const signals = signalsOf(data);
  const body = signals.length
    ? `<ul class="signals">${signals
        .map(
          (s) =>
            `<li><strong>${esc(s.title)}:</strong> ${s.items
              .map((i) => `${esc(i.text)}${i.anchor ? `, ${pageRef(i.anchor)}` : ''}`)
              .join('; ')}${s.more ? `; en ${s.more} andere` : ''}.</li>`,
        )
        .join('')}</ul>`
    : '<p>Geen signalen: geen evaluatie of actiepunt over de datum, geen beoordeling die wacht, elke afspraak in uitvoering heeft bestuurlijke dekking en elke partij haar aanspreekpunten.</p>';
  return `<h2>Bestuurlijke samenvatting</h2>${body}`;
}
