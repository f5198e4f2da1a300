import { formatDateNl } from '../../../shared/dates';
import {
  CONVERSATION_KIND_LABELS,
  PARTY_TYPE_LABELS,
  SURVEY_FACTOR_LABELS,
  URGENCY_LABELS,
  type SurveyFactor,
} from '../../../shared/domain';
import { countNl } from '../../../shared/numbers';
import type { ConversationDetail } from '../../../shared/schemas/conversation';
import type { Survey } from '../../../shared/schemas/survey';
import { empty, esc, richText, table } from '../html';
import type { SectionModule } from './types';

const fact = (label: string, value: string) =>
  `<div><dt>${esc(label)}</dt><dd>${value || '<span class="muted">—</span>'}</dd></div>`;

/** "Vastgelegd op 21 januari 2020", "Concept (versie 2, na een correctie)". */
export function conversationStatus(c: ConversationDetail): string {
  if (c.status === 'vastgelegd') {
    return `Vastgelegd op ${formatDateNl(c.lockedOn)}${c.version > 1 ? ` (versie ${c.version})` : ''}`;
  }
  return c.version > 1 ? `Concept (versie ${c.version}, na een correctie)` : 'Concept';
}

/**
 * The linked afspraken by title; one this dossier leaves out as vertrouwelijk (not among
 * `shown`) is counted, not named.
 */
function linkedAgreements(c: ConversationDetail, shown: ReadonlySet<string> | null): string {
  const named = c.agreements.filter((a) => !shown || shown.has(a.id)).map((a) => esc(a.title));
  const hidden = c.agreements.length - named.length;
  if (hidden > 0) {
    named.push(
      `<span class="muted">${countNl(hidden, 'vertrouwelijke afspraak', 'vertrouwelijke afspraken')} (weggelaten)</span>`,
    );
  }
  return named.join(', ');
}

/** "Vertrouwen, Anders: korte lijnen", as on the screen. */
const factorList = (list: SurveyFactor[], other: string) =>
  list.map((f) => (f === 'anders' ? `Anders: ${other}` : SURVEY_FACTOR_LABELS[f])).join(', ');

const NOT_FILLED = 'niet ingevuld';

/** The enquête's answers as facts. */
function surveyHtml(s: Survey): string {
  const score = (n: number | null) => (n === null ? NOT_FILLED : String(n));
  return `<p class="label">Enquête</p>
    <dl class="facts survey">
      ${fact('Ingevuld door', esc(PARTY_TYPE_LABELS[s.respondentType]))}
      ${fact('Urgentie van het thema', esc(s.urgency ? URGENCY_LABELS[s.urgency] : NOT_FILLED))}
      ${fact('Rapportcijfer bij aanvang', esc(score(s.scoreStart)))}
      ${fact('Rapportcijfer nu', esc(score(s.scoreNow)))}
      ${fact('Positieve factoren', esc(factorList(s.positive, s.positiveOther) || NOT_FILLED))}
      ${fact('Negatieve factoren', esc(factorList(s.negative, s.negativeOther) || NOT_FILLED))}
    </dl>
    ${s.explanation ? `<dl class="facts wide">${fact('Toelichting', esc(s.explanation))}</dl>` : ''}`;
}

function actionsHtml(c: ConversationDetail): string {
  if (c.actions.length === 0) return '';
  return `<p class="label">Actiepunten</p>${table(
    ['Actiepunt', 'Wie', 'Uiterlijk', 'Status'],
    c.actions.map((a) => [
      esc(a.text),
      esc(a.ownerName ?? 'nog niemand'),
      esc(formatDateNl(a.dueDate)),
      a.status === 'afgerond'
        ? `afgerond${a.doneOn ? ` ${esc(formatDateNl(a.doneOn))}` : ''}`
        : 'open',
    ]),
    'actions',
  )}`;
}

/**
 * One gespreksverslag: heading, facts, the verslag's text, the enquête and the actiepunten. A
 * verslag in concept says so on each of its pages (style.ts), as concept notulen do.
 */
export function conversationHtml(
  c: ConversationDetail,
  shownAgreements: ReadonlySet<string> | null = null,
): string {
  const participants = c.participants
    .map((p) => `${esc(p.name)}${p.partyName ? ` (${esc(p.partyName)})` : ''}`)
    .join(', ');
  return `<article class="item${c.status === 'vastgelegd' ? '' : ' concept-report'}">
    <h2>${esc(c.title)} – ${esc(formatDateNl(c.date))}</h2>
    ${c.confidential ? '<p class="tag">Vertrouwelijk gespreksverslag</p>' : ''}
    <dl class="facts">
      ${fact('Soort gesprek', esc(CONVERSATION_KIND_LABELS[c.kind]))}
      ${fact('Status', esc(conversationStatus(c)))}
      ${fact('Partijen', esc(c.parties.map((p) => p.name).join(', ')))}
      ${fact('Deelnemers', participants)}
      ${fact('Thema’s', esc(c.themes.map((t) => t.name).join(', ')))}
      ${fact('Gekoppelde afspraken', linkedAgreements(c, shownAgreements))}
    </dl>
    <div class="rich">${richText(c.reportHtml)}</div>
    ${c.survey ? surveyHtml(c.survey) : ''}
    ${actionsHtml(c)}
  </article>`;
}

export const conversationsSection: SectionModule = {
  id: 'verslagen',
  title: 'Gespreksverslagen',
  render(data) {
    if (data.conversations.length === 0) return empty('Geen gespreksverslagen in deze periode.');
    // Afspraken this dossier leaves out as vertrouwelijk are not named in a verslag either.
    const shown = data.options.includeConfidential
      ? null
      : new Set(data.agreements.map((a) => a.id));
    const n = data.conversations.length;
    return `<p>${esc(countNl(n, 'gespreksverslag', 'gespreksverslagen'))} in deze periode, de oudste eerst.</p>
      ${data.conversations.map((c) => conversationHtml(c, shown)).join('')}`;
  },
};
