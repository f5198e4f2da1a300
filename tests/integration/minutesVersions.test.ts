import { beforeEach, describe, expect, it } from 'vitest';
import { makeApi, type TestApi } from '../fixtures/api';
import { seed, type World } from './agreementsSeed';

/** Vastgestelde notulen are read-only; a correction makes a new version with a reason. */
describe('approving and correcting minutes', () => {
  let api: TestApi;
  let w: World;
  beforeEach(async () => {
    api = await makeApi();
    w = seed(api);
  });

  it('approves, refuses every edit, corrects with a reason and keeps the approved text', () => {
    const m = api.call('meetings.create', {
      regionId: w.region.id,
      kind: 'bestuurlijk_regio_overleg',
      title: 'Bestuurlijk overleg',
      date: '2026-05-14',
      startTime: '10:00',
      endTime: '12:00',
    });
    const item = api.call('agenda.add', { meetingId: m.id, title: 'Valpreventie' });
    api.call('agenda.saveMinutes', {
      agendaItemId: item.id,
      minutesHtml: '<p>Eerste tekst.</p>',
      baseRevision: 0,
    });
    api.call('decisions.add', { agendaItemId: item.id, text: 'Akkoord' });
    const action = api.call('actions.add', { agendaItemId: item.id, text: 'Plan maken' });

    const early = api.fail('minutes.approve', {
      meetingId: m.id,
      approvedOn: '2026-05-01',
      approvedIn: 'Regio-overleg',
    });
    expect(early.issues?.[0]?.message).toBe(
      'De notulen kunnen niet vóór het overleg zelf (14 mei 2026) zijn vastgesteld.',
    );
    const approved = api.call('minutes.approve', {
      meetingId: m.id,
      approvedOn: '2026-11-12',
      approvedIn: 'Bestuurlijk regio-overleg van 12 november 2026',
    });
    expect(approved).toMatchObject({ minutesStatus: 'vastgesteld', approvedOn: '2026-11-12' });

    const refused = api.fail('agenda.saveMinutes', {
      agendaItemId: item.id,
      minutesHtml: '<p>Stiekem gewijzigd.</p>',
      baseRevision: 1,
    });
    expect(refused.code).toBe('conflict');
    expect(refused.message).toContain('Maak eerst een nieuwe versie');
    expect(api.fail('decisions.add', { agendaItemId: item.id, text: 'Nog een' }).code).toBe(
      'conflict',
    );
    expect(api.fail('agenda.add', { meetingId: m.id, title: 'Nog een punt' }).code).toBe(
      'conflict',
    );
    // Following up an action stays possible after approval.
    api.call('actions.setStatus', { id: action.id, status: 'afgerond', doneOn: '2026-12-01' });
    expect(api.call('meetings.get', { id: m.id }).agenda[0]!.minutesHtml).toBe(
      '<p>Eerste tekst.</p>',
    );
    expect(api.fail('minutes.correct', { meetingId: m.id, reason: ' ' }).issues?.[0]?.path).toBe(
      'reason',
    );

    const corrected = api.call('minutes.correct', {
      meetingId: m.id,
      reason: 'Naam van de wethouder verkeerd gespeld',
    });
    expect(corrected).toMatchObject({
      minutesStatus: 'concept',
      minutesVersion: 2,
      approvedOn: null,
    });
    api.call('agenda.saveMinutes', {
      agendaItemId: item.id,
      minutesHtml: '<p>Verbeterde tekst.</p>',
      baseRevision: 1,
    });

    const [v1] = api.call('minutes.versions', { id: m.id });
    expect(v1).toMatchObject({
      version: 1,
      approvedIn: 'Bestuurlijk regio-overleg van 12 november 2026',
      correctionReason: 'Naam van de wethouder verkeerd gespeld',
      actor: 'Anna de Vries (Gemeente Leeuwarden)',
    });
    expect(v1!.snapshot.agenda[0]).toMatchObject({
      title: 'Valpreventie',
      minutesHtml: '<p>Eerste tekst.</p>',
      decisions: ['Akkoord'],
    });
    api.call('minutes.approve', {
      meetingId: m.id,
      approvedOn: '2026-11-20',
      approvedIn: 'Per e-mail',
    });
    const versions = api.call('minutes.versions', { id: m.id });
    expect(versions.map((v) => [v.version, v.snapshot.agenda[0]!.minutesHtml])).toEqual([
      [2, '<p>Verbeterde tekst.</p>'],
      [1, '<p>Eerste tekst.</p>'],
    ]);
    expect(
      api.fail('minutes.approve', { meetingId: m.id, approvedOn: '2026-12-11', approvedIn: 'x' })
        .code,
    ).toBe('conflict');
  });
  it('refuses vaststellen before the meeting has taken place, and a date in the future', () => {
    const create = (date: string) =>
      api.call('meetings.create', {
        regionId: w.region.id,
        kind: 'bestuurlijk_regio_overleg',
        title: 'Bestuurlijk overleg',
        date,
        startTime: '10:00',
        endTime: '12:00',
      });
    const future = create('2026-12-10');
    const early = api.fail('minutes.approve', {
      meetingId: future.id,
      approvedOn: '2026-12-10',
      approvedIn: 'Regio-overleg',
    });
    expect(early).toMatchObject({
      code: 'conflict',
      message:
        'Dit overleg moet nog plaatsvinden (10 december 2026); de notulen kunnen pas daarna worden vastgesteld.',
    });
    // Today (22 november 2026) the meeting of today may be vastgesteld, but not on a later date.
    const todays = create('2026-11-22');
    const ahead = api.fail('minutes.approve', {
      meetingId: todays.id,
      approvedOn: '2026-11-23',
      approvedIn: 'Regio-overleg',
    });
    expect(ahead.issues).toEqual([
      {
        path: 'approvedOn',
        message: 'De datum van vaststelling kan niet later dan vandaag (22 november 2026) liggen.',
      },
    ]);
    expect(api.count('minutes_version')).toBe(0);
    expect(api.call('meetings.get', { id: todays.id }).minutesStatus).not.toBe('vastgesteld');
    api.call('minutes.approve', {
      meetingId: todays.id,
      approvedOn: '2026-11-22',
      approvedIn: 'Regio-overleg',
    });
    // In Dutch local time: at 23:30 UTC on 9 December it is already 10 December in Amsterdam.
    api.setNow(new Date('2026-12-09T23:30:00Z'));
    api.call('minutes.approve', {
      meetingId: future.id,
      approvedOn: '2026-12-10',
      approvedIn: 'Regio-overleg',
    });
    expect(api.count('minutes_version')).toBe(2);
  });
});
