import { beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../db/migrate';
import { Database } from '../../db/sqlite';
import { makeApi, type TestApi } from '../fixtures/api';
import { seed, type World } from './agreementsSeed';

/** Every minutes autosave names the revision it was based on; a stale base overwrites nothing. */
describe('minutes revisions', () => {
  let api: TestApi;
  let w: World;
  let meetingId: string;
  let itemId: string;
  beforeEach(async () => {
    api = await makeApi();
    w = seed(api);
    meetingId = api.call('meetings.create', {
      regionId: w.region.id,
      kind: 'bestuurlijk_regio_overleg',
      title: 'Bestuurlijk overleg',
      date: '2026-05-14',
      startTime: '10:00',
      endTime: '12:00',
    }).id;
    itemId = api.call('agenda.add', { meetingId, title: 'Valpreventie' }).id;
  });
  const save = (html: string, baseRevision: number) =>
    api.call('agenda.saveMinutes', { agendaItemId: itemId, minutesHtml: html, baseRevision });
  const stored = () => api.call('agenda.minutes', { id: itemId });

  it('counts saves, and each answer and the meeting name the revision', () => {
    expect(stored()).toEqual({ minutesHtml: '', minutesRevision: 0 });
    expect(save('<p>Een</p>', 0).minutesRevision).toBe(1);
    expect(save('<p>Een twee</p>', 1).minutesRevision).toBe(2);
    expect(stored()).toEqual({ minutesHtml: '<p>Een twee</p>', minutesRevision: 2 });
    expect(api.call('meetings.get', { id: meetingId }).agenda[0]).toMatchObject({
      minutesHtml: '<p>Een twee</p>',
      minutesRevision: 2,
    });
  });

  it('refuses a save on an older base in Dutch and keeps the newer text', () => {
    save('<p>Tekst uit venster A</p>', 0);
    const refused = api.fail('agenda.saveMinutes', {
      agendaItemId: itemId,
      minutesHtml: '<p>Tekst uit venster B</p>',
      baseRevision: 0,
    });
    expect(refused.code).toBe('conflict');
    expect(refused.message).toBe(
      'Deze notulen zijn intussen elders gewijzigd (in een ander venster of tabblad). Uw tekst is niet opgeslagen en er is niets overschreven: kies welke tekst blijft.',
    );
    expect(refused.issues?.[0]?.path).toBe('baseRevision');
    expect(stored()).toEqual({ minutesHtml: '<p>Tekst uit venster A</p>', minutesRevision: 1 });
    // A base from the future is no better than an old one.
    expect(
      api.fail('agenda.saveMinutes', {
        agendaItemId: itemId,
        minutesHtml: '<p>x</p>',
        baseRevision: 9,
      }).code,
    ).toBe('conflict');
    // After choosing, the save names the current revision and goes through.
    expect(save('<p>Tekst uit venster B</p>', 1).minutesRevision).toBe(2);
  });

  it('accepts the stored text again on any base: it overwrites nothing', () => {
    save('<p>Zelfde</p>', 0);
    expect(save('<p>Zelfde</p>', 0)).toMatchObject({ minutesRevision: 1 });
    expect(stored().minutesRevision).toBe(1);
  });

  it('requires the base: a save without it is invalid input and changes nothing', () => {
    const refused = api.fail('agenda.saveMinutes', {
      agendaItemId: itemId,
      minutesHtml: '<p>Zonder basis</p>',
    } as never);
    expect(refused.code).toBe('invalid_input');
    expect(stored()).toEqual({ minutesHtml: '', minutesRevision: 0 });
  });
});

describe('0008-minutes-revision', () => {
  it('gives existing minutes revision 0', () => {
    const db = new Database(':memory:');
    migrate(db, { target: 7 });
    const NOW = '2026-11-22T10:00:00.000Z';
    db.exec(`
      INSERT INTO region (id, name, created_at, updated_at) VALUES ('r1', 'Twente', '${NOW}', '${NOW}');
      INSERT INTO meeting (id, region_id, kind, title, date, start_time, end_time, created_at,
        updated_at) VALUES ('m1', 'r1', 'voortgangsgesprek', 'Overleg', '2026-11-12', '14:00',
        '16:00', '${NOW}', '${NOW}');
      INSERT INTO agenda_item (id, meeting_id, position, title, minutes_html, minutes_text,
        created_at, updated_at) VALUES ('i1', 'm1', 0, 'Punt', '<p>Oud</p>', 'Oud', '${NOW}', '${NOW}');
    `);
    migrate(db);
    expect(db.prepare('SELECT minutes_html, minutes_revision FROM agenda_item').all()).toEqual([
      { minutes_html: '<p>Oud</p>', minutes_revision: 0 },
    ]);
  });
});
