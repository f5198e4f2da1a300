import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { findBrowser } from '../../electron/dossier/findBrowser';
import { pageTexts } from '../../electron/dossier/outline';
import { cli, tempDir } from './cliHarness';

/** `notulen`: one meeting's notulen as PDF from the command line (issue 21, item 14). */
describe('cli notulen', () => {
  const browserEnv = { PATH: process.env.PATH, CHROMIUM_PATH: process.env.CHROMIUM_PATH };
  const withDemo = async () => {
    const dir = tempDir();
    const db = path.join(dir, 'd.db');
    expect((await cli(['--db', db, 'demo'])).code).toBe(0);
    const file = new Database(db, { readonly: true });
    const meeting = file
      .prepare("SELECT id, title FROM meeting WHERE minutes_status = 'vastgesteld' LIMIT 1")
      .get() as { id: string; title: string };
    file.close();
    return { dir, db, meeting };
  };

  it('refuses a missing or malformed id with exit 2, an unknown meeting with exit 1', async () => {
    const { dir, db } = await withDemo();
    const out = path.join(dir, 'n.pdf');
    const missing = await cli(['--db', db, 'notulen', '--out', out], browserEnv);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--meeting <id>');
    const wrong = await cli(
      ['--db', db, 'notulen', '--meeting', 'gisteren', '--out', out],
      browserEnv,
    );
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('gisteren is geen id van een overleg');
    const unknown = await cli(
      ['--db', db, 'notulen', '--meeting', '00000000-0000-4000-8000-000000000000', '--out', out],
      browserEnv,
    );
    expect(unknown.code).toBe(1);
    expect(fs.existsSync(out)).toBe(false);
    const region = await cli(['--db', db, 'notulen', '--region', 'X', '--out', out], browserEnv);
    expect(region.code).toBe(2);
    expect(region.stderr).toContain('Optie --region hoort niet bij notulen');
  });

  it.skipIf(!findBrowser())(
    'writes the notulen of the meeting as PDF',
    async () => {
      const { dir, db, meeting } = await withDemo();
      const out = path.join(dir, 'notulen.pdf');
      const r = await cli(
        ['--db', db, 'notulen', '--meeting', meeting.id, '--out', out],
        browserEnv,
      );
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`Notulen van ${meeting.title} geschreven naar ${out}`);
      const texts = await pageTexts(new Uint8Array(fs.readFileSync(out)));
      expect(texts[0]).toContain(meeting.title);
      expect(texts.join(' ')).toContain('Notulen vastgesteld op');
      texts.forEach((t, i) => expect(t).toContain(`pagina ${i + 1} van ${texts.length}`));
    },
    120_000,
  );
});
