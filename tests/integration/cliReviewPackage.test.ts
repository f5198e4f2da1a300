/**
 * The review round trip on the command line (issue 23, item 5): review-package (with --html) →
 * review-respond → review-import; the same response twice adds nothing, a tampered one is refused
 * with nothing changed, a confidential agreement chosen by id is refused by name unless asked
 * for, and wrong usage exits 2.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseReviewPackage } from '../../shared/review/formats';
import { verifyPackageHashes } from '../../electron/review/hash';
import { makeApi } from '../fixtures/api';
import { cli, tempDir } from './cliHarness';

let dir: string;
let env: Record<string, string>;
beforeEach(async () => {
  dir = tempDir();
  env = { REGIODOSSIER_DB: path.join(dir, 'dossier.db'), REGIODOSSIER_USER: 'Piet Bakker' };
  expect((await cli(['demo'], env, dir)).code).toBe(0);
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Two live, not confidential agreements of the demo, and the reviews of the first. */
async function dossier() {
  const api = await makeApi(env.REGIODOSSIER_DB);
  try {
    const region = api.call('regions.list').find((r) => r.name === 'Regio Utrecht-Oost')!;
    const agreements = api
      .call('agreements.list', { regionId: region.id })
      .items.filter((a) => !a.confidential)
      .slice(0, 2);
    return {
      ids: agreements.map((a) => a.id),
      reviews: agreements.map((a) => api.call('agreements.get', { id: a.id }).reviews),
      packages: api.call('reviewPackages.list', { regionId: region.id }),
    };
  } finally {
    api.close();
  }
}

describe('cli review-package, review-respond, review-import', () => {
  it('goes round: package and page, a response, the reviews in the dossier; twice adds nothing', async () => {
    const { ids } = await dossier();
    const pkgFile = path.join(dir, 'pakket.regiodossier-beoordeling');
    const made = await cli(
      [
        'review-package',
        '--region',
        'Regio Utrecht-Oost',
        '--reviewer',
        'Hans Smit',
        '--agreements',
        ids.join(','),
        '--message',
        'Graag vóór het overleg.',
        '--reply-by',
        '15-12-2026',
        '--html',
        '--out',
        pkgFile,
      ],
      env,
      dir,
    );
    expect(made.stderr).toBe('');
    expect(made.stdout).toBe(
      `Beoordelingspakket voor Hans Smit geschreven: 2 afspraken → ${pkgFile} (en pakket.html)\n`,
    );
    const parsed = parseReviewPackage(fs.readFileSync(pkgFile, 'utf8'));
    if (!parsed.ok) throw new Error(parsed.message);
    expect(verifyPackageHashes(parsed.value)).toEqual([]);
    expect(parsed.value.replyBy).toBe('2026-12-15');
    expect(parsed.value.sender.name).toBe('Piet Bakker');
    const html = fs.readFileSync(path.join(dir, 'pakket.html'), 'utf8');
    expect(html).toContain('http-equiv="Content-Security-Policy"');
    expect(html).not.toMatch(/src="https?:/);

    const responseFile = path.join(dir, 'reactie.regiodossier-reactie');
    const responded = await cli(
      [
        'review-respond',
        pkgFile,
        '--reviewer-name',
        'Hans Smit',
        '--akkoord',
        ids[0]!,
        '--remark',
        `${ids[1]}=Graag de kosten erbij.`,
        '--out',
        responseFile,
      ],
      env,
      dir,
    );
    expect(responded.code).toBe(0);

    const read = await cli(['review-import', responseFile], env, dir);
    expect(read.stderr).toBe('');
    expect(read.stdout).toBe('Reactie van Hans Smit ingelezen: 2 oordelen toegevoegd.\n');
    const after = await dossier();
    expect(after.reviews[0]!.map((r) => [r.reviewerName, r.verdict])).toContainEqual([
      'Hans Smit',
      'akkoord',
    ]);
    expect(after.reviews[1]!.map((r) => r.remark)).toContain('Graag de kosten erbij.');
    expect(after.packages.packages[0]).toMatchObject({ responses: 1, agreements: 2 });

    const again = await cli(['review-import', responseFile], env, dir);
    expect(again.stdout).toBe(
      'Deze reactie van Hans Smit was al ingelezen; er is niets toegevoegd.\n',
    );
    expect((await dossier()).reviews).toEqual(after.reviews);

    const tampered = path.join(dir, 'gewijzigd.regiodossier-reactie');
    fs.writeFileSync(
      tampered,
      fs.readFileSync(responseFile, 'utf8').replace(/"hash": "[0-9a-f]{4}/, '"hash": "0000'),
    );
    const refused = await cli(['review-import', tampered], env, dir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('De controlecode bij');
    expect(refused.stderr).toContain('Er is niets ingelezen.');
    expect((await dossier()).reviews).toEqual(after.reviews);
  });

  it('says what is missing or wrong, with exit code 2', async () => {
    const out = path.join(dir, 'p.regiodossier-beoordeling');
    const run = (args: string[]) => cli(['review-package', ...args], env, dir);
    const noReviewer = await run(['--region', 'Regio Utrecht-Oost', '--out', out]);
    expect(noReviewer).toMatchObject({ code: 2 });
    expect(noReviewer.stderr).toContain('--reviewer <naam of id>');
    const badDate = await run([
      '--region',
      'Regio Utrecht-Oost',
      '--reviewer',
      'Hans Smit',
      '--reply-by',
      '31-02-2026',
      '--out',
      out,
    ]);
    expect(badDate).toMatchObject({ code: 2 });
    expect(badDate.stderr).toContain('--reply-by: "31-02-2026" is geen datum');
    expect((await cli(['review-import'], env, dir)).code).toBe(2);
    expect(fs.existsSync(out)).toBe(false);
  });

  it('refuses a confidential agreement chosen by id without --include-confidential', async () => {
    const api = await makeApi(env.REGIODOSSIER_DB);
    const region = api.call('regions.list').find((r) => r.name === 'Regio Utrecht-Oost')!;
    const items = api.call('agreements.list', { regionId: region.id }).items;
    const secret = items.find((a) => a.confidential)!;
    const ids = [items.find((a) => !a.confidential)!.id, secret.id].join(',');
    api.close();
    const out = path.join(dir, 'pakket.regiodossier-beoordeling');
    const args = ['review-package', '--region', 'Regio Utrecht-Oost', '--reviewer', 'Hans Smit'];
    const refused = await cli([...args, '--agreements', ids, '--out', out], env, dir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`Deze afspraak is vertrouwelijk: ‘${secret.title}’.`);
    expect(refused.stderr).toContain('Er is niets gemaakt.');
    expect(fs.existsSync(out)).toBe(false);
    expect((await dossier()).packages.packages).toHaveLength(0);

    const chosen = [...args, '--agreements', ids, '--include-confidential', '--out', out];
    const made = await cli(chosen, env, dir);
    expect(made.stdout).toContain('2 afspraken');
    expect((await dossier()).packages.packages).toHaveLength(1);
  });
});
