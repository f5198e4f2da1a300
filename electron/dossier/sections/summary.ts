import { AGREEMENT_STATUS_LABELS, AGREEMENT_STATUSES } from '../../../shared/domain';
import { formatDateNl } from '../../../shared/dates';
import type { DossierData } from '../collect';
import { esc } from '../html';
import { missingContacts } from './parties';
import { signalsHtml } from './signals';
import type { SectionModule } from './types';

/** A horizontal bar chart as inline SVG: sharp on paper, no scripts. */
function bars(title: string, rows: [string, number][]): string {
  const max = Math.max(1, ...rows.map(([, n]) => n));
  const rowHeight = 22;
  const height = rows.length * rowHeight + 8;
  // The labels' column as wide as the longest label (about 5.6 px a character at 11 px), so a
  // long theme name never runs into its bar; the bars share what is left of the 480 px.
  const labels = Math.min(300, Math.max(80, ...rows.map(([l]) => Math.ceil(l.length * 5.6) + 10)));
  const room = 480 - labels - 30;
  const body = rows
    .map(([label, n], i) => {
      const y = i * rowHeight + 4;
      const width = Math.round((n / max) * room);
      return `<text x="0" y="${y + 14}" font-size="11">${esc(label)}</text>
        <rect x="${labels}" y="${y + 3}" width="${width}" height="14" fill="#1c5d99"></rect>
        <text x="${labels + 6 + width}" y="${y + 14}" font-size="11">${n}</text>`;
    })
    .join('');
  // The figure's text alternative names every bar, so the numbers are there without the picture.
  const alt = `${title}: ${rows.map(([l, n]) => `${l} ${n}`).join(', ')}`;
  return `<div class="chart"><svg role="img" aria-label="${esc(alt)}" width="480" height="${height}" viewBox="0 0 480 ${height}"><title>${esc(alt)}</title>${body}</svg><p class="caption">${esc(title)}</p></div>`;
}

function figures(data: DossierData) {
  const today = data.exportedOn;
  const actions = data.openActions;
  return [
    ['Afspraken', data.agreements.length],
    ['Overleggen in deze periode', data.meetings.length],
    ['Gespreksverslagen in deze periode', data.conversations.length],
    [
      'Besluiten',
      data.meetings.reduce((n, m) => n + m.agenda.flatMap((i) => i.decisions).length, 0),
    ],
    ['Open actiepunten', actions.length],
    ['waarvan over de datum', actions.filter((a) => a.dueDate && a.dueDate < today).length],
    ['Ontbrekende aanspreekpunten', missingContacts(data.overview).missing],
  ] as const;
}

export const summarySection: SectionModule = {
  id: 'samenvatting',
  title: 'Samenvatting',
  render(data) {
    const { from, to } = data.options;
    const period =
      from || to
        ? `Overleggen en gespreksverslagen van ${from ? formatDateNl(from) : 'het begin'} tot en met ${to ? formatDateNl(to) : formatDateNl(data.exportedOn)}.`
        : 'Alle overleggen en gespreksverslagen tot en met vandaag.';
    const perStatus = AGREEMENT_STATUSES.map(
      (s) =>
        [AGREEMENT_STATUS_LABELS[s], data.agreements.filter((a) => a.status === s).length] as [
          string,
          number,
        ],
    );
    const themes = new Map<string, number>();
    for (const a of data.agreements) {
      for (const t of a.themes.length ? a.themes : [{ name: 'Zonder thema' }]) {
        themes.set(t.name, (themes.get(t.name) ?? 0) + 1);
      }
    }
    const perTheme = [...themes.entries()].sort(
      (a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'nl'),
    );
    // The period chooses meetings and changes; afspraken are the region's state on the day.
    const state = `De afspraken staan erin zoals ze er op ${formatDateNl(data.exportedOn)} voor staan.`;
    return `<p>${esc(period)} ${esc(state)}</p>
      ${signalsHtml(data)}
      <h2>In cijfers</h2>
      <dl class="figures">${figures(data)
        .map(([label, n]) => `<div><dt>${esc(label)}</dt><dd>${n}</dd></div>`)
        .join('')}</dl>
      ${data.agreements.length ? bars('Afspraken per status', perStatus) + bars('Afspraken per thema', perTheme) : ''}`;
  },
};
