import { PDFDocument } from 'pdf-lib';

/**
 * Chromium writes the title (from <title>) and tags the text as Dutch, but sets no author,
 * subject or document language: those go into the PDF's information and catalog here (pdf-lib
 * rewrites the file with every object, the tags and bookmarks included). Answers the page count too.
 */
export async function withMetadata(
  pdf: Uint8Array,
  meta: { title: string; author: string; subject: string; language: string },
): Promise<{ pdf: Uint8Array; pageCount: number }> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  if (meta.author) doc.setAuthor(meta.author);
  doc.setSubject(meta.subject);
  doc.setLanguage(meta.language);
  doc.setCreator('Regiodossier');
  return { pdf: await doc.save({ useObjectStreams: false }), pageCount: doc.getPageCount() };
}
