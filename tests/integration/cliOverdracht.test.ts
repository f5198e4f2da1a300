import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { createApi } from '../../electron/api/createApi';
import { findBrowser } from '../../electron/dossier/findBrowser';
import { outlinePages, pageTexts } from '../../electron/dossier/outline';
import { cli, tempDir } from './cliHarness';

/** `overdracht`: a leaving person's handover as PDF from the command line (issue 22, item 5). */
describe('cli overdracht', () => {
  const browserEnv = { PATH: process.env.PATH, CHROMIUM_PATH: process.env.CHROMIUM_PATH };
  const withDemo = async () => {
    const dir = tempDir();
    const db = path.join(dir, 'd.db');
    expect((await cli(['--db', db, 'demo'])).code).toBe(0);
    return { dir, db };
  };

  it('refuses a missing person with exit 2, an unknown one with exit 1, and writes nothing', async () => {
    const { dir, db } = await withDemo();
    const out = path.join(dir, 'o.pdf');
    const missing = await cli(['--db', db, 'overdracht', '--out', out], browserEnv);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--person: Geef de persoon op met --person <naam of id>.');
    const blank = await cli(['--db', db, 'overdracht', '--person', ' ', '--out', out], browserEnv);
    expect(blank.code).toBe(2);
    const noOut = await cli(['--db', db, 'overdracht', '--person', 'Hans Smit'], browserEnv);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toContain('--out <bestand.pdf>');
    const unknown = await cli(
      ['--db', db, 'overdracht', '--person', 'Hans Smid', '--out', out],
      browserEnv,
    );
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('Er is geen persoon met de naam Hans Smid in deze database.');
    const partly = await cli(
      ['--db', db, 'overdracht', '--person', 'Smit', '--out', out],
      browserEnv,
    );
    expect(partly.code).toBe(1);
    expect(partly.stderr).toContain('Bedoelt u een van deze?');
    expect(partly.stderr).toContain('Hans Smit (GGZ Kromme Rijn): ');
    const id = await cli(
      ['--db', db, 'overdracht', '--person', '00000000-0000-4000-8000-000000000000', '--out', out],
      browserEnv,
    );
    expect(id.code).toBe(1);
    const wrong = await cli(
      ['--db', db, 'overdracht', '--person', 'Hans Smit', '--region', 'X', '--out', out],
      browserEnv,
    );
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('Optie --region hoort niet bij overdracht');
    expect(fs.existsSync(out)).toBe(false);
  });

  it('names each person with the same name and their id to choose by', async () => {
    const { dir, db } = await withDemo();
    const api = await createApi(db, { mustExist: true });
    try {
      for (const email of ['jan1@example.org', 'jan2@example.org']) {
        const r = api.invoke('contacts.create', { name: 'Jan de Boer', email });
        expect(r.ok).toBe(true);
      }
    } finally {
      api.close();
    }
    const r = await cli(
      ['--db', db, 'overdracht', '--person', 'jan de boer', '--out', path.join(dir, 'o.pdf')],
      browserEnv,
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'Er zijn 2 personen met de naam jan de boer; kies er een met --person <id>:',
    );
    expect(r.stderr.match(/ {2}Jan de Boer: [0-9a-f-]{36}/g)).toHaveLength(2);
  });

  it.skipIf(!findBrowser())(
    'writes the overdracht as PDF, by name or by id',
    async () => {
      const { dir, db } = await withDemo();
      const out = path.join(dir, 'overdracht.pdf');
      const r = await cli(
        ['--db', db, 'overdracht', '--person', 'hans smit', '--out', out],
        browserEnv,
      );
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`Overdracht van Hans Smit geschreven naar ${out}`);
      const pdf = new Uint8Array(fs.readFileSync(out));
      const texts = await pageTexts(pdf);
      const all = texts.join(' ');
      // The one region the person works in stands above the title (small capitals), not per row.
      expect(texts[0]).toMatch(/^REGIO UTRECHT-OOST Overdracht Hans Smit Functie/);
      expect(all).not.toContain('Regio Utrecht-Oost');
      for (const heading of [
        'Rollen en mandaten',
        'Afspraken als eigenaar',
        'Afspraken van de eigen organisatie',
        'Open actiepunten',
        'Laatste overleggen',
        'Laatste gespreksverslagen',
        'Belangrijkste contacten',
      ])
        expect(all).toContain(heading);
      expect(all).toContain('Trekker (thema)');
      expect(all).toContain(
        'Afspraken valpreventie voor 2027 bijstellen 21 januari 2027 Gespreksverslag: Evaluatie samenwerkingsafspraken 2026',
      );
      expect(all).toContain('Nulmeting samenwerking wijkverpleging');
      texts.forEach((t, i) =>
        expect(t).toContain(
          `Overdracht Hans Smit · 22 november 2026 · pagina ${i + 1} van ${texts.length}`,
        ),
      );
      expect([...(await outlinePages(pdf)).keys()]).toEqual(['Overdracht Hans Smit']);
      const doc = await PDFDocument.load(pdf);
      expect(doc.getTitle()).toBe('Overdracht Hans Smit');
      expect(doc.getSubject()).toContain('Overdracht van Hans Smit');

      const file = new Database(db, { readonly: true });
      const { id } = file.prepare("SELECT id FROM contact WHERE name = 'Hans Smit'").get() as {
        id: string;
      };
      file.close();
      const byId = await cli(['--db', db, 'overdracht', '--person', id, '--out', out], browserEnv);
      expect(byId.code).toBe(0);
    },
    120_000,
  );
});
