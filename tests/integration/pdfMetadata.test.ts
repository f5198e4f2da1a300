import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headingTexts } from '../../electron/dossier/bookmarkTitles';
import { openChromiumPrinter } from '../../electron/dossier/chromiumPrinter';
import { findBrowser } from '../../electron/dossier/findBrowser';
import { appendInfo, pdfText, withMetadata } from '../../electron/dossier/metadata';
import { outlinePages, pageTexts } from '../../electron/dossier/outline';
import type { PrintEngine } from '../../electron/dossier/print';

/**
 * The PDF's author, subject and creator as an incremental update on Chromium's file: the printed
 * bytes stay as they were, readers (pdf-lib, pdfjs, poppler) see the new information, and the
 * bookmarks, tags and language are untouched. A file without a classic trailer is rewritten.
 */
const browser = findBrowser();
const META = {
  title: 'Regiodossier Coördinatie',
  author: 'Anaïs van der Weël (ambtelijk coördinator)',
  subject: 'Regiodossier van Regio Utrecht-Oost: geëvalueerd',
  language: 'nl-NL',
};
const NOW = new Date('2026-11-22T10:00:00.000Z');

describe.skipIf(!browser)('PDF metadata', () => {
  let printer: { engine: PrintEngine; close: () => Promise<void> };
  let printed: Uint8Array;
  beforeAll(async () => {
    printer = await openChromiumPrinter(browser!);
    const html = `<!doctype html><html lang="nl-NL"><head><title>Regiodossier</title></head>
      <body><h1>Eén</h1><p>coördinatie</p><h1 style="break-before: page">Twee</h1></body></html>`;
    printed = (await printer.engine.print(html, { headerHtml: '', footerHtml: '' }, (m) => m)).pdf;
  }, 60_000);
  afterAll(() => printer?.close());

  it('appends a new information dictionary and leaves Chromium’s bytes as printed', async () => {
    const result = appendInfo(printed, META, NOW);
    expect(result).not.toBeNull();
    const { pdf, pageCount } = result!;
    expect(pageCount).toBe(2);
    expect(Buffer.from(pdf.subarray(0, printed.length)).equals(Buffer.from(printed))).toBe(true);
    const doc = await PDFDocument.load(pdf, { updateMetadata: false });
    expect(doc.getTitle()).toBe(META.title);
    expect(doc.getAuthor()).toBe(META.author);
    expect(doc.getSubject()).toBe(META.subject);
    expect(doc.getCreator()).toBe('Regiodossier');
    expect(doc.getPageCount()).toBe(2);
    expect(String(doc.catalog.get(PDFName.of('Lang')))).toBe('(nl-NL)');
    expect(doc.catalog.get(PDFName.of('StructTreeRoot'))).toBeDefined();
    expect([...(await outlinePages(pdf)).entries()]).toEqual([
      ['Eén', 1],
      ['Twee', 2],
    ]);
    expect((await pageTexts(pdf))[0]).toContain('coördinatie');
    let info = '';
    try {
      const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'meta-')), 'm.pdf');
      writeFileSync(file, pdf);
      info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    } catch {
      console.log('pdfMetadata: pdfinfo niet gevonden; die controle is overgeslagen.');
    }
    if (info) {
      expect(info).toContain(`Author:          ${META.author}`);
      expect(info).toContain(`Subject:         ${META.subject}`);
      expect(info).toMatch(/Tagged:\s+yes/);
      expect(info).toMatch(/Pages:\s+2\b/);
    }
  });

  it('rewrites a file that ends in an xref stream, with the same result', async () => {
    const streams = await (
      await PDFDocument.load(printed, { updateMetadata: false })
    ).save({ useObjectStreams: true });
    expect(appendInfo(streams, META, NOW)).toBeNull();
    const { pdf, pageCount } = await withMetadata(streams, META, NOW);
    expect(pageCount).toBe(2);
    const doc = await PDFDocument.load(pdf, { updateMetadata: false });
    expect(doc.getAuthor()).toBe(META.author);
    expect(String(doc.catalog.get(PDFName.of('Lang')))).toBe('(nl-NL)');
  });

  it('adds an XMP packet the catalog points at: title, author, description, language', async () => {
    const { pdf } = appendInfo(printed, META, NOW)!;
    const doc = await PDFDocument.load(pdf, { updateMetadata: false });
    const stream = doc.catalog.lookup(PDFName.of('Metadata'));
    if (!(stream instanceof PDFRawStream)) throw new Error('geen XMP-stream in de catalogus');
    expect(String(stream.dict.get(PDFName.of('Subtype')))).toBe('/XML');
    const xmp = Buffer.from(stream.getContents()).toString('utf8');
    expect(xmp).toContain(`<rdf:li xml:lang="x-default">${META.title}</rdf:li>`);
    expect(xmp).toContain(`<dc:creator><rdf:Seq><rdf:li>${META.author}</rdf:li></rdf:Seq>`);
    expect(xmp).toContain(META.subject);
    expect(xmp).toContain('<rdf:li>nl-NL</rdf:li>');
    expect(xmp).toContain('<xmp:CreateDate>2026-11-22T10:00:00Z</xmp:CreateDate>');
    // The catalog kept its other entries.
    expect(String(doc.catalog.get(PDFName.of('Lang')))).toBe('(nl-NL)');
    expect(doc.catalog.get(PDFName.of('Outlines'))).toBeDefined();
  });

  it('gives bookmarks of wrapped headings their words back', async () => {
    // Chromium joins the lines of a wrapped heading without a space in its bookmark.
    const html = `<!doctype html><html lang="nl-NL"><head><title>Notulen</title></head><body>
      <h1>Notulen</h1><h1 style="width: 4cm">Mantelzorgondersteuning dementie</h1>
      <h1 style="width: 4cm">Overleg van 14 november 2026</h1></body></html>`;
    const raw = (await printer.engine.print(html, { headerHtml: '', footerHtml: '' }, (m) => m))
      .pdf;
    const before = [...(await outlinePages(raw)).keys()];
    expect(before).toContain('Mantelzorgondersteuningdementie');
    const { pdf } = appendInfo(raw, { ...META, headings: headingTexts(html) }, NOW)!;
    expect([...(await outlinePages(pdf)).keys()]).toEqual([
      'Notulen',
      'Mantelzorgondersteuning dementie',
      'Overleg van 14 november 2026',
    ]);
  });

  it('writes text strings PDF readers understand', () => {
    expect(pdfText('Regio (Oost) \\ test')).toBe('(Regio \\(Oost\\) \\\\ test)');
    expect(pdfText('één')).toBe('<FEFF00E900E9006E>');
  });
});
