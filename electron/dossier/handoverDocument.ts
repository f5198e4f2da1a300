/**
 * The overdracht of a person who leaves (issue 22, item 5) as a document of its own, in the
 * dossier's style and through the same print engine as the notulen: a title block, then what
 * they carry — current roles and mandates, the afspraken they own and those of their
 * organisation, their open actiepunten, the last overleggen and verslagen, their key contacts.
 */
import { formatDateNl } from '../../shared/dates';
import { AGREEMENT_STATUS_LABELS, ROLE_KIND_LABELS } from '../../shared/domain';
import { safeFileName } from '../../shared/fileNames';
import { countNl } from '../../shared/numbers';
import { ACTION_SOURCE_LABELS } from '../../shared/schemas/actionList';
import type { Handover } from '../../shared/schemas/handover';
import { fontFaces } from './fonts';
import { empty, esc, table } from './html';
import { DOSSIER_CSS, marginBoxes } from './style';

export const handoverTitle = (h: Pick<Handover, 'person'>) => `Overdracht ${h.person.name}`;

/** "Overdracht Anna de Vries 2026-11-22.pdf" */
export const handoverFileName = (h: Pick<Handover, 'person' | 'day'>) =>
  `${safeFileName(`${handoverTitle(h)} ${h.day}`)}.pdf`;

/** A date in a table, never broken over two lines. */
const day = (iso: string | null) =>
  iso ? `<span class="nowrap">${esc(formatDateNl(iso))}</span>` : '—';

/** "sinds 1 januari 2024, tot 1 januari 2027" */
function period(r: Handover['roles'][number]): string {
  const parts = [
    r.since ? `sinds ${formatDateNl(r.since)}` : '',
    r.until ? `tot ${formatDateNl(r.until)}` : '',
  ].filter(Boolean);
  return parts.length ? esc(parts.join(', ')) : '—';
}

/** A part of the document: its heading (a bookmark) and a table, or a sentence when empty. */
const part = (title: string, body: string) =>
  `<section class="handover-part"><h2>${esc(title)}</h2>${body}</section>`;

/** The regions the handover spans, in order. */
function regionsOf(h: Handover): string[] {
  const lists = [
    h.roles,
    h.ownedAgreements,
    h.involvedAgreements,
    h.openActions,
    h.meetings,
    h.conversations,
  ];
  return [...new Set(lists.flatMap((list) => list.map((x) => x.regionName)))];
}

/**
 * A table whose rows each belong to a region: with a Regio column when the person works in
 * more than one, else without (the region then stands once above the title).
 */
type Tabler = (head: string[], rows: { cells: string[]; region: string }[], cls?: string) => string;
const tabler =
  (withRegion: boolean): Tabler =>
  (head, rows, cls = '') =>
    table(
      withRegion ? [...head, 'Regio'] : head,
      rows.map((r) => (withRegion ? [...r.cells, esc(r.region)] : r.cells)),
      cls,
    );

function roles(h: Handover, t: Tabler): string {
  if (h.roles.length === 0) return empty('Geen huidige rollen.');
  return t(
    ['Rol', 'Partij of thema', 'Mandaat', 'Periode'],
    h.roles.map((r) => ({
      region: r.regionName,
      cells: [
        esc(ROLE_KIND_LABELS[r.role]),
        esc([r.partyName, r.themeName && `thema ${r.themeName}`].filter(Boolean).join('; ')) || '—',
        esc(r.mandate) || '<span class="muted">geen mandaat vastgelegd</span>',
        period(r),
      ],
    })),
  );
}

function owned(h: Handover, t: Tabler): string {
  if (h.ownedAgreements.length === 0) return empty('Geen lopende afspraken als eigenaar.');
  return t(
    ['Afspraak', 'Status', 'Volgende evaluatie'],
    h.ownedAgreements.map((a) => ({
      region: a.regionName,
      cells: [esc(a.title), esc(AGREEMENT_STATUS_LABELS[a.status]), day(a.nextEvaluation)],
    })),
  );
}

