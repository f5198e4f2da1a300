import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeApi, tempDir, type TestApi } from '../fixtures/api';
import { EMAIL, NAME, seedPerson } from './personErasureSeed';

/**
 * AVG erasure (issue 19, major 8): after a person is purged from the Prullenbak, their name and
 * e-mail address are nowhere in the file's bytes (database and write-ahead log, free pages
 * included), except in the free text the user chose to keep.
 */
const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

async function openFile() {
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup);
  const file = path.join(dir, 'dossier.db');
  const api = await makeApi(file);
  let closed = false;
  cleanups.push(() => {
    if (!closed) api.close();
  });
  return {
    api,
    file,
    /** Closes the dossier (a TRUNCATE checkpoint) and answers the bytes left on disk. */
    closeAndRead(): Buffer {
      api.close();
      closed = true;
      const wal = `${file}-wal`;
      return Buffer.concat([
        fs.readFileSync(file),
        fs.existsSync(wal) ? fs.readFileSync(wal) : Buffer.alloc(0),
      ]);
    },
  };
}

const occurrences = (bytes: Buffer, text: string) => {
  const needle = Buffer.from(text, 'utf8');
  let n = 0;
  for (let i = bytes.indexOf(needle); i >= 0; i = bytes.indexOf(needle, i + 1)) n += 1;
  return n;
};

const replaceAll = (api: TestApi, id: string) =>
  api.call('trash.mentions', { entity: 'contact', id }).map((m) => ({ key: m.key, replace: true }));

describe('purging a person', () => {
  it('leaves neither name nor e-mail address in the file when every mention is replaced', async () => {
    const { api, closeAndRead } = await openFile();
    const { ruud, decision, meeting, item } = seedPerson(api);
    api.call('trash.purge', { entity: 'contact', id: ruud.id, choices: replaceAll(api, ruud.id) });
    // An editor still open on the old notulen cannot write them back (its base is old).
    api.call('minutes.correct', { meetingId: meeting.id, reason: 'Aanvulling.' });
    expect(
      api.fail('agenda.saveMinutes', {
        agendaItemId: item.id,
        baseRevision: 1,
        minutesHtml: `<p>${NAME} was er.</p>`,
      }).code,
    ).toBe('conflict');

    // What stays is readable, with "[verwijderd]" where the person was.
    const detail = api.call('meetings.get', { id: meeting.id });
    expect(detail.agenda[0]!.decisions.find((d) => d.id === decision.id)!.text).toBe(
      '[verwijderd] werkt het plan uit.',
    );
    const [version] = api.call('minutes.versions', { id: meeting.id });
    expect(version!.actor).toBe('[verwijderd]');
    expect(version!.snapshot.attendees.map((a) => a.name)).toEqual([
      '[verwijderd]',
      '[verwijderd]',
      'Gast Gerda',
    ]);

    // The purge freed pages that held the name: they are in the bytes read below.
    expect(api.ctx.repos.db.pragma('freelist_count', { simple: true })).toBeGreaterThan(0);
    const bytes = closeAndRead();
    expect(occurrences(bytes, NAME)).toBe(0);
    expect(occurrences(bytes, EMAIL)).toBe(0);
    expect(occurrences(bytes, 'Gast Gerda')).toBeGreaterThan(0); // the check can find text
  });

  it('keeps the mentions the user chose to keep, and only those', async () => {
    const { api, closeAndRead } = await openFile();
    const { ruud, decision } = seedPerson(api);
    const mentions = api.call('trash.mentions', { entity: 'contact', id: ruud.id });
    expect(mentions.map((m) => m.kind)).toEqual(
      expect.arrayContaining([
        'notulen',
        'besluit',
        'actiepunt',
        'voortgangsbericht',
        'vastgestelde notulen',
        'persoon (notities)',
      ]),
    );
    const kept = mentions.find((m) => m.key === `decision.text:${decision.id}`)!;
    expect(kept).toMatchObject({ kind: 'besluit', excerpt: `${NAME} werkt het plan uit.` });
    api.call('trash.purge', {
      entity: 'contact',
      id: ruud.id,
      choices: mentions.map((m) => ({ key: m.key, replace: m.key !== kept.key })),
    });
    const bytes = closeAndRead();
    // The kept besluit (once in its row); its copies in the history are erased.
    expect(occurrences(bytes, `${NAME} werkt het plan uit.`)).toBe(1);
    expect(occurrences(bytes, NAME)).toBe(1);
    expect(occurrences(bytes, EMAIL)).toBe(0);
  });

  it('refuses without a choice for every mention, and changes nothing', async () => {
    const { api } = await openFile();
    const { ruud } = seedPerson(api);
    const audit = api.count('audit_log');
    expect(api.fail('trash.purge', { entity: 'contact', id: ruud.id })).toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/^De naam of het e-mailadres staat nog in vrije tekst/),
    });
    const [first, ...rest] = replaceAll(api, ruud.id);
    expect(
      api.fail('trash.purge', { entity: 'contact', id: ruud.id, choices: rest }).message,
    ).toMatch(/zijn veranderd sinds u ze zag/);
    expect(
      api.fail('trash.purge', {
        entity: 'contact',
        id: ruud.id,
        choices: [first, first, ...rest],
      }).code,
    ).toBe('invalid_input');
    expect(
      api.fail('trash.purge', {
        entity: 'contact',
        id: ruud.id,
        choices: [{ key: 'audit_log.changes; DROP TABLE x', replace: true }],
      }).code,
    ).toBe('invalid_input');
    expect(api.count('audit_log')).toBe(audit);
    expect(api.call('trash.list').map((t) => t.id)).toContain(ruud.id);
    expect(api.call('trash.mentions', { entity: 'contact', id: ruud.id })).toHaveLength(
      rest.length + 1,
    );
  });
});
