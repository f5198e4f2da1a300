/**
 * Limits in the exchange format (issue 19): a history line's `changes` nested 10,000 deep gave
 * `internal`, 1,000 deep a misleading `conflict`, a 20 MB value was taken, and 10,000 agenda
 * items in one meeting took 22 s to import. Each is now refused before anything is written, with
 * code invalid_input, a Dutch message and the path; the app's own agenda.add, decisions.add and
 * actions.add stop at the same numbers.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ExchangeDocument } from '../../shared/exchange/schema';
import { MEETING_LIMITS } from '../../shared/meetingLimits';
import { makeApi, snapshotCounts, type TestApi } from '../fixtures/api';
import { meetingCounts, meetingDossier } from './exchangeMeetingsSeed';

const opened: TestApi[] = [];
async function open() {
  const api = await makeApi();
  opened.push(api);
  return api;
}
afterEach(() => {
  while (opened.length) opened.pop()!.close();
});

/** A whole dossier with meetings, exported, and an empty database to read it into. */
async function exported() {
  const source = await open();
  const world = meetingDossier(source);
  const doc = source.call('dossier.export', { regionId: null });
  return { source, world, doc, target: await open() };
}

/** Imports `document`, which must be refused as invalid input with nothing written. */
function refused(api: TestApi, document: unknown) {
  const before = { ...snapshotCounts(api), ...meetingCounts(api) };
  const error = api.fail('dossier.import', { document });
  expect(error.code).toBe('invalid_input');
  expect(error.message).toMatch(/niets veranderd/);
  expect({ ...snapshotCounts(api), ...meetingCounts(api) }).toEqual(before);
  expect(api.logged).toEqual([]);
  return error;
}

/** A value nested `depth` lists deep: [[[…]]]. */
const nested = (depth: number): unknown => {
  let v: unknown = 'kern';
  for (let i = 0; i < depth; i += 1) v = [v];
  return v;
};

/** The first history line of a region in the file, with `changes` replaced. */
function withChanges(doc: ExchangeDocument, changes: Record<string, unknown>) {
  const index = doc.auditLog.findIndex((e) => e.entity === 'region');
  doc.auditLog[index]!.changes = changes as ExchangeDocument['auditLog'][number]['changes'];
  return index;
}

describe('the changes of a history line', () => {
  it.each([10_000, 1_000, 21])('nested %i deep: refused with the path', async (depth) => {
    const { doc, target } = await exported();
    const i = withChanges(doc, { name: { from: null, to: nested(depth) } });
    expect(refused(target, doc).issues).toEqual([
      {
        path: `auditLog[${i}].changes.name.to`,
        message: 'Deze wijziging is te diep genest: hoogstens 20 niveaus van lijsten en objecten.',
      },
    ]);
  });

  it('a text of 20 MB, or just over 200,000 characters: refused', async () => {
    for (const length of [20 * 1024 * 1024, 200_001]) {
      const { doc, target } = await exported();
      const i = withChanges(doc, { name: { from: 'x'.repeat(length), to: 'Regio' } });
      expect(refused(target, doc).issues).toEqual([
        {
          path: `auditLog[${i}].changes.name.from`,
          message: 'Een tekst in deze wijziging is te lang: hoogstens 200.000 tekens.',
        },
      ]);
    }
  });

  it('one change larger than 1,000,000 characters, or more than 200 fields: refused', async () => {
    const { doc, target } = await exported();
    const big = Array.from({ length: 6 }, () => 'y'.repeat(100_000));
    const i = withChanges(doc, { name: { from: big, to: big } });
    expect(refused(target, doc).issues).toEqual([
      {
        path: `auditLog[${i}].changes.name`,
        message:
          'Deze wijziging is te groot: oude en nieuwe waarde samen hoogstens 1.000.000 tekens.',
      },
    ]);
    const many = Object.fromEntries(
      Array.from({ length: 201 }, (_, n) => [`veld${n}`, { from: null, to: n }]),
    );
    const again = await exported();
    const j = withChanges(again.doc, many);
    expect(refused(again.target, again.doc).issues).toEqual([
      {
        path: `auditLog[${j}].changes`,
        message: 'Te veel velden in één geschiedenisregel: 201, hoogstens 200.',
      },
    ]);
  });

  it('within the limits, as the app writes them and a little beyond: read in as they are', async () => {
    const { doc, target } = await exported();
    const value = { lijst: nested(18), tekst: 'z'.repeat(200_000) };
    const i = withChanges(doc, { name: { from: null, to: value } });
    const regionId = doc.auditLog[i]!.entityId;
    target.call('dossier.import', { document: doc });
    const stored = target.ctx.repos.db
      .prepare("SELECT changes FROM audit_log WHERE entity = 'region' AND entity_id = ?")
      .pluck()
      .all(regionId) as string[];
    const expected = JSON.stringify({ name: { from: null, to: value } });
    // Compared as text: a failure must not print 200,000 characters.
    expect(stored.filter((c) => c === expected)).toHaveLength(1);
  });
});

