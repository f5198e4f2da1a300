/**
 * Issue 7: the exchange format carries the overleggen — meetings with their invited people,
 * agenda items with minutes and linked agreements, decisions, actions, the vastgestelde versions
 * of the minutes and their history. Import refusals are in exchangeMeetingsImport.test.ts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { checkDatabase } from '../../db/check';
import type { ExchangeDocument } from '../../shared/exchange/schema';
import { makeApi, type TestApi } from '../fixtures/api';
import { meetingDossier } from './exchangeMeetingsSeed';

const opened: TestApi[] = [];
async function open() {
  const api = await makeApi();
  opened.push(api);
  return api;
}
afterEach(() => {
  while (opened.length) opened.pop()!.close();
});
const exportAll = (api: TestApi, regionId: string | null = null) =>
  api.call('dossier.export', { regionId });
const withoutTime = (doc: ExchangeDocument) => ({ ...doc, exportedAt: '' });
const MEETING_KINDS = ['meeting', 'agendaItem', 'decision', 'actionItem'];

describe('exchange format with meetings', () => {
  it('the demo dossier: export → import into an empty database → export gives the same', async () => {
    const a = await open();
    a.call('dossier.loadDemo');
    const first = exportAll(a);
    expect(first.meetings).toHaveLength(3);
    expect(first.agendaItems.length).toBeGreaterThan(8);
    expect(first.decisions).toHaveLength(2);
    expect(first.actionItems.filter((a) => a.agendaItemId !== null)).toHaveLength(3);
    // The demo's gespreksverslagen (issue 22) and their actiepunten come along.
    expect(first.conversations).toHaveLength(10);
    expect(first.conversations.filter((c) => c.survey !== null)).toHaveLength(5);
    expect(first.actionItems.filter((a) => a.conversationId !== null)).toHaveLength(4);
    expect(first.minutesVersions).toHaveLength(1);
    expect(first.meetings[0]!.attendees).toHaveLength(6);
    const kinds = new Set(first.auditLog.map((e) => e.entity));
    for (const kind of MEETING_KINDS) expect(kinds, kind).toContain(kind);

    const b = await open();
    const { counts } = b.call('dossier.import', { document: first });
    expect(counts).toMatchObject({
      meetings: 3,
      agendaItems: first.agendaItems.length,
      decisions: 2,
      actionItems: 7,
      conversations: 10,
      conversationVersions: 5,
      minutesVersions: 1,
      auditLog: first.auditLog.length,
    });
    expect(withoutTime(exportAll(b))).toEqual(withoutTime(first));
    expect(checkDatabase(b.ctx.repos.db)).toEqual([]);
  });

  it('carries everything about a meeting, the Prullenbak and decision links included', async () => {
    const a = await open();
    const { w, meeting, item, agreement, elsewhere } = meetingDossier(a);
    const first = exportAll(a);
    const exported = first.meetings.find((m) => m.id === meeting.id)!;
    expect(exported).toMatchObject({
      minutesStatus: 'vastgesteld',
      minutesVersion: 2,
      approvedIn: 'Overleg november',
      online: false,
    });
    expect(exported.attendees.map((x) => [x.position, x.guestName, x.attendance])).toEqual([
      [0, '', 'aanwezig'],
      [1, '', 'afgemeld'],
      [2, 'Karin de Gast', 'uitgenodigd'],
    ]);
    expect(first.agendaItems.find((i) => i.id === item.id)).toMatchObject({
      confidential: true,
      minutesHtml: '<p>Besproken: de <strong>cijfers</strong> van de valpreventie.</p>',
    });
    expect(first.minutesVersions.map((v) => [v.version, v.correctionReason])).toEqual([
      [1, 'Een naam was verkeerd gespeld.'],
      [2, ''],
    ]);
    expect(first.agendaItems.filter((i) => i.deletedAt !== null)).toHaveLength(2);
    expect(first.agreements.find((x) => x.id === agreement.id)!.decisionLinks).toHaveLength(1);
    expect(first.agreements.find((x) => x.id === elsewhere.id)!.decisionLinks).toHaveLength(1);

    const b = await open();
    b.call('dossier.import', { document: first });
    expect(withoutTime(exportAll(b))).toEqual(withoutTime(first));
    expect(checkDatabase(b.ctx.repos.db)).toEqual([]);

    // What the screens read back: the detail, the versions, the list's search, the minutes' text.
    const detail = b.call('meetings.get', { id: meeting.id });
    expect(detail.chairName).toBe('Els Smit');
    expect(detail.agenda.map((i) => i.title)).toEqual(['Valpreventie']);
    expect(detail.agenda[0]!.decisions.map((d) => d.text)).toEqual(['We gaan door.']);
    expect(detail.agenda[0]!.actions[0]).toMatchObject({
      status: 'afgerond',
      ownerName: 'Piet Zonder',
    });
    expect(b.call('minutes.versions', { id: meeting.id }).map((v) => v.version)).toEqual([2, 1]);
    expect(b.call('meetings.list', { regionId: w.region.id, search: 'leeuwarden' }).total).toBe(1);
    const text = b.ctx.repos.db
      .prepare('SELECT minutes_text FROM agenda_item WHERE id = ?')
      .pluck()
      .get(item.id);
    expect(text).toBe('Besproken: de cijfers van de valpreventie.');
    expect(b.call('agreements.get', { id: agreement.id }).decisionLinks).toHaveLength(1);
    expect(b.call('agreements.get', { id: elsewhere.id }).decisionLinks).toHaveLength(1);
    // The deleted meeting comes back from the Prullenbak with its agenda.
    const trashed = first.meetings.find((m) => m.deletedAt !== null)!;
    b.call('trash.restore', { entity: 'meeting', id: trashed.id });
    expect(b.call('meetings.get', { id: trashed.id }).agenda).toHaveLength(1);
  });

  it('exports one region with its meetings and the people they name, and nothing of another region', async () => {
    const a = await open();
    const { w, groningen, stad, chair, owner, henk, elsewhere } = meetingDossier(a);
    const doc = exportAll(a, w.region.id);
    expect(doc.meetings).toHaveLength(2);
    expect(doc.meetings.every((m) => m.regionId === w.region.id)).toBe(true);
    const items = new Set(doc.agendaItems.map((i) => i.id));
    expect(doc.decisions.every((d) => items.has(d.agendaItemId))).toBe(true);
    expect(doc.decisions).toHaveLength(1);
    const people = doc.contacts.map((c) => c.id);
    expect(people).toEqual(expect.arrayContaining([chair.id, owner.id]));
    expect(people).not.toContain(henk.id);
    expect(doc.parties.map((p) => p.id)).toContain(stad.id);
    expect(doc.regions.map((r) => r.id)).not.toContain(groningen.id);
    // Links to another region's agreement or decision stay out: the file holds neither.
    expect(doc.agendaItems.flatMap((i) => i.agreementIds)).not.toContain(elsewhere.id);
    expect(doc.agreements.flatMap((x) => x.decisionLinks)).toHaveLength(1);
    const ids = new Set(
      [...doc.meetings, ...doc.agendaItems, ...doc.decisions, ...doc.actionItems].map((r) => r.id),
    );
    const meetingHistory = doc.auditLog.filter((e) => MEETING_KINDS.includes(e.entity));
    expect(meetingHistory.length).toBeGreaterThan(0);
    expect(meetingHistory.every((e) => ids.has(e.entityId))).toBe(true);

    const b = await open();
    b.call('dossier.import', { document: doc });
    expect(withoutTime(exportAll(b, w.region.id))).toEqual(withoutTime(doc));
    expect(checkDatabase(b.ctx.repos.db)).toEqual([]);
  });

  it('still imports a version-1 file written before meetings were in it', async () => {
    const a = await open();
    meetingDossier(a);
    const doc = exportAll(a) as Partial<ExchangeDocument>;
    delete doc.meetings;
    delete doc.agendaItems;
    delete doc.decisions;
    delete doc.actionItems;
    delete doc.minutesVersions;
    doc.agreements = doc.agreements!.map((x) => ({ ...x, decisionLinks: [] }));
    doc.auditLog = doc.auditLog!.filter((e) => !MEETING_KINDS.includes(e.entity));
    const b = await open();
    const { counts } = b.call('dossier.import', { document: doc });
    expect(counts).toMatchObject({ regions: 2, agreements: 2, meetings: 0, minutesVersions: 0 });
    expect(exportAll(b).meetings).toEqual([]);
  });

  it('makes minutes safe, also in the vastgestelde versions, and gives history to records without', async () => {
    const a = await open();
    const { meeting, item } = meetingDossier(a);
    const doc = exportAll(a);
    const unsafe = '<p onclick="x()">Veilig</p><script>alert(1)</script><img src=x onerror=y>';
    doc.agendaItems.find((i) => i.id === item.id)!.minutesHtml = unsafe;
    doc.minutesVersions[0]!.snapshot.agenda[0]!.minutesHtml = unsafe;
    doc.auditLog = doc.auditLog.filter((e) => e.entity !== 'decision');
    const b = await open();
    b.call('settings.update', { userName: 'Bert Bakker', organisation: 'Gemeente Zeist' });
    b.call('dossier.import', { document: doc });
    expect(b.call('meetings.get', { id: meeting.id }).agenda[0]!.minutesHtml).toBe('<p>Veilig</p>');
    const versions = b.call('minutes.versions', { id: meeting.id });
    expect(versions.at(-1)!.snapshot.agenda[0]!.minutesHtml).toBe('<p>Veilig</p>');
    const decision = doc.decisions[0]!;
    expect(b.call('history.list', { entity: 'decision', id: decision.id })).toEqual([
      expect.objectContaining({
        action: 'create',
        actor: 'Bert Bakker (Gemeente Zeist) (import)',
        changes: { text: { from: null, to: decision.text }, position: { from: null, to: 0 } },
      }),
    ]);
  });
});
