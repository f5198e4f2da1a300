/**
 * Every statement the app prepares that reads action_item starts from its source (the agenda
 * item, the verslag, the owner), never from all actions of the file. Without statistics SQLite
 * chose action_item_open (status) as the outer loop in several of them: on the groot profile
 * (200,000 actions of verslagen) a page of the overleggen took 13 s and a meeting's actions a
 * scan of every action. The planner decides without data here as it does on groot (there are no
 * statistics in either), so the plans of this small file are the plans of a large one.
 */
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeApi, type TestApi } from '../fixtures/api';
import { agreementInput, seed, type World } from './agreementsSeed';

const sources = new Set<string>();
const prepare = Database.prototype.prepare;

let api: TestApi;
let w: World;
beforeEach(async () => {
  sources.clear();
  Database.prototype.prepare = function (this: Database.Database, source: string) {
    sources.add(source);
    return prepare.call(this, source);
  } as typeof prepare;
  api = await makeApi();
  w = seed(api);
});
afterEach(() => {
  Database.prototype.prepare = prepare;
  api.close();
});

/** The plan of a statement, its parameters bound to null. */
function plan(source: string): string {
  const statement = prepare.call(api.ctx.repos.db, `EXPLAIN QUERY PLAN ${source}`) as {
    all: (...params: unknown[]) => unknown[];
  };
  const names = [...new Set([...source.matchAll(/[@:$]([A-Za-z_]\w*)/g)].map((m) => m[1]!))];
  const rows = (
    names.length
      ? statement.all(Object.fromEntries(names.map((n) => [n, null])))
      : statement.all(...Array<null>((source.match(/\?/g) ?? []).length).fill(null))
  ) as { detail: string }[];
  return rows.map((r) => r.detail).join(' | ');
}

describe('the query plans of the actiepunten', () => {
  it('never walk every action of the file', () => {
    const agreement = api.call('agreements.create', agreementInput(w));
    const meeting = api.call('meetings.create', {
      regionId: w.region.id,
      kind: 'voortgangsgesprek',
      title: 'Voorjaarsoverleg',
      date: '2026-03-01',
      startTime: '14:00',
      endTime: '16:00',
    });
    const item = api.call('agenda.add', { meetingId: meeting.id, title: 'Wonen' });
    api.call('actions.add', {
      agendaItemId: item.id,
      text: 'Woonvisie delen',
      ownerId: w.owner.id,
    });
    const verslag = api.call('conversations.create', {
      regionId: w.region.id,
      kind: 'evaluatiegesprek',
      title: 'Evaluatie',
      date: '2026-03-02',
      partyIds: [w.gemeente.id],
      agreementIds: [agreement.id],
    });
    api.call('actions.add', { conversationId: verslag.id, text: 'Terugbellen' });
    // The lists prepare their statements per shape of the filters: every shape in use.
    api.call('meetings.list', { regionId: w.region.id });
    api.call('meetings.get', { id: meeting.id });
    api.call('conversations.get', { id: verslag.id });
    for (const filter of [
      {},
      { kind: 'evaluatiegesprek' as const },
      { partyId: w.gemeente.id },
      { search: 'evaluatie' },
    ])
      api.call('conversations.list', { regionId: w.region.id, ...filter });
    api.call('conversations.list', { regionId: null, agreementId: agreement.id });
    for (const filter of [
      {},
      { status: null },
      { status: 'afgerond' as const },
      { overdue: true },
      { ownerId: w.owner.id },
      { partyId: w.gemeente.id },
      { themeId: w.ouderen },
      { source: 'overleg' as const },
      { source: 'verslag' as const },
      { search: 'woon' },
    ])
      api.call('actions.list', { regionId: w.region.id, ...filter });
    api.call('actions.mine', { regionId: w.region.id });
    api.call('handover.get', { contactId: w.owner.id });
    api.call('monitor.get', { regionId: w.region.id });

    const reads = [...sources].filter(
      (s) => /\baction_item\b/.test(s) && /^\s*(SELECT|WITH)\b/i.test(s),
    );
    expect(reads.length).toBeGreaterThan(10);
    const walking = reads
      .map((source) => ({ source: source.replace(/\s+/g, ' '), plan: plan(source) }))
      // Reading the Prullenbak's deleted actions through their own partial index is fine.
      .filter(({ plan }) =>
        /SCAN (action_item|a)\b(?! USING INDEX action_item_trash)|action_item_open \(status=\?\)/.test(
          plan,
        ),
      );
    expect(walking).toEqual([]);
  });
});
