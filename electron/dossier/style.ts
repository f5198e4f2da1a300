/**
 * The dossier's print style: A4 with generous margins, one typeface, a clear hierarchy, tables
 * that never split a row, headings that never end a page, each section on a new page.
 */
/**
 * "CONCEPT" at the top right of every page a meeting with concept notulen covers: a background
 * that each page's fragment of the meeting repeats (box-decoration-break: clone), with room for it
 * above the fragment's first line. An SVG image, so it is text in the PDF as well.
 */
const CONCEPT_STAMP = encodeURIComponent(
  "<svg xmlns='http://www.w3.org/2000/svg' width='240' height='14'><text x='240' y='11' text-anchor='end' font-family='sans-serif' font-size='9' font-weight='700' letter-spacing='0.8' fill='#9b1c1c'>CONCEPT · NOTULEN NIET VASTGESTELD</text></svg>",
);
/** The same for a gespreksverslag that is not vastgelegd yet. */
const CONCEPT_REPORT_STAMP = encodeURIComponent(
  "<svg xmlns='http://www.w3.org/2000/svg' width='240' height='14'><text x='240' y='11' text-anchor='end' font-family='sans-serif' font-size='9' font-weight='700' letter-spacing='0.8' fill='#9b1c1c'>CONCEPT · VERSLAG NIET VASTGELEGD</text></svg>",
);
export const CONCEPT_CSS = `.concept-minutes, .concept-report { box-decoration-break: clone; -webkit-box-decoration-break: clone; padding-top: 14pt;
  background: url("data:image/svg+xml,${CONCEPT_STAMP}") no-repeat right top; }
.concept-report { background-image: url("data:image/svg+xml,${CONCEPT_REPORT_STAMP}"); }`;

