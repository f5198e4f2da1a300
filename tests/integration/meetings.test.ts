import { beforeEach, describe, expect, it } from 'vitest';
import type { Input } from '../../shared/api/contract';
import { makeApi, type TestApi } from '../fixtures/api';
import { addContact } from '../fixtures/register';
import { agreementInput, seed, type World } from './agreementsSeed';

/** Overleggen: the meeting, its invitees and attendance, the ordered agenda and the minutes. */

const meetingInput = (w: World, extra: Partial<Input<'meetings.create'>> = {}) =>
  ({
    regionId: w.region.id,
    kind: 'voortgangsgesprek',
    title: 'Voortgangsgesprek najaar',
    date: '2026-11-12',
    startTime: '14:00',
    endTime: '16:00',
    location: 'Stadhuis Leeuwarden',
    chairId: w.owner.id,
    ...extra,
  }) satisfies Input<'meetings.create'>;

describe('meetings', () => {
  let api: TestApi;
  let w: World;
  beforeEach(async () => {
    api = await makeApi();
    w = seed(api);
  });

  it('creates a meeting, lists it newest first with filters, and records the creation', () => {
    const older = api.call('meetings.create', meetingInput(w, { date: '2026-05-14' }));
    const newer = api.call(
      'meetings.create',
      meetingInput(w, { kind: 'werkgroep', title: 'Werkgroep wonen', date: '2027-01-20' }),
    );
    const all = api.call('meetings.list', { regionId: w.region.id });
    expect(all.total).toBe(2);
    expect(all.items.map((m) => m.id)).toEqual([newer.id, older.id]);
    expect(all.items[1]).toMatchObject({
      agendaItems: 0,
      openActions: 0,
      minutesStatus: 'concept',
    });
    expect(api.call('meetings.list', { regionId: w.region.id, year: 2026 }).total).toBe(1);
    expect(
      api.call('meetings.list', { regionId: w.region.id, kind: 'werkgroep' }).items[0]!.id,
    ).toBe(newer.id);
    expect(api.call('meetings.list', { regionId: w.region.id, search: 'wonen' }).total).toBe(1);
    const history = api.ctx.repos.db
      .prepare("SELECT action, changes FROM audit_log WHERE entity = 'meeting' AND entity_id = ?")
      .all(older.id) as { action: string; changes: string }[];
    expect(history.map((h) => h.action)).toEqual(['create']);
    expect(JSON.parse(history[0]!.changes).title.to).toBe('Voortgangsgesprek najaar');
  });

  it('refuses a meeting without a date or ending before it starts, and stores nothing', () => {
    const noDate = api.fail('meetings.create', { ...meetingInput(w), date: null });
    expect(noDate.issues?.[0]).toMatchObject({
      path: 'date',
      message: 'Vul de datum van het overleg in',
    });
    const backwards = api.fail('meetings.create', meetingInput(w, { endTime: '13:30' }));
    expect(backwards.issues?.[0]).toMatchObject({
      path: 'endTime',
      message: 'De eindtijd moet na de begintijd liggen',
    });
    const badTime = api.fail('meetings.create', meetingInput(w, { startTime: '25:00' }));
    expect(badTime.issues?.[0]?.message).toContain('uu:mm');
    expect(api.call('meetings.list', { regionId: w.region.id }).total).toBe(0);
  });

  it('invites people and guests, records attendance, and audits who came', () => {
    const m = api.call('meetings.create', meetingInput(w));
    const piet = addContact(api, w.verzekeraar.id, 'Piet de Boer');
    const detail = api.call('meetings.setAttendees', {
      meetingId: m.id,
      attendees: [
        { contactId: w.owner.id },
        { contactId: piet.id, attendance: 'afgemeld' },
        { guestName: 'Fatima El Idrissi', guestEmail: 'f.elidrissi@movisie.nl' },
      ],
    });
    expect(detail.attendees.map((a) => [a.name, a.attendance, a.guest])).toEqual([
      ['Jan Jansen', 'uitgenodigd', false],
      ['Piet de Boer', 'afgemeld', false],
      ['Fatima El Idrissi', 'uitgenodigd', true],
    ]);
    api.call('meetings.setAttendance', {
      attendeeId: detail.attendees[0]!.id,
      attendance: 'aanwezig',
    });
    const after = api.call('meetings.get', { id: m.id });
    expect(after.attendees[0]!.attendance).toBe('aanwezig');
    expect(after.chairName).toBe('Jan Jansen');
    const last = api.ctx.repos.db
      .prepare(
        "SELECT changes FROM audit_log WHERE entity = 'meeting' AND entity_id = ? ORDER BY id DESC LIMIT 1",
      )
      .get(m.id) as { changes: string };
    expect(JSON.parse(last.changes).attendees.to).toContain('Jan Jansen (aanwezig)');

    const twice = api.fail('meetings.setAttendees', {
      meetingId: m.id,
      attendees: [{ contactId: piet.id }, { contactId: piet.id }],
    });
    expect(twice.issues?.[0]?.message).toBe('Deze persoon is al uitgenodigd');
    expect(api.call('meetings.get', { id: m.id }).attendees).toHaveLength(3);
  });

  it('keeps the agenda in order: add at a place, move, delete to the Prullenbak and restore', () => {
    const m = api.call('meetings.create', meetingInput(w));
    const agreement = api.call('agreements.create', agreementInput(w));
    const opening = api.call('agenda.add', { meetingId: m.id, title: 'Opening' });
    const valpreventie = api.call('agenda.add', {
      meetingId: m.id,
      title: 'Voortgang valpreventie',
      presenter: 'Jan Jansen',
      agreementIds: [agreement.id],
    });
    const rondvraag = api.call('agenda.add', { meetingId: m.id, title: 'Rondvraag' });
    api.call('agenda.add', { meetingId: m.id, title: 'Vaststellen agenda', position: 1 });
    const titles = () => api.call('meetings.get', { id: m.id }).agenda.map((i) => i.title);
    expect(titles()).toEqual([
      'Opening',
      'Vaststellen agenda',
      'Voortgang valpreventie',
      'Rondvraag',
    ]);
    expect(api.call('meetings.get', { id: m.id }).agenda[2]!.agreements).toEqual([
      { id: agreement.id, title: agreement.title },
    ]);

    api.call('agenda.move', { id: rondvraag.id, position: 0 });
    expect(titles()).toEqual([
      'Rondvraag',
      'Opening',
      'Vaststellen agenda',
      'Voortgang valpreventie',
    ]);
    api.call('agenda.move', { id: rondvraag.id, position: 99 });
    expect(titles().at(-1)).toBe('Rondvraag');

    api.call('agenda.delete', { id: valpreventie.id });
    expect(titles()).toEqual(['Opening', 'Vaststellen agenda', 'Rondvraag']);
    const trashed = api.call('trash.list').find((t) => t.id === valpreventie.id);
    expect(trashed?.label).toContain('Voortgang valpreventie');
    api.call('trash.restore', { entity: 'agendaItem', id: valpreventie.id });
    expect(titles()).toContain('Voortgang valpreventie');
    expect(api.fail('agenda.add', { meetingId: m.id, title: '' }).issues?.[0]?.path).toBe('title');
    expect(opening.position).toBe(0);
  });

  it('saves minutes sanitised, and deleting the meeting takes its agenda along', () => {
    const m = api.call('meetings.create', meetingInput(w));
    const item = api.call('agenda.add', { meetingId: m.id, title: 'Voortgang' });
    const saved = api.call('agenda.saveMinutes', {
      agendaItemId: item.id,
      minutesHtml:
        '<p style="color:red" onclick="x()">Besproken: <b>coördinatie</b><script>alert(1)</script></p><img src="x">',
      baseRevision: 0,
    });
    expect(saved.minutesHtml).toBe('<p>Besproken: <b>coördinatie</b></p>');
    expect(api.call('meetings.get', { id: m.id }).agenda[0]!.minutesHtml).toBe(saved.minutesHtml);

    expect(api.call('meetings.deleteImpact', { id: m.id }).summary).toBe(
      'Overleg ‘Voortgangsgesprek najaar’ gaat naar de prullenbak, samen met 1 agendapunt. U kunt alles daar terugzetten.',
    );
    api.call('meetings.delete', { id: m.id });
    expect(api.call('meetings.list', { regionId: w.region.id }).total).toBe(0);
    expect(
      api.fail('agenda.saveMinutes', {
        agendaItemId: item.id,
        minutesHtml: '<p>x</p>',
        baseRevision: 1,
      }).code,
    ).toBe('not_found');
    api.call('trash.restore', { entity: 'meeting', id: m.id });
    expect(api.call('meetings.get', { id: m.id }).agenda.map((i) => i.title)).toEqual([
      'Voortgang',
    ]);
  });
});

describe('a dossier with meetings in the exchange format (version 1)', () => {
  it('exports the meetings with their history and imports them elsewhere (exchangeMeetings.test.ts has the rest)', async () => {
    const api = await makeApi();
    const w = seed(api);
    const m = api.call('meetings.create', meetingInput(w));
    api.call('agenda.add', { meetingId: m.id, title: 'Opening' });
    const document = api.call('dossier.export', {});
    expect(document.meetings.map((x) => x.id)).toEqual([m.id]);
    expect(document.auditLog.some((e) => e.entity === 'meeting' && e.entityId === m.id)).toBe(true);
    const other = await makeApi();
    expect(other.call('dossier.import', { document }).counts).toMatchObject({
      meetings: 1,
      agendaItems: 1,
    });
    expect(other.call('meetings.get', { id: m.id }).agenda.map((i) => i.title)).toEqual([
      'Opening',
    ]);
  });
});
