/**
 * npm run bench: generates the 'groot' profile into a temp database and measures the register's
 * hot paths against the budgets of the foundation issue and the afsprakenregister (issue 3). Prints each figure with PASS/FAIL and
 * exits 1 when a budget is missed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApi, type Api } from '../../electron/api/createApi';
import { openDatabase } from '../../db/open';
import { runCli } from '../../electron/cli/runCli';
import { agreementFigures } from './agreementQueries';
import { baselineFigures } from './baselines';
import { meetingFigures } from './meetings';
import { conversationFigures } from './conversations';
import { measureScreens } from './screens';
import { measureMeeting } from './renderMeeting';
import { dossierFigures } from './dossier';
import { crashFigures } from './crash';
import { backupFigures } from './backups';
import { measureFirstRender } from './render';
import { COLD_PAGES, measureAgreementListRender } from './renderAgreements';
import { percentile, report, timeMs, type Figure } from './stats';

const ITERATIONS = 200;

async function generate(file: string): Promise<number> {
  const out: string[] = [];
  const io = { stdout: { write: (t: string) => out.push(t) }, stderr: process.stderr, env: {} };
  const start = performance.now();
  const code = await runCli(['--db', file, 'generate', '--profile', 'groot'], io);
  if (code !== 0) throw new Error(`generate faalde (exit ${code})`);
  return (performance.now() - start) / 1000;
}

function call(api: Api, method: string, input: unknown) {
  const result = api.invoke(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value;
}

function queryFigures(api: Api): Figure[] {
  const regions = call(api, 'regions.list', {}) as { id: string }[];
  const pick = (i: number) => regions[i % regions.length]!.id;
  const variants = [
    (regionId: string) => ({ regionId }),
    (regionId: string) => ({ regionId, types: ['gemeente'], sort: 'type' }),
    (regionId: string) => ({ regionId, search: 'zorg', roles: ['deelnemer', 'trekker'] }),
    () => ({ regionId: null, search: 'gem' }),
  ];
  for (let i = 0; i < 20; i += 1)
    call(api, 'parties.list', variants[i % variants.length]!(pick(i)));

  const regionList = Array.from({ length: ITERATIONS }, (_, i) =>
    timeMs(() => call(api, 'parties.list', variants[i % variants.length]!(pick(i)))),
  );
  const allParties = Array.from({ length: 50 }, () =>
    timeMs(() => call(api, 'parties.list', { regionId: null })),
  );
  const overview = Array.from({ length: ITERATIONS }, (_, i) =>
    timeMs(() => call(api, 'roles.overview', { regionId: pick(i) })),
  );
  const total = (call(api, 'parties.list', { regionId: null }) as unknown[]).length;
  return [
    {
      // Budgeted as a ratio to the raw query (baselines.ts); milliseconds are information.
      name: 'partijenlijst, query p95 (regio, filters, zoeken)',
      value: percentile(regionList, 95),
      unit: 'ms',
    },
    {
      name: `partijenlijst, query p95 (alle ${total} partijen)`,
      value: percentile(allParties, 95),
      unit: 'ms',
    },
    {
      name: 'aanspreekpunten-overzicht, query p95',
      value: percentile(overview, 95),
      unit: 'ms',
      budget: 30,
    },
  ];
}

/** A long list's first render in Chromium (render.ts, renderAgreements.ts) as figures. */
function listRenderFigures(
  list: string,
  method: string,
  r: Awaited<ReturnType<typeof measureFirstRender>>,
): Figure[] {
  return [
    {
      name: `eerste weergave ${list} in Chromium (${r.rows} rijen, na ontvangst gegevens), mediaan van ${COLD_PAGES} verse pagina's`,
      value: r.firstRenderMs,
      unit: 'ms',
      budget: 150,
    },
    { name: 'waarvan de traagste verse pagina', value: r.firstRenderMaxMs, unit: 'ms' },
    { name: `${list} openen, totaal incl. ophalen`, value: r.firstMs, unit: 'ms' },
    {
      name: `waarvan gegevens ophalen (${method} via de server)`,
      value: r.firstFetchMs,
      unit: 'ms',
    },
    { name: `weergave ${list}, mediaan van 5 herhalingen`, value: r.medianMs, unit: 'ms' },
    { name: 'rijen in de DOM (gevirtualiseerd)', value: r.domRows, unit: 'rijen' },
  ];
}

/**
 * The groot file: generated into a temp folder and removed afterwards; or, with BENCH_DB=<file>,
 * generated there once and kept, so the next run (of the whole bench or while working on one
 * figure) starts from the same data without the generation.
 */
