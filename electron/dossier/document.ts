/**
 * The dossier as one self-contained HTML document: cover, table of contents, the chosen
 * sections. No scripts and no external resources; all text from the database is escaped or
 * sanitised (html.ts). Chromium prints it (print.ts).
 */
import { formatDateNl } from '../../shared/dates';
import { countNl } from '../../shared/numbers';
import { DOSSIER_MARKING_LABELS, type DossierSection } from '../../shared/schemas/dossier';
import type { DossierData } from './collect';
import { fontFaces } from './fonts';
import { esc, withPageNumbers } from './html';
import type { PageStarts } from './pageLayout';
import { DOSSIER_CSS, marginBoxes } from './style';
import { SECTIONS } from './sections';

/**
 * A section; one that only says it is empty ("Geen besluiten in deze periode.": its body starts
 * with html.ts empty()) runs on below the one before instead of taking a page of its own.
 */
function part(id: DossierSection, title: string, body: string): string {
  const short = body.startsWith('<p class="empty">');
  return `<div class="part${short ? ' short' : ''}" id="${id}"><h1>${esc(title)}</h1>${body}</div>`;
}

/**
 * "4 vertrouwelijke stukken zijn weggelaten: 2 afspraken, 1 agendapunt en 1 gespreksverslag."
 * or nothing.
 */
export function leftOutLine(data: DossierData): string {
  const { agreements, agendaItems, conversations } = data.confidentialLeftOut;
  const total = agreements + agendaItems + conversations;
  if (total === 0) return '';
  const parts = [
    agreements ? countNl(agreements, 'afspraak', 'afspraken') : '',
    agendaItems ? countNl(agendaItems, 'agendapunt', 'agendapunten') : '',
    conversations ? countNl(conversations, 'gespreksverslag', 'gespreksverslagen') : '',
  ].filter(Boolean);
  const list =
    parts.length > 1 ? `${parts.slice(0, -1).join(', ')} en ${parts.at(-1)!}` : parts[0]!;
  return `<p class="left-out">${countNl(total, 'vertrouwelijk stuk is', 'vertrouwelijke stukken zijn')} weggelaten: ${list}.</p>`;
}

/** Section headings as they stand in the PDF's bookmarks, to find their pages (print.ts). */
export const sectionTitle = (id: DossierSection) => SECTIONS[id].title;

/**
 * `pages`: where each section and anchor starts (print.ts); without it the table of contents and
 * the page references show placeholders of the numbers' width, so the layout that measures them
 * is the one printed.
 */
export function dossierDocument(data: DossierData, pages?: PageStarts): string {
  const sections = data.options.sections.map((id) => SECTIONS[id]);
  const marking = DOSSIER_MARKING_LABELS[data.options.marking];
  const period =
    data.options.from || data.options.to
      ? `${data.options.from ? formatDateNl(data.options.from) : '…'} – ${
          data.options.to ? formatDateNl(data.options.to) : formatDateNl(data.exportedOn)
        }`
      : `tot en met ${formatDateNl(data.exportedOn)}`;
  const toc = sections
    .map((s) => {
      const page = pages?.[s.id];
      return `<li><a href="#${s.id}"><span class="toc-title">${esc(s.title)}</span><span class="toc-page" data-for="${s.id}">${
        page ?? '&#8199;&#8199;'
      }</span></a></li>`;
    })
    .join('');
  // "Regiodossier" stands above the title once: a title that begins with it, as the default
  // does, is shown as typed and the line above it is left out.
  const kind = 'Regiodossier';
  const kicker = /^regiodossier\b/i.test(data.title) ? '' : `<p class="cover-kind">${kind}</p>`;
  const frontMatter = `<header class="cover">
  ${marking ? `<p class="marking">${esc(marking)}</p>` : ''}
  ${kicker}
  <h1 class="cover-title">${esc(data.title)}</h1>
  <p class="cover-period">Periode: ${esc(period)}</p>
  <dl class="cover-facts">
    <div><dt>Datum van uitgave</dt><dd>${esc(formatDateNl(data.exportedOn))}</dd></div>
    ${data.author ? `<div><dt>Samengesteld door</dt><dd>${esc(data.author)}</dd></div>` : ''}
    ${data.organisation ? `<div><dt>Organisatie</dt><dd>${esc(data.organisation)}</dd></div>` : ''}
  </dl>
  ${leftOutLine(data)}
</header>
<nav class="toc" aria-labelledby="inhoud">
  <h2 class="toc-heading" id="inhoud">Inhoud</h2>
  <ol>${toc}</ol>
</nav>
`;
  const html = `<!doctype html>
<html lang="nl-NL">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:">
<title>${esc(data.title)}</title>
<meta name="author" content="${esc(data.author)}">
<meta name="description" content="${esc(`Regiodossier van ${data.region.name}, ${period}`)}">
<style>${fontFaces()}\n${DOSSIER_CSS}\n${marginBoxes(marking, `Regiodossier ${data.region.name} · ${formatDateNl(data.exportedOn)}`, true)}</style>
</head>
<body>
${frontMatter}
${sections.map((s) => part(s.id, s.title, s.render(data))).join('\n')}
</body>
</html>`;
  return pages ? withPageNumbers(html, pages) : html;
}
