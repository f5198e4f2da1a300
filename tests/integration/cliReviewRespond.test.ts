/**
 * `review-respond` (issue 23, item 5): what the reviewer's side writes, from files only. A package
 * made here with correct hashes gets a response that parseReviewResponse reads back; every bad
 * package or argument is refused with its exit code; no database is ever opened or created.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseReviewResponse, REVIEW_FILE_MAX_BYTES } from '../../shared/review/formats';
import { reviewPackageFixture, writeJsonFile } from '../fixtures/reviewPackage';
import { cli, tempDir } from './cliHarness';

let dir: string;
let pkgFile: string;
const pkg = reviewPackageFixture(3);
const [first, second, third] = pkg.agreements.map((a) => a.id);
const DB_ENV = { REGIODOSSIER_DB: '' };

beforeEach(() => {
  dir = tempDir();
  pkgFile = writeJsonFile(dir, 'Regio Utrecht-Oost.regiodossier-beoordeling', pkg);
  DB_ENV.REGIODOSSIER_DB = path.join(dir, 'dossier.db');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The CLI in `dir` (also its home folder, where the app's default database would be). */
const respond = (args: string[], env: Record<string, string> = DB_ENV) =>
  cli(['review-respond', ...args], env, dir);
const out = () => path.join(dir, 'reactie.regiodossier-reactie');
const base = (file = pkgFile) => [file, '--reviewer-name', 'Anna de Vries', '--out', out()];

/** Nothing but the files the test wrote itself: no database, no -wal, no settings folder. */
function expectNoDatabase(...expected: string[]) {
  expect(fs.readdirSync(dir).sort()).toEqual(
    [path.basename(pkgFile), ...expected.map((f) => path.basename(f))].sort(),
  );
}

