import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findBrowser } from '../../electron/dossier/findBrowser';
import { pageTexts } from '../../electron/dossier/outline';
import { cli, tempDir } from './cliHarness';

/** `dossier`: the regiodossier as PDF from the command line, with the CLI's exit codes. */
describe('cli dossier', () => {
  const withDemo = async () => {
    const dir = tempDir();
    const db = path.join(dir, 'd.db');
    expect((await cli(['--db', db, 'demo'])).code).toBe(0);
    return { dir, db };
  };
  const browserEnv = { PATH: process.env.PATH, CHROMIUM_PATH: process.env.CHROMIUM_PATH };

  it('says clearly when there is no Chromium, Chrome or Edge, and writes nothing', async () => {
    const { dir, db } = await withDemo();
    const out = path.join(dir, 'd.pdf');
    const r = await cli(['--db', db, 'dossier', '--region', 'Regio Utrecht-Oost', '--out', out], {
      PATH: '/nergens',
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Geen Chromium, Google Chrome of Microsoft Edge gevonden');
    expect(fs.existsSync(out)).toBe(false);
  });

  it('refuses wrong options with exit 2 and a Dutch hint', async () => {
    const { dir, db } = await withDemo();
    const out = path.join(dir, 'd.pdf');
    const base = ['--db', db, 'dossier', '--region', 'Regio Utrecht-Oost', '--out', out];
    const marking = await cli([...base, '--marking', 'geheim'], browserEnv);
    expect(marking.code).toBe(2);
    expect(marking.stderr).toContain('Kies geen, concept of vertrouwelijk.');
    const sections = await cli([...base, '--sections', 'afspraken,bijlagen'], browserEnv);
    expect(sections.code).toBe(2);
    expect(sections.stderr).toContain('Onderdelen: samenvatting, partijen');
    expect(sections.stderr).toContain('besluiten, verslagen, monitor, actiepunten, historie.');
    const period = await cli([...base, '--from', '2026-12-01', '--to', '2026-01-01'], browserEnv);
    expect(period.code).toBe(2);
    expect(period.stderr).toContain('De einddatum ligt vóór de begindatum');
    const minutes = await cli([...base, '--minutes', 'concept'], browserEnv);
    expect(minutes.code).toBe(2);
    expect(minutes.stderr).toContain('Kies vastgesteld of alle.');
    const missing = await cli(['--db', db, 'dossier', '--out', out], browserEnv);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--region');
    const region = await cli([...base.slice(0, 4), 'Twente', '--out', out], browserEnv);
    expect(region.code).toBe(1);
    expect(region.stderr).toContain('Regio Twente bestaat niet');
  });

  it.skipIf(!findBrowser())(
    'writes the PDF, or says why it cannot',
    async () => {
      const { dir, db } = await withDemo();
      const out = path.join(dir, 'dossier.pdf');
      const r = await cli(
        [
          '--db',
          db,
          'dossier',
          '--region',
          'Regio Utrecht-Oost',
          '--out',
          out,
          '--sections',
          'samenvatting,afspraken',
          '--title',
          'Stand van zaken voor de raad',
          '--author',
          'Piet Jansen',
          '--minutes',
          'alle',
        ],
        browserEnv,
      );
      // Progress on stderr, one line per step; the measured table of contents was right.
      expect(r.stderr).toBe('Pagina’s opmaken en afdrukken…\nInhoudsopgave controleren…\n');
      expect(r.code).toBe(0);
      const cover = (await pageTexts(new Uint8Array(fs.readFileSync(out))))[0]!;
      expect(cover).toContain('Stand van zaken voor de raad');
      expect(cover).toContain('Piet Jansen');
      expect(r.stdout).toContain(`Regiodossier Regio Utrecht-Oost geschreven naar ${out}`);
      expect(fs.readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
      // The gespreksverslagen and the samenwerkingsmonitor are sections like the others.
      const issue22 = await cli(
        [
          '--db',
          db,
          'dossier',
          '--region',
          'Regio Utrecht-Oost',
          '--out',
          out,
          '--sections',
          'verslagen, monitor',
        ],
        browserEnv,
      );
      expect(issue22.code).toBe(0);
      const texts = await pageTexts(new Uint8Array(fs.readFileSync(out)));
      expect(texts[0]).toMatch(/Inhoud Gespreksverslagen 2 Samenwerkingsmonitor \d+$/);
      expect(texts.join(' ')).toContain('Gemiddeld rapportcijfer per jaar');
      const blocked = await cli(
        [
          '--db',
          db,
          'dossier',
          '--region',
          'Regio Utrecht-Oost',
          '--out',
          path.join(dir, 'geen-map', 'x.pdf'),
        ],
        browserEnv,
      );
      expect(blocked.code).toBe(1);
      expect(blocked.stderr).toContain('Kan niet schrijven naar');
    },
    120_000,
  );
});