async function groot(): Promise<{ file: string; seconds: number | null; done: () => void }> {
  const kept = process.env.BENCH_DB;
  if (kept) {
    if (fs.existsSync(kept)) return { file: kept, seconds: null, done: () => {} };
    return { file: kept, seconds: await generate(kept), done: () => {} };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'regiodossier-bench-'));
  const file = path.join(dir, 'bench.db');
  return {
    file,
    seconds: await generate(file),
    done: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * A stage that fails (a screen that never showed, a query that threw) is one FAIL line with the
 * reason, and the stages after it still run: one broken figure does not hide all the others.
 */
async function stage(name: string, figures: Figure[], run: () => Promise<Figure[]> | Figure[]) {
  try {
    figures.push(...(await run()));
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    console.error(`${name}: ${error instanceof Error ? error.stack : error}`);
    figures.push({ name: `${name}: mislukt (${reason})`, value: 1, unit: 'x', budget: 0 });
  }
}

async function main() {
  const data = await groot();
  const file = data.file;
  try {
    const generateSeconds = data.seconds;
    const api = await createApi(file, { checkOutput: false });
    const counts = {
      regions: (call(api, 'regions.list', {}) as unknown[]).length,
      parties: (call(api, 'parties.list', { regionId: null }) as unknown[]).length,
    };
    const figures: Figure[] =
      generateSeconds === null
        ? []
        : [
            {
              name: `genereren profiel groot (${counts.regions} regio's, ${counts.parties} partijen)`,
              value: generateSeconds,
              unit: 's',
            },
          ];
    await stage('partijenlijst en overzicht', figures, () => queryFigures(api));
    await stage('afsprakenlijst en dashboard', figures, () => agreementFigures(api));
    await stage('ruwe baselines', figures, () => baselineFigures(api, file));
    await stage('overleggen', figures, () => meetingFigures(api, file));
    await stage('gespreksverslagen', figures, () => conversationFigures(api, file));
    api.close();
    await stage('eerste weergave partijenlijst', figures, async () =>
      listRenderFigures('partijenlijst', 'parties.list', await measureFirstRender(file)),
    );
    await stage('eerste weergave afsprakenlijst', figures, async () =>
      listRenderFigures(
        'afsprakenlijst',
        'agreements.list',
        await measureAgreementListRender(file),
      ),
    );
    await stage('schermen openen', figures, async () => {
      const screens = await measureScreens(file);
      return [
        ...screens.screens.map((s) => ({
          name: `scherm ${s.name} openen tot inhoud, p95 (regio met 10.000 afspraken)`,
          value: s.p95,
          unit: 'ms' as const,
          budget: 300,
        })),
        {
          name: `typen in het zoekvak van de afsprakenlijst tot bijgewerkte rijen, p95 (${screens.typingSamples} toetsen)`,
          value: screens.typingP95,
          unit: 'ms',
          budget: 150,
        },
        {
          name: `scrollen door 10.000 afspraken, frametijd p95 (${screens.scrollFrames} frames)`,
          value: screens.scrollP95,
          unit: 'ms',
          budget: 20,
        },
        {
          name: `waarvan langzamer, 1/3 scherm per frame met hele rijen, p95 (${screens.wholeRowsFrames} frames)`,
          value: screens.wholeRowsP95,
          unit: 'ms',
        },
      ];
    });
    await stage('overleg openen en notuleren', figures, async () => {
      const meeting = await measureMeeting(file);
      return [
        {
          name: `overleg openen (30 agendapunten, ${meeting.words} woorden notulen) tot alle notulen typbaar zijn, p95`,
          value: meeting.openP95,
          unit: 'ms',
          budget: 300,
        },
        { name: 'waarvan de mediaan', value: meeting.openMedian, unit: 'ms' },
        {
          name: 'tot alle 30 editors er zijn (de rest volgt in rustige momenten), p95',
          value: meeting.allEditorsP95,
          unit: 'ms',
        },
        {
          name: `typen in de notulen, werk per toets (verwerken + beeld tekenen), p95 (${meeting.typingSamples} toetsen)`,
          value: meeting.typingP95,
          unit: 'ms',
          budget: 16,
        },
        {
          name: 'waarvan tot het beeld klaar is, incl. wachten op de volgende schermverversing, p95',
          value: meeting.typingToFrameP95,
          unit: 'ms',
        },
      ];
    });
    await stage('regiodossier als pdf', figures, () => dossierFigures(file));
    await stage('back-ups', figures, () => backupFigures(file));
    await stage('na een crash', figures, () => crashFigures());
    const size =
      fs.statSync(file).size + (fs.existsSync(`${file}-wal`) ? fs.statSync(`${file}-wal`).size : 0);
    figures.push({ name: 'databasegrootte', value: size / 1024 / 1024, unit: 'MB' });
    // Opening checks the file first (read-only connection and quick_check, db/fileCheck.ts).
    const opening = performance.now();
    (await openDatabase(file)).db.close();
    figures.push({
      name: 'database openen, incl. controle (quick_check)',
      value: performance.now() - opening,
      unit: 'ms',
    });
    const { failed, text } = report('Regiodossier benchmark (profiel groot)', figures);
    console.log(text);
    process.exitCode = failed ? 1 : 0;
  } finally {
    data.done();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