describe('cli review-respond', () => {
  it('writes a response that parseReviewResponse reads back, and opens no database', async () => {
    const hostile = '<script>alert("x")</script>\nTweede regel: "citaat" & <b>vet</b>';
    const r = await respond(
      [
        pkgFile,
        '--reviewer-name',
        '  anna DE vries ',
        '--akkoord',
        `${third}, ${first}`,
        '--remark',
        `${second}=${hostile}`,
        '--general',
        ' Dank voor het pakket. ',
        '--out',
        'reactie.regiodossier-reactie',
      ],
      { ...DB_ENV, REGIODOSSIER_USER: '\u001b bad user' },
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`Reactie geschreven: 2 akkoord, 1 opmerking → ${out()}\n`);
    const text = fs.readFileSync(out(), 'utf8');
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "verdicts": [\n');
    const parsed = parseReviewResponse(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value).toEqual({
      format: 'regiodossier-reactie',
      version: 1,
      packageId: pkg.packageId,
      reviewer: pkg.reviewer,
      savedAt: '2026-11-22T10:00:00.000Z',
      generalRemark: 'Dank voor het pakket.',
      // In the package's order, each with the hash of the version reviewed.
      verdicts: [
        {
          agreementId: first,
          hash: pkg.agreements[0]!.hash,
          verdict: 'akkoord',
          remark: '',
          on: '2026-11-22',
        },
        {
          agreementId: second,
          hash: pkg.agreements[1]!.hash,
          verdict: 'opmerking',
          remark: hostile,
          on: '2026-11-22',
        },
        {
          agreementId: third,
          hash: pkg.agreements[2]!.hash,
          verdict: 'akkoord',
          remark: '',
          on: '2026-11-22',
        },
      ],
    });
    expectNoDatabase(out());
  });

  it('takes --akkoord more than once, and a general remark alone', async () => {
    const twice = await respond([...base(), '--akkoord', first!, '--akkoord', second!]);
    expect(twice.code).toBe(0);
    expect(twice.stdout).toContain('Reactie geschreven: 2 akkoord, 0 opmerkingen → ');
    const general = await respond([
      ...base(),
      '--general',
      'Geen bezwaren.',
      '--db',
      DB_ENV.REGIODOSSIER_DB,
    ]);
    expect(general.code).toBe(0);
    expect(general.stdout).toContain('Reactie geschreven: 0 akkoord, 0 opmerkingen → ');
    expectNoDatabase(out());
  });

  it('refuses a tampered package (exit 1) and writes nothing', async () => {
    const tampered = structuredClone(pkg);
    tampered.agreements[1]!.dekking = { granted: true, by: 'Niemand', on: null };
    const file = writeJsonFile(dir, 'tampered.regiodossier-beoordeling', tampered);
    const r = await respond([...base(file), '--akkoord', first!]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'Dit beoordelingspakket is veranderd nadat het is gemaakt: de controlecode klopt niet bij 1 afspraak. Vraag de afzender om een nieuw pakket. Er is geen reactie geschreven.',
    );
    expect(r.stderr).toContain(`  Valpreventie 2 (${second})`);
    expectNoDatabase(file);
  });

  it('refuses a reviewer other than the package’s (exit 1)', async () => {
    const r = await respond([
      pkgFile,
      '--reviewer-name',
      'Piet Bakker',
      '--akkoord',
      first!,
      '--out',
      out(),
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'Dit beoordelingspakket is voor Anna de Vries, niet voor Piet Bakker. Er is geen reactie geschreven.\n',
    );
    expectNoDatabase();
  });

  it('refuses unknown ids, contradictory and duplicate verdicts as wrong usage (exit 2)', async () => {
    const unknown = '10000000-0000-4000-8000-000000000099';
    const cases: [string[], string][] = [
      [
        ['--akkoord', `${first},${unknown}`],
        `Afspraak ${unknown} staat niet in dit beoordelingspakket. Er is geen reactie geschreven. Dit pakket bevat:\n  ${first}  Valpreventie 1\n`,
      ],
      [
        ['--akkoord', first!, '--remark', `${first}=Toch niet`],
        `Afspraak ${first} staat bij --akkoord én bij --remark; kies één oordeel per afspraak.`,
      ],
      [['--akkoord', `${first},${first}`], `Afspraak ${first} staat twee keer bij --akkoord.`],
      [
        ['--remark', `${first}=Eén`, '--remark', `${first}=Twee`],
        `Afspraak ${first} heeft twee keer --remark; geef één opmerking.`,
      ],
      [['--remark', `${first}=  `], `--remark ${first}: Schrijf uw opmerking.`],
      [['--remark', 'geen-is-teken'], '--remark verwacht <id>=<opmerking>.'],
      [['--akkoord', 'afspraak-1'], '--akkoord: "afspraak-1" is geen id van een afspraak.'],
      [
        ['--remark', `${first}=Escape \u001b[2J`],
        `--remark ${first}: De opmerking bevat een onzichtbaar stuurteken`,
      ],
      [
        ['--general', 'x'.repeat(5001)],
        '--general: Te lang: hoogstens 5000 tekens. Er is geen reactie geschreven.',
      ],
      [
        [],
        'Geef minstens één oordeel (--akkoord <ids> of --remark <id>=<opmerking>) of een algemene opmerking (--general <tekst>).',
      ],
      [['--akkoord', first!, '--region', 'X'], 'Optie --region hoort niet bij review-respond.'],
    ];
    for (const [args, message] of cases) {
      const r = await respond([...base(), ...args]);
      expect(r.stderr, args.join(' ')).toContain(message);
      expect(r.code, args.join(' ')).toBe(2);
    }
    expectNoDatabase();
  });

  it('refuses a truncated, foreign, oversized or missing package (exit 1)', async () => {
    const whole = fs.readFileSync(pkgFile, 'utf8');
    const truncated = path.join(dir, 'half.regiodossier-beoordeling');
    fs.writeFileSync(truncated, whole.slice(0, whole.length - 40));
    const foreign = writeJsonFile(dir, 'export.json', { format: 'regiodossier', version: 1 });
    const big = path.join(dir, 'groot.regiodossier-beoordeling');
    fs.writeFileSync(big, Buffer.alloc(REVIEW_FILE_MAX_BYTES + 1, 0x20));
    const cases: [string, string][] = [
      [
        truncated,
        'Dit bestand is beschadigd of onvolledig: het is geen leesbare JSON. Vraag de afzender het pakket opnieuw te sturen. Er is geen reactie geschreven.',
      ],
      [foreign, 'Dit is geen beoordelingspakket van Regiodossier. Er is geen reactie geschreven.'],
      [big, 'Dit bestand is te groot (5,1 MB): een beoordelingspakket is hoogstens 5 MB.'],
      [
        path.join(dir, 'weg.regiodossier-beoordeling'),
        'het bestaat niet. Er is geen reactie geschreven.',
      ],
      [dir, 'het is een map. Er is geen reactie geschreven.'],
    ];
    for (const [file, message] of cases) {
      const r = await respond([...base(file), '--akkoord', first!]);
      expect(r.stderr, file).toContain(message);
      expect(r.code, file).toBe(1);
    }
    expectNoDatabase(truncated, foreign, big);
  });

  it('refuses a missing --out, --reviewer-name or package as wrong usage (exit 2)', async () => {
    const cases: [string[], string][] = [
      [
        [pkgFile, '--reviewer-name', 'Anna de Vries', '--akkoord', first!],
        'Geef het bestand voor de reactie op met --out <bestand.regiodossier-reactie>.',
      ],
      [
        [pkgFile, '--akkoord', first!, '--out', out()],
        'Geef uw naam op met --reviewer-name <naam>.',
      ],
      [
        [pkgFile, '--akkoord', first!, '--out', out(), '--reviewer-name'],
        'Optie --reviewer-name verwacht een waarde.',
      ],
      [
        ['--reviewer-name', 'Anna de Vries', '--out', out()],
        'Opdracht review-respond mist het beoordelingspakket.',
      ],
    ];
    for (const [args, message] of cases) {
      const r = await respond(args);
      expect(r.stderr, args.join(' ')).toContain(message);
      expect(r.code, args.join(' ')).toBe(2);
    }
    const noFolder = await respond([
      pkgFile,
      '--reviewer-name',
      'Anna de Vries',
      '--akkoord',
      first!,
      '--out',
      path.join(dir, 'weg', 'r.json'),
    ]);
    expect(noFolder.code).toBe(1);
    expect(noFolder.stderr).toContain('Kan niet schrijven naar');
    expectNoDatabase();
  });

  it('is in the help', async () => {
    const help = await cli(['--help']);
    expect(help.stdout).toContain('review-respond <pakket> --reviewer-name <naam>');
  });
});
