import { formatDateNl } from '../../../shared/dates';
import { dekkingText } from '../../../shared/dekkingText';
import {
  AGREEMENT_PARTY_ROLE_LABELS,
  AGREEMENT_STATUS_LABELS,
  FINANCING_LABELS,
  REVIEW_VERDICT_LABELS,
} from '../../../shared/domain';
import { fieldLabel } from '../../../shared/fieldLabels';
import { AGREEMENT_TEXT_FIELDS } from '../../../shared/schemas/agreement';
import type { Citation } from '../citations';
import type { DossierData } from '../collect';
import { anchorAttrs, empty, esc, richText } from '../html';
import { agreementAnchor } from './anchors';
import { registerGroups } from './registerOrder';
import type { SectionModule } from './types';

type Agreement = DossierData['agreements'][number];

/** How many progress updates a card shows, newest first. */
export const PROGRESS_SHOWN = 3;

const fact = (label: string, value: string) =>
  value ? `<div><dt>${esc(label)}</dt><dd>${value}</dd></div>` : '';
const day = (iso: string | null) => esc(formatDateNl(iso));

/** "Tekst (Overleg, 12 januari 2027)", or without the text: "besluit van Overleg, … (reden)". */
function citation(c: Citation): string {
  const where = `${c.meetingTitle}, ${formatDateNl(c.meetingDate)}`;
  if (c.text === null) return `besluit van ${where} (${c.note})`;
  return `${c.text} (${where}${c.note ? `; ${c.note}` : ''})`;
}

const newestFirst = <T extends { on: string; createdAt: string }>(list: readonly T[]) =>
  [...list].sort((a, b) => b.on.localeCompare(a.on) || b.createdAt.localeCompare(a.createdAt));

/** The last progress updates: date, text, author. */
function progress(a: Agreement): string {
  if (a.progress.length === 0) return '';
  const shown = newestFirst(a.progress).slice(0, PROGRESS_SHOWN);
  const more = a.progress.length - shown.length;
  return `<div class="block"><p class="label">Laatste voortgang</p><ul class="entries">${shown
    .map(
      (p) =>
        `<li><span class="when">${day(p.on)}</span> ${esc(p.text)}${
          p.actor ? ` <span class="muted">(${esc(p.actor)})</span>` : ''
        }</li>`,
    )
    .join('')}</ul>${
    more > 0
      ? `<p class="muted">En ${more} eerdere ${more === 1 ? 'melding' : 'meldingen'}.</p>`
      : ''
  }</div>`;
}

/** A review read in from a package on a version that has changed since: what changed. */
const earlierVersion = (r: Agreement['reviews'][number]) =>
  r.fromPackage?.changed.length
    ? ` <span class="muted">(beoordeeld op een eerdere versie; sindsdien gewijzigd: ${esc(
        r.fromPackage.changed.join(', '),
      )})</span>`
    : '';

/** Every review: who, akkoord or remark, when; and whether it was on an earlier version. */
function reviews(a: Agreement): string {
  if (a.reviews.length === 0) return '';
  return `<div class="block"><p class="label">Beoordelingen</p><ul class="entries">${newestFirst(
    a.reviews,
  )
    .map(
      (r) =>
        `<li><span class="when">${day(r.on)}</span> ${esc(r.reviewerName)}: ${esc(
          REVIEW_VERDICT_LABELS[r.verdict].toLocaleLowerCase('nl'),
        )}${r.remark ? ` — ${esc(r.remark)}` : ''}${earlierVersion(r)}</li>`,
    )
    .join('')}</ul></div>`;
}

function card(a: Agreement): string {
  return `<article class="item"${anchorAttrs(agreementAnchor(a.id))}>
    <h3>${esc(a.title)}</h3>
    ${a.confidential ? '<p class="tag">Vertrouwelijk</p>' : ''}
    <dl class="facts">
      ${fact('Status', esc(AGREEMENT_STATUS_LABELS[a.status]))}
      ${AGREEMENT_TEXT_FIELDS.map((key) => fact(fieldLabel(key), esc(a[key]))).join('')}
      ${fact('Thema’s', esc(a.themes.map((t) => t.name).join(', ')))}
      ${fact('Eigenaar', esc(a.owner?.name))}
      ${fact(
        'Partijen',
        esc(
          a.parties
            .map(
              (p) => `${p.name} (${AGREEMENT_PARTY_ROLE_LABELS[p.role].toLocaleLowerCase('nl')})`,
            )
            .join(', '),
        ),
      )}
      ${fact('Financiering', esc(a.financing.map((f) => FINANCING_LABELS[f]).join(', ')))}
      ${fact('Bestuurlijke dekking', esc(dekkingText(a.dekking)))}
      ${fact('Vastgesteld op', day(a.adoptedOn))}
      ${fact('Startdatum', day(a.startDate))}
      ${fact('Einddatum', day(a.endDate))}
      ${fact('Volgende evaluatie', day(a.nextEvaluation))}
      ${fact('Vertrouwelijk', a.confidential ? 'ja' : '')}
    </dl>
    <div class="rich">${richText(a.descriptionHtml)}</div>
    ${progress(a)}
    ${reviews(a)}
    ${
      a.citations.length
        ? `<p class="muted">Besluiten: ${a.citations.map((c) => esc(citation(c))).join('; ')}</p>`
        : ''
    }
  </article>`;
}

/** The register at a glance: one row per agreement, grouped as the cards follow. */
function overview(groups: ReturnType<typeof registerGroups<Agreement>>): string {
  const head = ['Afspraak', 'Eigenaar', 'Financiering', 'Laatste voortgang', 'Volgende evaluatie'];
  const rows = groups.flatMap((g) => [
    `<tr class="group"><th scope="rowgroup" colspan="5">${esc(g.theme)}</th></tr>`,
    ...g.statuses.flatMap((s) => [
      `<tr class="subgroup"><th scope="rowgroup" colspan="5">${esc(s.label)} (${s.agreements.length})</th></tr>`,
      ...s.agreements.map((a) => {
        const last = newestFirst(a.progress)[0];
        return `<tr><td>${esc(a.title)}</td><td>${esc(a.owner?.name) || '<span class="gap">geen</span>'}</td><td>${esc(
          a.financing.map((f) => FINANCING_LABELS[f]).join(', '),
        )}</td><td>${last ? day(last.on) : '—'}</td><td>${day(a.nextEvaluation) || '—'}</td></tr>`;
      }),
    ]),
  ]);
  return `<table class="register"><thead><tr>${head
    .map((h) => `<th scope="col">${esc(h)}</th>`)
    .join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

export const agreementsSection: SectionModule = {
  id: 'afspraken',
  title: 'Afspraken',
  render(data) {
    if (data.agreements.length === 0) return empty('Deze regio heeft nog geen afspraken.');
    const groups = registerGroups(data.agreements);
    const { cards } = data.options;
    return `<p>${data.agreements.length} ${
      data.agreements.length === 1 ? 'afspraak' : 'afspraken'
    }, per thema en status${cards ? '; daarna elke afspraak in dezelfde volgorde' : ' (zonder kaart per afspraak)'}.</p>
    ${overview(groups)}
    ${(cards ? groups : [])
      .map(
        (g) =>
          `<section class="theme"><h2>${esc(g.theme)}</h2>${g.statuses
            .flatMap((s) => s.agreements.map(card))
            .join('')}</section>`,
      )
      .join('')}`;
  },
};
