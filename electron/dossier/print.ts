/**
 * Printing the dossier: Chromium's own print engine makes the PDF (A4, tagged, with bookmarks,
 * header marking and footer "pagina X van Y"). Twice: the first print tells on which page each
 * section starts (its bookmark), the second carries those numbers in the table of contents. The
 * placeholders of the first print have the numbers' width, so nothing moves in between.
 */
import { formatDateNl } from '../../shared/dates';
import { DOSSIER_MARKING_LABELS, type DossierSection } from '../../shared/schemas/dossier';
import type { DossierData } from './collect';
import { dossierDocument, sectionTitle } from './document';
import { esc } from './html';
import { withMetadata } from './metadata';
import { outlinePages } from './outline';

export interface PrintOptions {
  headerHtml: string;
  footerHtml: string;
}
/** HTML → PDF bytes: Electron's printToPDF in the app, playwright-core in the CLI and tests. */
export type Printer = (html: string, options: PrintOptions) => Promise<Uint8Array>;

const SMALL =
  'font-family: sans-serif; font-size: 8pt; color: #5a6b7b; width: 100%; margin: 0 22mm 0 24mm;';

export function headerAndFooter(data: DossierData): PrintOptions {
  const marking = DOSSIER_MARKING_LABELS[data.options.marking];
  return {
    headerHtml: `<div style="${SMALL} text-align: right; font-weight: 700; color: #9b1c1c;">${esc(
      marking.toUpperCase(),
    )}</div>`,
    footerHtml: `<div style="${SMALL} text-align: center;">${esc(
      `Regiodossier ${data.region.name} · ${formatDateNl(data.exportedOn)} · `,
    )}pagina <span class="pageNumber"></span> van <span class="totalPages"></span></div>`,
  };
}

export interface PrintedDossier {
  pdf: Uint8Array;
  /** Where each section starts, as the table of contents says. */
  pages: Map<DossierSection, number>;
  html: string;
}

export async function printDossier(
  data: DossierData,
  print: Printer,
  onProgress: (step: string) => void = () => {},
): Promise<PrintedDossier> {
  const options = headerAndFooter(data);
  onProgress('Opmaak bepalen');
  const first = await print(dossierDocument(data), options);
  const outline = await outlinePages(first);
  const pages = new Map<DossierSection, number>();
  for (const id of data.options.sections) {
    const page = outline.get(sectionTitle(id));
    if (page) pages.set(id, page);
  }
  onProgress('PDF maken');
  const html = dossierDocument(data, pages);
  const pdf = await withMetadata(await print(html, options), {
    title: data.title,
    author: data.author,
    subject: `Regiodossier van ${data.region.name}: partijen, aanspreekpunten, afspraken en overleggen`,
    language: 'nl-NL',
  });
  return { pdf, pages, html };
}
