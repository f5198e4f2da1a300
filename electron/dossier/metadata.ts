import { PDFDocument } from 'pdf-lib';

export interface PdfMetadata {
  title: string;
  author: string;
  subject: string;
  language: string;
}

/**
 * Chromium writes the title (from <title>), the document language (/Lang, from <html lang>) and
 * the tags, but no author or subject, and its user agent as Creator. Those go into the PDF's
 * information dictionary here, as an incremental update: a new /Info object, an xref section and
 * a trailer appended to Chromium's file, which stays byte for byte as printed (PDF 1.7 §7.5.6).
 * That takes milliseconds where rewriting the whole file took seconds for a dossier of 500 pages.
 * A file that does not end in a classic trailer (an xref stream) is rewritten with pdf-lib.
 * Answers the page count too.
 */
export async function withMetadata(
  pdf: Uint8Array,
  meta: PdfMetadata,
  now: Date = new Date(),
): Promise<{ pdf: Uint8Array; pageCount: number }> {
  return appendInfo(pdf, meta, now) ?? rewrite(pdf, meta);
}

/** The incremental update, or null when the file's end is not the classic trailer we know. */
export function appendInfo(
  pdf: Uint8Array,
  meta: PdfMetadata,
  now: Date,
): { pdf: Uint8Array; pageCount: number } | null {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  const tail = text.slice(-4096);
  const end = /trailer\s*<<([\s\S]*?)>>\s*startxref\s*(\d+)\s*%%EOF\s*$/.exec(tail);
  if (!end) return null;
  const trailer = end[1]!;
  const size = /\/Size\s+(\d+)/.exec(trailer)?.[1];
  const root = /\/Root\s+(\d+\s+\d+\s+R)/.exec(trailer)?.[1];
  const pageCount = rootPageCount(text);
  if (!size || !root || pageCount === null) return null;
  // The language comes from Chromium (<html lang>); without it the catalog must be rewritten.
  if (!text.includes(`/Lang (${meta.language})`)) return null;
  const id = /\/ID\s*(\[[^\]]*\])/.exec(trailer)?.[1];
  const stamp = pdfDate(now);
  const info =
    `<</Title ${pdfText(meta.title)}` +
    (meta.author ? `\n/Author ${pdfText(meta.author)}` : '') +
    `\n/Subject ${pdfText(meta.subject)}\n/Creator (Regiodossier)` +
    `\n/Producer ${producerOf(text)}\n/CreationDate (${stamp})\n/ModDate (${stamp})>>`;
  const number = Number(size);
  const start = text.endsWith('\n') ? '' : '\n';
  const object = `${start}${number} 0 obj\n${info}\nendobj\n`;
  const xrefAt = pdf.byteLength + Buffer.byteLength(object, 'latin1');
  const objectAt = pdf.byteLength + start.length;
  const update =
    object +
    `xref\n${number} 1\n${String(objectAt).padStart(10, '0')} 00000 n \n` +
    `trailer\n<</Size ${number + 1}\n/Root ${root}\n/Info ${number} 0 R` +
    (id ? `\n/ID ${id}` : '') +
    `\n/Prev ${end[2]}>>\nstartxref\n${xrefAt}\n%%EOF\n`;
  const out = new Uint8Array(pdf.byteLength + Buffer.byteLength(update, 'latin1'));
  out.set(pdf, 0);
  out.set(Buffer.from(update, 'latin1'), pdf.byteLength);
  return { pdf: out, pageCount };
}

/** The page tree's root holds the largest /Count of all /Pages nodes. */
function rootPageCount(text: string): number | null {
  let max: number | null = null;
  for (const m of text.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)/g)) {
    max = Math.max(max ?? 0, Number(m[1]));
  }
  return max;
}

/** Chromium's own producer line (its PDF library and version), kept; else ours. */
function producerOf(text: string): string {
  return /\/Producer\s*(\((?:[^()\\]|\\.)*\))/.exec(text.slice(0, 4096))?.[1] ?? '(Regiodossier)';
}

/** A text string: plain ASCII in parentheses, anything else as UTF-16BE with its byte-order mark. */
export function pdfText(value: string): string {
  if (/^[\x20-\x7e]*$/.test(value)) return `(${value.replace(/[\\()]/g, (c) => `\\${c}`)})`;
  let hex = 'FEFF';
  for (let i = 0; i < value.length; i += 1) {
    hex += value.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  }
  return `<${hex}>`;
}

/** D:YYYYMMDDHHmmSSZ (UTC). */
const pdfDate = (d: Date) => `D:${d.toISOString().replace(/[-:T]/g, '').slice(0, 14)}Z`;

async function rewrite(pdf: Uint8Array, meta: PdfMetadata) {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  if (meta.author) doc.setAuthor(meta.author);
  doc.setSubject(meta.subject);
  doc.setLanguage(meta.language);
  doc.setCreator('Regiodossier');
  return { pdf: await doc.save({ useObjectStreams: false }), pageCount: doc.getPageCount() };
}
