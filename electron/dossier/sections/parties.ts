import { formatDateNl } from '../../../shared/dates';
import { countNl } from '../../../shared/numbers';
import { PARTY_TYPE_LABELS } from '../../../shared/domain';
import { empty, esc, table } from '../html';
import type { Overview } from '../../../shared/schemas/roleAssignment';
import { partyAnchor } from './anchors';
import type { SectionModule } from './types';

/** The empty cells of the table ("ontbreekt"), and the parties they are at. */
export function missingContacts(overview: Overview): { missing: number; parties: number } {
  return {
    missing: overview.rows.reduce((n, r) => n + r.missing.length, 0),
    parties: overview.rows.filter((r) => r.missing.length > 0).length,
  };
}

/** "1 partij; geen ontbrekende aanspreekpunten", "12 partijen; 20 ontbrekende aanspreekpunten bij 12 partijen". */
export function partiesLine(overview: Overview): string {
  const { missing, parties } = missingContacts(overview);
  const gaps =
    missing === 0
      ? 'geen ontbrekende aanspreekpunten'
      : `${countNl(missing, 'ontbrekend aanspreekpunt', 'ontbrekende aanspreekpunten')} bij ${countNl(parties, 'partij', 'partijen')}`;
  return `${countNl(overview.rows.length, 'partij', 'partijen')}; ${gaps}.`;
}

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
    return `<p>${esc(partiesLine(data.overview))}</p>
      ${table(
        ['Partij', 'Soort', 'Bestuurlijk aanspreekpunt', 'Ambtelijk aanspreekpunt'],
        rows.map((r) => [
          esc(r.partyName),
          esc(PARTY_TYPE_LABELS[r.partyType]),
          people(r.bestuurlijk),
          people(r.ambtelijk),
        ]),
        'parties',
        rows.map((r) => partyAnchor(r.partyId)),
      )}`;
  },
};
