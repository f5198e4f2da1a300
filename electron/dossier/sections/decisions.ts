import { countNl } from '../../../shared/numbers';
import { formatDateNl } from '../../../shared/dates';
import { DECISION_LINK_KIND_LABELS } from '../../../shared/schemas/decisionLink';
import { empty, esc, pageRef, table } from '../html';
import { agreementAnchor } from './anchors';
import type { SectionModule } from './types';

/**
 * The besluitenlijst of the period: every besluit of the printed meetings in one table, in the
 * order they were taken, with the afspraken it made or changed (only those in this dossier, so a
 * vertrouwelijke afspraak left out is not named here either).
 */
export const decisionsSection: SectionModule = {
  id: 'besluiten',
  title: 'Besluitenlijst',
  render(data) {
    const inDossier = new Set(data.agreements.map((a) => a.id));
    const cards = data.options.sections.includes('afspraken');
    const rows = data.meetings.flatMap((m) =>
      m.agenda.flatMap((item, i) =>
        item.decisions.map((d) => {
          const linked = d.agreements
            .filter((a) => inDossier.has(a.id))
            .map(
              (a) =>
                `${esc(a.title)} <span class="muted">(${esc(DECISION_LINK_KIND_LABELS[a.kind])}${
                  cards ? `, ${pageRef(agreementAnchor(a.id))}` : ''
                })</span>`,
            )
            .join('<br>');
          return [
            `<span class="when">${esc(formatDateNl(m.date))}</span>`,
            `${esc(m.title)}${m.minutesStatus === 'vastgesteld' ? '' : ' <span class="muted">(notulen nog concept)</span>'}<br><span class="muted">${i + 1}. ${esc(item.title)}</span>`,
            esc(d.text),
            linked,
          ];
        }),
      ),
    );
    // Held meetings whose concept notulen stay out; a planned one has no besluiten yet.
    const withheld = data.meetings.filter((m) => m.minutesWithheld && !m.planned).length;
    const note = withheld
      ? `<p class="muted">${countNl(withheld, 'overleg heeft', 'overleggen hebben')} nog geen vastgestelde notulen; ${withheld === 1 ? 'zijn' : 'hun'} besluiten staan hier niet in.</p>`
      : '';
    if (rows.length === 0) return `${empty('Geen besluiten in deze periode.')}${note}`;
    return `${table(['Datum', 'Overleg en agendapunt', 'Besluit', 'Afspraak'], rows, 'decisions')}${note}`;
  },
};
