import { formatDateNl } from '../../../shared/dates';
import { dekkingText } from '../../../shared/dekkingText';
import { AGREEMENT_STATUS_LABELS, FINANCING_LABELS } from '../../../shared/domain';
import { empty, esc, richText } from '../html';
import type { SectionModule } from './types';

const fact = (label: string, value: string) =>
  value ? `<div><dt>${esc(label)}</dt><dd>${value}</dd></div>` : '';

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
          a.decisionLinks.length
            ? `<p class="muted">Besluiten: ${a.decisionLinks
                .map((d) => esc(`${d.text} (${d.meetingTitle}, ${formatDateNl(d.meetingDate)})`))
                .join('; ')}</p>`
            : ''
        }
      </article>`,
      )
      .join('');
  },
};
