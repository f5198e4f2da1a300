import { formatDateNl } from '../../../shared/dates';
import { PARTY_TYPE_LABELS } from '../../../shared/domain';
import { empty, esc, table } from '../html';
import type { SectionModule } from './types';

const people = (
  list: { name: string; function: string; since: string | null; upcoming: boolean }[],
) =>
  list.length === 0
    ? '<span class="gap">ontbreekt</span>'
    : list
        .map(
          (p) =>
            `${esc(p.name)}${p.function ? `<br><span class="muted">${esc(p.function)}</span>` : ''}${
              p.upcoming && p.since
                ? ` <span class="muted">(per ${esc(formatDateNl(p.since))})</span>`
                : ''
            }`,
        )
        .join('<br>');

export const partiesSection: SectionModule = {
  id: 'partijen',
  title: 'Partijen en aanspreekpunten',
  render(data) {
    const rows = data.overview.rows;
    if (rows.length === 0) return empty('Er nemen nog geen partijen deel aan deze regio.');
    return `<p>${rows.length} partijen; ${data.overview.gapCount} ontbrekende aanspreekpunten.</p>
      ${table(
        ['Partij', 'Soort', 'Bestuurlijk aanspreekpunt', 'Ambtelijk aanspreekpunt'],
        rows.map((r) => [
          esc(r.partyName),
          esc(PARTY_TYPE_LABELS[r.partyType]),
          people(r.bestuurlijk),
          people(r.ambtelijk),
        ]),
        'parties',
      )}`;
  },
};
