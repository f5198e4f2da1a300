import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseReviewResponse, REVIEW_FILE_MAX_BYTES } from '../../../shared/review/formats';
import {
  createReviewFiles,
  packageArgument,
  readPackageFile,
} from '../../../electron/review/reviewFiles';
import { createTaskInvoke } from '../../../electron/tasks';
import type { ExportJobs } from '../../../electron/dossier/exportJobs';
import {
  reviewPackageFixture,
  reviewResponseFixture,
  writeJsonFile,
} from '../../fixtures/reviewPackage';

let dir = '';
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'regiodossier-reviewfiles-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('review mode files', () => {
  it('finds the package the system opened among the command-line arguments', () => {
    expect(packageArgument(['/opt/Regiodossier/regiodossier', '--db', 'x.db'])).toBeUndefined();
    expect(
      packageArgument(['regiodossier', 'C:\\Mail\\Beoordeling Anna.REGIODOSSIER-BEOORDELING']),
    ).toBe('C:\\Mail\\Beoordeling Anna.REGIODOSSIER-BEOORDELING');
    expect(packageArgument(['app', '--x=a.regiodossier-beoordeling'])).toBeUndefined();
  });

  it('opens a whole package and refuses a tampered, damaged, missing or oversized one in Dutch', () => {
    const pkg = reviewPackageFixture(2);
    const good = readPackageFile(writeJsonFile(dir, 'Goed.regiodossier-beoordeling', pkg));
    expect(good).toEqual({ state: 'review', name: 'Goed.regiodossier-beoordeling', package: pkg });

    const tampered = {
      ...pkg,
      agreements: [{ ...pkg.agreements[0]!, title: 'Anders' }, pkg.agreements[1]!],
    };
    const answers = [
      readPackageFile(writeJsonFile(dir, 'Gewijzigd.regiodossier-beoordeling', tampered)),
      readPackageFile(
        (() => {
          const file = path.join(dir, 'Half.regiodossier-beoordeling');
          fs.writeFileSync(file, JSON.stringify(pkg).slice(0, 400));
          return file;
        })(),
      ),
      readPackageFile(path.join(dir, 'Weg.regiodossier-beoordeling')),
      readPackageFile(
        writeJsonFile(dir, 'Reactie.regiodossier-beoordeling', reviewResponseFixture()),
      ),
      readPackageFile(
        (() => {
          const file = path.join(dir, 'Groot.regiodossier-beoordeling');
          fs.writeFileSync(file, Buffer.alloc(REVIEW_FILE_MAX_BYTES + 1, 32));
          return file;
        })(),
      ),
    ];
    const messages = answers.map((a) => (a.state === 'refused' ? a.message : a.state));
    expect(messages[0]).toContain('de controlecode klopt niet bij ‘Anders’');
    expect(messages[1]).toContain('beschadigd of onvolledig');
    expect(messages[2]).toContain(
      'Weg.regiodossier-beoordeling kon niet worden geopend: het bestaat niet',
    );
    expect(messages[3]).toContain('maar een reactie op een pakket');
    expect(messages[4]).toContain('Dit bestand is te groot');
    for (const m of messages) expect(m).toMatch(/Uw dossier is niet veranderd\.$/);
  });

  it('saves the response under its own name through the save dialog; a cancelled dialog writes nothing', async () => {
    const asked: { title: string; fileName: string }[] = [];
    let answer: string | null = null;
    const files = createReviewFiles({
      chooseSave: async (s) => {
        asked.push(s);
        return answer;
      },
      today: () => '2026-12-04',
    });
    const response = reviewResponseFixture();
    expect(await files.saveResponse({ response, regionName: 'Regio Utrecht-Oost' })).toBeNull();
    expect(fs.readdirSync(dir)).toEqual([]);
    answer = path.join(dir, 'reactie.regiodossier-reactie');
    const saved = await files.saveResponse({ response, regionName: 'Regio Utrecht-Oost' });
    expect(asked.map((a) => a.fileName)).toEqual([
      'Regio Utrecht-Oost - reactie Anna de Vries - 04-12-2026.regiodossier-reactie',
      'Regio Utrecht-Oost - reactie Anna de Vries - 04-12-2026.regiodossier-reactie',
    ]);
    expect(saved).toEqual({ name: 'reactie.regiodossier-reactie', path: answer });
    expect(fs.readdirSync(dir)).toEqual(['reactie.regiodossier-reactie']);
    const read = parseReviewResponse(fs.readFileSync(answer, 'utf8'));
    expect(read.ok && read.value).toEqual(response);
    answer = path.join(dir, 'geen-map', 'reactie.regiodossier-reactie');
    await expect(files.saveResponse({ response, regionName: 'Regio' })).rejects.toThrow(
      'kon niet worden opgeslagen',
    );
  });

  it('gives the package the app was started with once, and checks task input with zod', async () => {
    const files = createReviewFiles({ chooseSave: async () => null });
    const invoke = createTaskInvoke({
      jobs: {} as ExportJobs,
      logError: () => undefined,
      review: files,
    });
    expect(await invoke('review.takeOpened', {})).toEqual({ ok: true, value: null });
    files.opened(writeJsonFile(dir, 'Start.regiodossier-beoordeling', reviewPackageFixture(1)));
    const first = await invoke('review.takeOpened', {});
    expect(first.ok && (first.value as { state: string }).state).toBe('review');
    expect(await invoke('review.takeOpened', {})).toEqual({ ok: true, value: null });

    const bad = await invoke('review.saveResponse', {
      response: { ...reviewResponseFixture(), reviewer: { id: 'x', name: '' } },
      regionName: 'Regio',
    });
    expect(bad.ok).toBe(false);
    const dropped = await invoke('review.readPackage', {
      text: 'geen json',
      fileName: 'a.regiodossier-beoordeling',
    });
    expect(dropped.ok && (dropped.value as { state: string }).state).toBe('refused');
  });
});