describe('the parts of one meeting', () => {
  it('more than 500 agenda items in one meeting: refused at the first beyond', async () => {
    const { doc, target, world } = await exported();
    const model = doc.agendaItems.find((i) => i.meetingId === world.meeting.id && !i.deletedAt)!;
    for (let n = 0; n < MEETING_LIMITS.agendaItems; n += 1) {
      doc.agendaItems.push({ ...model, id: crypto.randomUUID(), position: n + 10 });
    }
    const live = doc.agendaItems
      .map((item, index) => ({ item, index }))
      .filter(({ item }) => item.meetingId === world.meeting.id && !item.deletedAt);
    expect(refused(target, doc).issues).toEqual([
      {
        path: `agendaItems[${live[500]!.index}].meetingId`,
        message: `Een overleg heeft hoogstens 500 agendapunten. In dit bestand heeft overleg ${world.meeting.id} er meer.`,
      },
    ]);
  });

  it('more than 200 decisions or actions in one agenda item: refused', async () => {
    const { doc, target, world } = await exported();
    const decision = doc.decisions.find((d) => d.agendaItemId === world.item.id)!;
    const action = doc.actionItems.find((a) => a.agendaItemId === world.item.id)!;
    for (let n = 0; n < 200; n += 1) {
      doc.decisions.push({ ...decision, id: crypto.randomUUID(), position: n + 1 });
      doc.actionItems.push({ ...action, id: crypto.randomUUID(), position: n + 1 });
    }
    const { issues } = refused(target, doc);
    expect(issues).toEqual([
      {
        path: `decisions[${doc.decisions.length - 1}].agendaItemId`,
        message: `Een agendapunt heeft hoogstens 200 besluiten. In dit bestand heeft agendapunt ${world.item.id} er meer.`,
      },
      {
        path: `actionItems[${doc.actionItems.length - 1}].agendaItemId`,
        message: `Een agendapunt heeft hoogstens 200 actiepunten. In dit bestand heeft agendapunt ${world.item.id} er meer.`,
      },
    ]);
  });

  it('more invitees or linked agreements than the app allows: refused by the schema', async () => {
    const { doc, target } = await exported();
    const m = doc.meetings[0]!;
    m.attendees = Array.from({ length: 301 }, (_, n) => ({
      ...m.attendees.find((a) => a.contactId === null)!,
      id: crypto.randomUUID(),
      position: n,
    }));
    const issues = refused(target, doc).issues!;
    expect(issues).toContainEqual({
      path: 'meetings[0].attendees',
      message: 'Hoogstens 300 genodigden per overleg',
    });
  });
});

describe('the app stops at the same numbers', () => {
  it('agenda.add refuses the 501st agenda item of a meeting, in Dutch', async () => {
    const api = await open();
    const region = api.call('regions.create', { name: 'Friesland' });
    const meeting = api.call('meetings.create', {
      regionId: region.id,
      kind: 'werkgroep',
      title: 'Werkgroep',
      date: '2026-12-01',
      startTime: '10:00',
      endTime: '11:00',
    });
    for (let n = 0; n < MEETING_LIMITS.agendaItems; n += 1) {
      api.call('agenda.add', { meetingId: meeting.id, title: `Punt ${n + 1}` });
    }
    const before = api.count('agenda_item');
    const message = 'Een overleg heeft hoogstens 500 agendapunten. Er is niets toegevoegd.';
    expect(api.fail('agenda.add', { meetingId: meeting.id, title: 'Punt 501' })).toEqual({
      code: 'invalid_input',
      message,
      issues: [{ path: 'meetingId', message }],
    });
    expect(api.count('agenda_item')).toBe(before);
    // One in the Prullenbak makes room again.
    const first = api.call('meetings.get', { id: meeting.id }).agenda[0]!;
    api.call('agenda.delete', { id: first.id });
    api.call('agenda.add', { meetingId: meeting.id, title: 'Punt 501' });
  });

  it('decisions.add and actions.add refuse the 201st of an agenda item', async () => {
    const api = await open();
    const region = api.call('regions.create', { name: 'Friesland' });
    const meeting = api.call('meetings.create', {
      regionId: region.id,
      kind: 'werkgroep',
      title: 'Werkgroep',
      date: '2026-12-01',
      startTime: '10:00',
      endTime: '11:00',
    });
    const item = api.call('agenda.add', { meetingId: meeting.id, title: 'Besluiten' });
    for (let n = 0; n < 200; n += 1) {
      api.call('decisions.add', { agendaItemId: item.id, text: `Besluit ${n + 1}` });
      api.call('actions.add', { agendaItemId: item.id, text: `Actie ${n + 1}` });
    }
    expect(api.fail('decisions.add', { agendaItemId: item.id, text: 'Eén te veel' })).toMatchObject(
      {
        code: 'invalid_input',
        message: 'Een agendapunt heeft hoogstens 200 besluiten. Er is niets toegevoegd.',
      },
    );
    expect(api.fail('actions.add', { agendaItemId: item.id, text: 'Eén te veel' })).toMatchObject({
      code: 'invalid_input',
      message: 'Een agendapunt heeft hoogstens 200 actiepunten. Er is niets toegevoegd.',
    });
    expect(api.count('decision')).toBe(200);
    expect(api.count('action_item')).toBe(200);
  });
});