export const DOSSIER_CSS = `
@page { size: A4; margin: 24mm 22mm 22mm 24mm; }
html { font-family: 'Source Sans 3', sans-serif; font-size: 10.5pt; line-height: 1.45; color: #1a1a1a; }
body { margin: 0; }
h1, h2, h3, h4, h5, h6 { break-after: avoid; break-inside: avoid; color: #0f3d66; line-height: 1.2; }
/* line-height normal: at 1.2 Chromium doubled the bookmark text of a heading at a page top. */
h1 { font-size: 20pt; line-height: normal; margin: 0 0 10pt; }
h2 { font-size: 14pt; margin: 18pt 0 6pt; border-bottom: 0.5pt solid #9bb4cc; padding-bottom: 2pt; }
h3 { font-size: 11.5pt; margin: 12pt 0 4pt; }
h4, h5, h6 { font-size: 10.5pt; margin: 8pt 0 3pt; }
p, li { orphans: 3; widows: 3; }
.part { break-before: page; }
.part.short { break-before: auto; margin-top: 24pt; }
.cover { padding-top: 30mm; }
.cover-kind { font-size: 12pt; letter-spacing: 0.08em; text-transform: uppercase; color: #5a6b7b; margin: 0; }
.cover-title { font-size: 30pt; font-weight: 700; color: #0f3d66; margin: 4pt 0 10pt; line-height: normal; }
.cover-period { font-size: 13pt; margin: 0 0 24pt; }
.cover-facts div { display: flex; gap: 8pt; }
.cover-facts dt { width: 40mm; color: #5a6b7b; }
.cover-facts dd { margin: 0; }
.marking { font-weight: 700; text-transform: uppercase; color: #9b1c1c; letter-spacing: 0.1em; }
.left-out { margin: 12pt 0 0; color: #9b1c1c; }
.toc { margin-top: 24mm; }
.toc-heading { font-size: 16pt; margin: 0 0 10pt; border: 0; padding: 0; }
.toc ol { list-style: none; padding: 0; margin: 0; }
.toc li { margin: 0 0 6pt; }
.toc a { display: flex; color: inherit; text-decoration: none; }
.toc-title { flex: 1; border-bottom: 0.5pt dotted #9bb4cc; }
.toc-page { width: 12mm; text-align: right; font-variant-numeric: tabular-nums; }
table { width: 100%; border-collapse: collapse; margin: 6pt 0 10pt; font-size: 9.5pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
/* Every actiepunten table the same: the text widest, who, by when, and status or source. */
table.actions { table-layout: fixed; }
table.actions th:nth-child(1) { width: 44%; }
table.actions th:nth-child(2) { width: 19%; }
table.actions th:nth-child(3) { width: 17%; }
table.actions th:nth-child(4) { width: 20%; }
/* The open actions: where each was agreed ("Gespreksverslag: <title>, <date>") needs more room. */
table.actions.open-actions th:nth-child(1) { width: 36%; }
table.actions.open-actions th:nth-child(2) { width: 16%; }
table.actions.open-actions th:nth-child(3) { width: 18%; }
table.actions.open-actions th:nth-child(4) { width: 30%; }
th { text-align: left; border-bottom: 1pt solid #0f3d66; padding: 3pt 4pt; }
td { border-bottom: 0.5pt solid #d0d7de; padding: 3pt 4pt; vertical-align: top; }
.facts { display: grid; grid-template-columns: 1fr 1fr; gap: 2pt 12pt; margin: 0 0 6pt; }
.facts dt { font-size: 8.5pt; color: #5a6b7b; }
.facts dd { margin: 0; }
/* A label never ends a page without its value. */
.facts > div { break-inside: avoid; }
.label { break-after: avoid; }
.entries { margin: 0 0 6pt; padding-left: 14pt; }
.entries li { break-inside: avoid; }
.when { white-space: nowrap; color: #5a6b7b; }
.nowrap { white-space: nowrap; }
table.register tr.group th { background: #eef3f8; color: #0f3d66; font-size: 10.5pt; border-bottom: 0.5pt solid #9bb4cc; }
table.register tr.subgroup th { font-weight: 600; color: #5a6b7b; border-bottom: 0.5pt solid #d0d7de; }
table.register tr.group, table.register tr.subgroup { break-after: avoid; }
table.register td:nth-child(4), table.register td:nth-child(5), table.roles td:last-child { white-space: nowrap; }
.figures { display: grid; grid-template-columns: 1fr 1fr 1fr 1fr; gap: 8pt; margin: 12pt 1pt 12pt 0; } /* 1pt: print clipped the right border at the content edge */
.figures div { border: 0.5pt solid #9bb4cc; padding: 6pt 8pt; break-inside: avoid; }
.figures dt { font-size: 9pt; color: #5a6b7b; }
.figures dd { margin: 0; font-size: 18pt; font-weight: 700; color: #0f3d66; }
.chart { margin: 12pt 0; break-inside: avoid; }
.chart .caption { font-size: 9pt; color: #5a6b7b; margin: 2pt 0 0; }
/* The samenwerkingsmonitor's numbers beside its charts: a group row per series, a row per year. */
table.series, table.factors { font-variant-numeric: tabular-nums; }
table.series tbody th, table.factors tbody th { font-weight: 400; border-bottom: 0.5pt solid #d0d7de; }
table.series tr.group th { background: #eef3f8; color: #0f3d66; font-weight: 700; border-bottom: 0.5pt solid #9bb4cc; }
table.series tr.group { break-after: avoid; }
table.series td, table.series thead th:not(:first-child), table.factors td, table.factors thead th:not(:first-child) { text-align: right; }
table.series th:first-child { width: 40%; }
.facts.wide { grid-template-columns: 1fr; }
/* A sentence that introduces a table stays with its first rows. */
.lead-in { break-after: avoid; }
.item { break-inside: avoid; } /* a card that fits a page stays together; a longer one breaks between fields */
.signals { padding-left: 14pt; }
.signals li { margin: 0 0 4pt; break-inside: avoid; }
.muted { color: #5a6b7b; }
.tag { color: #9b1c1c; font-weight: 700; font-size: 8.5pt; text-transform: uppercase; letter-spacing: 0.06em; margin: 0 0 3pt; }
.gap { color: #9b1c1c; font-weight: 700; }
.empty { color: #5a6b7b; font-style: italic; }
table.history td:first-child { white-space: nowrap; }
.label { font-weight: 700; margin: 6pt 0 2pt; }
.rich blockquote { border-left: 2pt solid #9bb4cc; margin: 4pt 0; padding-left: 8pt; }
.rich ul, .rich ol { margin: 4pt 0; padding-left: 16pt; }
.rich li > p, .rich td > p, .rich th > p { margin: 0; }
.rich li > p + p, .rich td > p + p, .rich th > p + p { margin-top: 3pt; }
/* Tables in notulen and descriptions (from Word): a grid, the header row repeated on each page. */
.rich table { width: auto; min-width: 50%; max-width: 100%; }
.rich th, .rich td { border: 0.5pt solid #6b7b8b; padding: 2pt 5pt; text-align: left; }
.rich th { background: #eef3f8; font-weight: 700; }
a { color: #0f3d66; }
${CONCEPT_CSS}
`;

/**
 * A CSS string literal: quotes, backslashes and line breaks escaped, and `<` as a CSS escape, so
 * a name with "</style>" in it cannot end the style element it stands in.
 */
export const cssString = (text: string) =>
  `"${text
    .replace(/[\\"]/g, (c) => `\\${c}`)
    .replace(/[\r\n]+/g, ' ')
    .replace(/</g, '\\3C ')}"`;

const MARGIN_TEXT = "font-family: 'Source Sans 3', sans-serif; font-size: 8pt; color: #5a6b7b;";

/**
 * The marking at the top right and "<footer> pagina X van Y" at the foot of every page, as CSS
 * page-margin boxes (Chromium 131+): set in the body's own typeface, and left off the first page
 * when it is a cover. Chromium's header and footer templates could do neither.
 */
export function marginBoxes(marking: string, footer: string, cover: boolean): string {
  return `@page {
  ${marking ? `@top-right { content: ${cssString(marking.toUpperCase())}; ${MARGIN_TEXT} font-weight: 700; color: #9b1c1c; letter-spacing: 0.06em; }` : ''}
  @bottom-center { content: ${cssString(`${footer} · pagina `)} counter(page) " van " counter(pages); ${MARGIN_TEXT} }
}
${cover ? '@page :first { @top-right { content: none; } @bottom-center { content: none; } }' : ''}`;
}
