import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi, type Api } from '../../electron/api/createApi';
import { createExportJobs } from '../../electron/dossier/exportJobs';
import { DOSSIER_PAGE_LIMIT } from '../../electron/dossier/dossierSize';
import { callThrough } from '../../electron/tasks';
import { dossierOptions } from '../../shared/schemas/dossier';
import { cli, tempDir } from './cliHarness';

/**
 * A region too large to print (issue 21, item 13): 2,700 afspraken, some 2,300 pages with a
 * card each. The app refuses it before the save dialog and the CLI before Chromium starts, in
 * Dutch, naming what to narrow; without cards it is within the limit.
 */
const AGREEMENTS = 2700;

describe('a dossier too large to print is refused up front', () => {
  let dir: string;
  let db: string;
  let api: Api;
  let regionId: string;

  beforeAll(async () => {
    dir = tempDir();
    db = path.join(dir, 'groot.db');
    api = await createApi(db, { checkOutput: false });
    const ok = <T>(method: string, input: unknown): T => {
      const r = api.invoke(method, input);
      if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
      return r.value as T;
    };
    regionId = ok<{ id: string }>('regions.create', { name: 'Regio Heel Groot' }).id;
    const themeIds = [ok<{ id: string }[]>('themes.list', {})[0]!.id];
    for (let i = 0; i < AGREEMENTS; i += 1) {
      ok('agreements.create', { regionId, title: `Afspraak ${i + 1}`, themeIds, parties: [] });
    }
  });
  afterAll(() => {
    api.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const jobs = (dialogs: string[]) =>
    createExportJobs({
      call: callThrough(api.invoke),
      openEngine: () => Promise.reject(new Error('Chromium hoort niet te starten')),
      chooseFile: (s) => {
        dialogs.push(s.title);
        return Promise.resolve(null);
      },
      openFile: () => Promise.resolve(),
      showInFolder: () => undefined,
      today: () => '2026-11-22',
      logError: () => undefined,
    });

  it('in the app: a Dutch refusal before the save dialog, and without cards the dialog', async () => {
    const dialogs: string[] = [];
    const options = dossierOptions.parse({ regionId });
    await expect(jobs(dialogs).start({ kind: 'dossier', options })).rejects.toThrow(
      new RegExp(
        `te groot om af te drukken: naar schatting 2\\.\\d{3} pagina’s, meer dan de ${DOSSIER_PAGE_LIMIT.toLocaleString('nl-NL')}`,
      ),
    );
    await expect(jobs(dialogs).start({ kind: 'dossier', options })).rejects.toThrow(
      'kies "afspraken zonder kaarten" (alleen het overzicht van de 2.700 afspraken',
    );
    expect(dialogs).toEqual([]);
    const narrowed = { ...options, cards: false };
    expect(await jobs(dialogs).start({ kind: 'dossier', options: narrowed })).toBeNull();
    expect(dialogs).toEqual(['Regiodossier opslaan als PDF']);
  });

  it('on the command line: the refusal on stderr, exit 1, no file, and the options to narrow', async () => {
    const out = path.join(dir, 'groot.pdf');
    const r = await cli(['--db', db, 'dossier', '--region', 'Regio Heel Groot', '--out', out], {
      PATH: process.env.PATH,
      CHROMIUM_PATH: process.env.CHROMIUM_PATH,
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Dit regiodossier wordt te groot om af te drukken');
    expect(r.stderr).toContain('laat onderdelen weg (Afspraken ±');
    expect(r.stderr).toContain('--no-cards');
    expect(r.stderr).not.toContain('Pagina’s opmaken');
    expect(fs.existsSync(out)).toBe(false);
  });
});
