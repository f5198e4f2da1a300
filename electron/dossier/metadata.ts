import { PDFDocument } from 'pdf-lib';
import { decodePdfText, mendedBookmarks } from './bookmarkTitles';
import { pdfText } from './pdfText';
import { xmpPacket } from './xmp';

export { pdfText };

export interface PdfMetadata {
  title: string;
  author: string;
  subject: string;
  language: string;
  /** The document's headings, to mend Chromium's bookmark titles (bookmarkTitles.ts). */
  headings?: readonly string[];
}

/**
 * Chromium writes the title (from <title>), the document language (/Lang, from <html lang>) and
 * the tags, but no author or subject, no XMP metadata, and its user agent as Creator. Those go
 * into the PDF here, as an incremental update (with the mended bookmarks of bookmarkTitles.ts and
 * the catalog pointing at the XMP packet of xmp.ts): new objects, an xref section and
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
  const rootId = Number(root.split(/\s+/)[0]);
  const catalog = new RegExp(`(?:^|\\s)${rootId} 0 obj\\s*<<([\\s\\S]*?)>>\\s*endobj`).exec(
    text,
  )?.[1];
  if (catalog === undefined) return null;
  const stamp = pdfDate(now);
  const producer = producerOf(text);
  const info =
    `<</Title ${pdfText(meta.title)}` +
    (meta.author ? `\n/Author ${pdfText(meta.author)}` : '') +
    `\n/Subject ${pdfText(meta.subject)}\n/Creator (Regiodossier)` +
    `\n/Producer ${producer}\n/CreationDate (${stamp})\n/ModDate (${stamp})>>`;
  const infoId = Number(size);
  const xmpId = infoId + 1;
  const xmp = xmpPacket({
    ...meta,
    producer: producer.startsWith('(') ? decodePdfText(producer) : 'Regiodossier',
    date: now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
  });
  const objects: { id: number; bytes: Buffer }[] = [
    // Bookmarks with the heading's own text (bookmarkTitles.ts).
    ...mendedBookmarks(text, meta.headings ?? []).map(({ id, body }) => ({
      id,
      bytes: Buffer.from(body, 'latin1'),
    })),
    { id: infoId, bytes: Buffer.from(info, 'latin1') },
    {
      id: xmpId,
      bytes: Buffer.concat([
        Buffer.from(`<</Type /Metadata /Subtype /XML /Length ${xmp.length}>>\nstream\n`, 'latin1'),
        xmp,
        Buffer.from('\nendstream', 'latin1'),
      ]),
    },
    {
      id: rootId,
      bytes: Buffer.from(
        `<<${catalog.replace(/\/Metadata\s+\d+\s+\d+\s+R/, '')}\n/Metadata ${xmpId} 0 R>>`,
        'latin1',
      ),
    },
  ];
  const parts: Buffer[] = [Buffer.from(text.endsWith('\n') ? '' : '\n', 'latin1')];
  let at = pdf.byteLength + parts[0]!.length;
  const offsets = new Map<number, number>();
  for (const o of objects) {
    const head = Buffer.from(`${o.id} 0 obj\n`, 'latin1');
    const tail = Buffer.from('\nendobj\n', 'latin1');
    offsets.set(o.id, at);
    parts.push(head, o.bytes, tail);
    at += head.length + o.bytes.length + tail.length;
  }
  const xref = [...offsets.entries()]
    .sort((x, y) => x[0] - y[0])
    .map(([n, offset]) => `${n} 1\n${String(offset).padStart(10, '0')} 00000 n \n`)
    .join('');
  parts.push(
    Buffer.from(
      `xref\n${xref}trailer\n<</Size ${xmpId + 1}\n/Root ${root}\n/Info ${infoId} 0 R` +
        (id ? `\n/ID ${id}` : '') +
        `\n/Prev ${end[2]}>>\nstartxref\n${at}\n%%EOF\n`,
      'latin1',
    ),
  );
  const update = Buffer.concat(parts);
  const out = new Uint8Array(pdf.byteLength + update.length);
  out.set(pdf, 0);
  out.set(update, pdf.byteLength);
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
