import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { createApi } from '../../electron/api/createApi';
import { REPO_ROOT } from '../harness/server';

/**
 * Not a word may be lost: text typed into the minutes, then the app process killed without any
 * warning (SIGKILL of the browser-mode server), is there after a restart, except at most the
 * last second of typing.
 */

/** The browser-mode server as its own process (`npm run dev:web` without the build step). */
function startApp(dbFile: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'tests/harness/devWeb.ts', '--db', dbFile],
    {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /Browsermodus: (\S+)/.exec(out)?.[1];
      if (url) resolve({ child, url });
    });
    child.once('exit', (code) => reject(new Error(`De server stopte meteen (code ${code}).`)));
  });
}

const TYPED =
  'Het regio-overleg bespreekt de voortgang van valpreventie en de coördinatie met de wijkteams. ' +
  'De zorgverzekeraar en het zorgkantoor leveren de cijfers vóór de volgende vergadering aan. ';
/** Characters per second while typing (one every 50 ms). */
const PER_SECOND = 20;

test('minutes typed right before the app process is killed survive, but for the last second', async ({
  page,
}) => {
  test.slow();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'regiodossier-crash-'));
  const dbFile = path.join(dir, 'regiodossier.db');
  const api = await createApi(dbFile, { appVersion: 'test' });
  const call = <T>(method: string, input: unknown) => {
    const r = api.invoke(method as never, input as never);
    if (!r.ok) throw new Error(r.error.message);
    return r.value as T;
  };
  const region = call<{ id: string }>('regions.create', { name: 'Eemland' });
  const meeting = call<{ id: string }>('meetings.create', {
    regionId: region.id,
    kind: 'voortgangsgesprek',
    title: 'Voortgangsgesprek',
    date: '2026-11-12',
    startTime: '14:00',
    endTime: '16:00',
  });
  call('agenda.add', { meetingId: meeting.id, title: 'Valpreventie' });
  api.close();

  let app = await startApp(dbFile);
  try {
    const editor = page.getByRole('textbox', { name: 'Notulen bij Valpreventie' });
    await page.goto(app.url.replace('#/', `#/overleggen/${meeting.id}`));
    await editor.click();
    await page.keyboard.type(TYPED, { delay: 1000 / PER_SECOND });
    app.child.kill('SIGKILL');
    await new Promise((resolve) => app.child.once('exit', resolve));

    app = await startApp(dbFile);
    await page.goto(app.url.replace('#/', `#/overleggen/${meeting.id}`));
    await expect(editor).toBeVisible();
    const saved = (await editor.textContent()) ?? '';
    expect(TYPED.startsWith(saved), `bewaard: "${saved}"`).toBe(true);
    expect(saved.length).toBeGreaterThanOrEqual(TYPED.trimEnd().length - PER_SECOND);
  } finally {
    app.child.kill('SIGKILL');
    await rm(dir, { recursive: true, force: true });
  }
});
