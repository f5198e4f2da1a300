/**
 * The dossier as one self-contained HTML document: cover, table of contents, the chosen
 * sections. No scripts and no external resources; all text from the database is escaped or
 * sanitised (html.ts). Chromium prints it (print.ts).
 */
import { formatDateNl } from '../../shared/dates';
import { DOSSIER_MARKING_LABELS, type DossierSection } from '../../shared/schemas/dossier';
import type { DossierData } from './collect';
import { fontFaces } from './fonts';
import { esc } from './html';
import { DOSSIER_CSS } from './style';
import { SECTIONS } from './sections';

/** Section headings as they stand in the PDF's bookmarks, to find their pages (print.ts). */
export const sectionTitle = (id: DossierSection) => SECTIONS[id].title;

/**
 * `pages`: where each section starts (print.ts); without it the table of contents shows
 * placeholders of the numbers' width, so the layout that measures them is the one printed.
 */
export function dossierDocument(data: DossierData, pages?: Map<DossierSection, number>): string {
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
      const page = pages?.get(s.id);
      return `<li><a href="#${s.id}"><span class="toc-title">${esc(s.title)}</span><span class="toc-page" data-for="${s.id}">${
        page ?? '&#8199;&#8199;'
      }</span></a></li>`;
    })
    .join('');
  const frontMatter = `<header class="cover">
  ${marking ? `<p class="marking">${esc(marking)}</p>` : ''}
  <p class="cover-kind">Regiodossier</p>
  <p class="cover-title">${esc(data.title)}</p>
  <p class="cover-period">Periode: ${esc(period)}</p>
  <dl class="cover-facts">
    <div><dt>Datum van uitgave</dt><dd>${esc(formatDateNl(data.exportedOn))}</dd></div>
    ${data.author ? `<div><dt>Samengesteld door</dt><dd>${esc(data.author)}</dd></div>` : ''}
    ${data.organisation ? `<div><dt>Organisatie</dt><dd>${esc(data.organisation)}</dd></div>` : ''}
  </dl>
</header>
<nav class="toc" aria-label="Inhoud">
  <p class="toc-heading">Inhoud</p>
  <ol>${toc}</ol>
</nav>
`;
  return `<!doctype html>
<html lang="nl-NL">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:">
<title>${esc(data.title)}</title>
<meta name="author" content="${esc(data.author)}">
<meta name="description" content="${esc(`Regiodossier van ${data.region.name}, ${period}`)}">
<style>${fontFaces()}\n${DOSSIER_CSS}</style>
</head>
<body>
${frontMatter}
${sections
  .map((s) => `<div class="part" id="${s.id}"><h1>${esc(s.title)}</h1>${s.render(data)}</div>`)
  .join('\n')}
</body>
</html>`;
}
