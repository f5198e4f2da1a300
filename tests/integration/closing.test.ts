import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApi } from '../../electron/api/createApi';
import { Database } from '../../db/sqlite';
import { tempDir } from './cliHarness';

/** Quitting (issue 9): the write-ahead log is merged into the file, so the file alone is whole. */
let dir: string;
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('closing the dossier', () => {
  it('checkpoints the WAL: no -wal is left and the file alone holds every change', async () => {
    dir = tempDir();
    const file = path.join(dir, 'dossier.db');
    const api = await createApi(file, { logError: () => undefined });
    api.invoke('dossier.loadDemo', {});
    expect(fs.statSync(`${file}-wal`).size).toBeGreaterThan(0);
    api.close();
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
    // Copied without its companions, the file is complete.
    fs.copyFileSync(file, path.join(dir, 'alleen.db'));
    const copy = new Database(path.join(dir, 'alleen.db'), { readonly: true });
    expect(copy.prepare('SELECT count(*) AS n FROM agreement').get()).toEqual({ n: 15 });
    copy.close();
  });
});
