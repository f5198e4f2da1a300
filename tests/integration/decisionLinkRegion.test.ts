/**
 * A besluit makes or changes only afspraken of its own region (issue 19, major 7): the API
 * refused a link across regions, the import took one, and `check` did not see one. One rule
 * (shared/decisionLinkRule.ts) for all three.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkDatabase } from '../../db/check';
import type { ExchangeDocument } from '../../shared/exchange/schema';
import { makeApi, type TestApi } from '../fixtures/api';
import { cli, tempDir } from './cliHarness';
import { meetingCounts, meetingDossier } from './exchangeMeetingsSeed';

const MESSAGE = 'Deze afspraak hoort bij een andere regio dan het overleg van dit besluit.';

const opened: TestApi[] = [];
async function open(file?: string) {
  const api = await makeApi(file);
  opened.push(api);
  return api;
}
const dirs: string[] = [];
afterEach(() => {
  while (opened.length) opened.pop()!.close();
  while (dirs.length) fs.rmSync(dirs.pop()!, { recursive: true, force: true });
});

/** The seed: Friesland's agreement and besluit, Groningen's agreement ("elsewhere") and besluit. */
async function world(file?: string) {
  const api = await open(file);
  return { api, ...meetingDossier(api) };
}

const onlyLists = (doc: ExchangeDocument, lists: Partial<ExchangeDocument>): ExchangeDocument =>
  ({
    ...doc,
    ...Object.fromEntries(
      Object.entries(doc)
        .filter(([, v]) => Array.isArray(v))
        .map(([k]) => [k, []]),
    ),
    ...lists,
  }) as ExchangeDocument;

describe('a besluit linked to an afspraak of another region', () => {
  it('is refused by the import, with the path, when both are in the file', async () => {
    const { api, elsewhere, decision } = await world();
    const doc = api.call('dossier.export', { regionId: null });
    const index = doc.agreements.findIndex((a) => a.id === elsewhere.id);
    doc.agreements[index]!.decisionLinks.push({ decisionId: decision.id, kind: 'changed' });
    const target = await open();
    const before = meetingCounts(target);
    const error = target.fail('dossier.import', { document: doc });
    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatch(/niets veranderd/);
    expect(error.issues).toEqual([
      {
        path: `agreements[${index}].decisionLinks[1].decisionId`,
        message: `Besluit ${decision.id}: ${MESSAGE}`,
      },
    ]);
    expect(meetingCounts(target)).toEqual(before);
  });

  it('is refused by the import when the besluit is already in the database', async () => {
    const { api, elsewhere, decision } = await world();
    const doc = api.call('dossier.export', { regionId: null });
    const copy = structuredClone(doc.agreements.find((a) => a.id === elsewhere.id)!);
    copy.id = crypto.randomUUID();
    copy.decisionLinks = [{ decisionId: decision.id, kind: 'changed' }];
    const changes = doc.agreementStatusChanges
      .filter((c) => c.agreementId === elsewhere.id)
      .map((c) => ({ ...c, id: crypto.randomUUID(), agreementId: copy.id }));
    const only = onlyLists(doc, { agreements: [copy], agreementStatusChanges: changes });
    const links = api.count('agreement_decision_link');
    const error = api.fail('dossier.import', { document: only });
    expect(error.issues).toEqual([
      {
        path: 'agreements[0].decisionLinks[0].decisionId',
        message: `Besluit ${decision.id}: ${MESSAGE}`,
      },
    ]);
    expect(api.count('agreement_decision_link')).toBe(links);
    // The same agreement with a besluit of its own region is taken.
    copy.decisionLinks = [];
    expect(api.call('dossier.import', { document: only }).counts.agreements).toBe(1);
  });

  it('is still refused by the API', async () => {
    const { api, elsewhere, decision } = await world();
    const before = api.call('agreements.get', { id: elsewhere.id });
    const error = api.fail('decisions.applyToAgreement', {
      decisionId: decision.id,
      agreementId: elsewhere.id,
      dekking: true,
    });
    expect(error).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: 'agreementId', message: MESSAGE }],
    });
    expect(api.call('agreements.get', { id: elsewhere.id })).toEqual(before);
  });

  it('written by raw SQL, is reported by check (and the CLI exits with 1)', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const file = path.join(dir, 'dossier.db');
    const { api, elsewhere, decision } = await world(file);
    expect(checkDatabase(api.ctx.repos.db)).toEqual([]);
    api.ctx.repos.db
      .prepare(
        "INSERT INTO agreement_decision_link (agreement_id, decision_id, kind) VALUES (?, ?, 'changed')",
      )
      .run(elsewhere.id, decision.id);
    expect(checkDatabase(api.ctx.repos.db)).toEqual([
      {
        rule: 'decision_link_region',
        message: `Afspraak Crisiszorg Groningen (${elsewhere.id}) is gekoppeld aan besluit ${decision.id}: ${MESSAGE}`,
      },
    ]);
    opened.pop()!.close();
    const check = await cli(['--db', file, 'check']);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain(MESSAGE);
  });
});
