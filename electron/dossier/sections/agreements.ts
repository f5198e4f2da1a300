import { formatDateNl } from '../../../shared/dates';
import { dekkingText } from '../../../shared/dekkingText';
import { AGREEMENT_STATUS_LABELS, FINANCING_LABELS } from '../../../shared/domain';
import { fieldLabel } from '../../../shared/fieldLabels';
import { AGREEMENT_TEXT_FIELDS } from '../../../shared/schemas/agreement';
import type { Citation } from '../citations';
import { empty, esc, richText } from '../html';
import type { SectionModule } from './types';

const fact = (label: string, value: string) =>
  value ? `<div><dt>${esc(label)}</dt><dd>${value}</dd></div>` : '';

/** "Tekst (Overleg, 12 januari 2027)", or without the text: "besluit van Overleg, … (reden)". */
function citation(c: Citation): string {
  const where = `${c.meetingTitle}, ${formatDateNl(c.meetingDate)}`;
  if (c.text === null) return `besluit van ${where} (${c.note})`;
  return `${c.text} (${where}${c.note ? `; ${c.note}` : ''})`;
}

export const agreementsSection: SectionModule = {
  id: 'afspraken',
  title: 'Afspraken',
  render(data) {
    if (data.agreements.length === 0) return empty('Deze regio heeft nog geen afspraken.');
    return data.agreements
      .map(
        (a) => `<article class="item">
        <h2>${esc(a.title)}</h2>
        <dl class="facts">
          ${fact('Status', esc(AGREEMENT_STATUS_LABELS[a.status]))}
          ${AGREEMENT_TEXT_FIELDS.map((key) => fact(fieldLabel(key), esc(a[key]))).join('')}
          ${fact('Thema’s', esc(a.themes.map((t) => t.name).join(', ')))}
          ${fact('Eigenaar', esc(a.owner?.name))}
          ${fact('Partijen', esc(a.parties.map((p) => p.name).join(', ')))}
          ${fact('Financiering', esc(a.financing.map((f) => FINANCING_LABELS[f]).join(', ')))}
          ${fact('Bestuurlijke dekking', esc(dekkingText(a.dekking)))}
          ${fact('Volgende evaluatie', esc(formatDateNl(a.nextEvaluation)))}
          ${fact('Vertrouwelijk', a.confidential ? 'ja' : '')}
        </dl>
        <div class="rich">${richText(a.descriptionHtml)}</div>
        ${
          a.citations.length
            ? `<p class="muted">Besluiten: ${a.citations.map((c) => esc(citation(c))).join('; ')}</p>`
            : ''
        }
      </article>`,
      )
      .join('');
  },
};