function involved(h: Handover, t: Tabler): string {
  const organisation = h.person.partyName ?? 'de eigen organisatie';
  if (h.involvedTotal === 0) {
    return empty(`Geen lopende afspraken van anderen waaraan ${organisation} deelneemt.`);
  }
  const shown = h.involvedAgreements.length;
  const intro = `${countNl(h.involvedTotal, 'lopende afspraak', 'lopende afspraken')} waaraan ${organisation} deelneemt, met een andere eigenaar${
    shown < h.involvedTotal ? `; de eerste ${shown}` : ''
  }.`;
  return `<p class="lead-in">${esc(intro)}</p>${t(
    ['Afspraak', 'Status'],
    h.involvedAgreements.map((a) => ({
      region: a.regionName,
      cells: [esc(a.title), esc(AGREEMENT_STATUS_LABELS[a.status])],
    })),
  )}`;
}

function actions(h: Handover, t: Tabler): string {
  if (h.openActions.length === 0) return empty('Geen open actiepunten.');
  return t(
    ['Actiepunt', 'Uiterlijk', 'Afgesproken in'],
    h.openActions.map((a) => ({
      region: a.regionName,
      cells: [
        esc(a.text),
        a.dueDate
          ? `${day(a.dueDate)}${a.dueDate < h.day ? ' <strong>(over de datum)</strong>' : ''}`
          : '—',
        esc(`${ACTION_SOURCE_LABELS[a.source]}: ${a.sourceTitle}`),
      ],
    })),
  );
}

function dated(t: Tabler, list: Handover['meetings'], what: string, none: string): string {
  if (list.length === 0) return empty(none);
  return t(
    ['Datum', what],
    list.map((m) => ({ region: m.regionName, cells: [day(m.date), esc(m.title)] })),
    'dated',
  );
}

function contacts(h: Handover): string {
  if (h.contacts.length === 0) return empty('Nog geen overleggen of verslagen met anderen.');
  return `<p class="lead-in">Wie ${esc(h.person.name)} het vaakst trof in overleggen en gespreksverslagen.</p>${table(
    ['Naam', 'Organisatie', 'Samen in'],
    h.contacts.map((c) => [
      esc(c.name),
      esc(c.partyName) || '—',
      esc(countNl(c.together, 'overleg of verslag', 'overleggen en verslagen')),
    ]),
  )}`;
}

export function handoverDocument(h: Handover): string {
  const title = handoverTitle(h);
  const p = h.person;
  const regions = regionsOf(h);
  const t = tabler(regions.length > 1);
  const facts = [
    ['Functie', p.function],
    ['Organisatie', p.partyName ?? ''],
    ['E-mail', p.email],
    ['Stand van', formatDateNl(h.day)],
  ]
    .filter(([, v]) => v)
    .map(([k, v]) => `<div><dt>${esc(k)}</dt><dd>${esc(v)}</dd></div>`)
    .join('');
  return `<!doctype html>
<html lang="nl-NL">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:">
<title>${esc(title)}</title>
<style>${fontFaces()}\n${DOSSIER_CSS}\n${marginBoxes('', `${title} · ${formatDateNl(h.day)}`, false)}</style>
</head>
<body>
${regions.length === 1 ? `<p class="cover-kind">${esc(regions[0])}</p>` : ''}
<h1>${esc(title)}</h1>
<dl class="facts">${facts}</dl>
<p class="muted">Wat ${esc(p.name)} op ${esc(formatDateNl(h.day))} draagt, voor wie het overneemt: rollen en mandaten, afspraken, open actiepunten, de laatste overleggen en verslagen en de belangrijkste contacten.</p>
${part('Rollen en mandaten', roles(h, t))}
${part('Afspraken als eigenaar', owned(h, t))}
${part('Afspraken van de eigen organisatie', involved(h, t))}
${part('Open actiepunten', actions(h, t))}
${part('Laatste overleggen', dated(t, h.meetings, 'Overleg', 'Geen overleggen bijgewoond.'))}
${part('Laatste gespreksverslagen', dated(t, h.conversations, 'Gespreksverslag', 'Geen gespreksverslagen.'))}
${part('Belangrijkste contacten', contacts(h))}
</body>
</html>`;
}
