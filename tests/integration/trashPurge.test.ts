import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runInTransaction } from '../../electron/api/dispatch';
import { makeApi, snapshotCounts, tempDir, type TestApi } from '../fixtures/api';
import { addContact, addParty, addRegion, addRole, themeId } from '../fixtures/register';

const opened: TestApi[] = [];
const cleanups: (() => void)[] = [];
async function open(file = ':memory:') {
  const api = await makeApi(file);
  opened.push(api);
  return api;
}
afterEach(() => {
  while (opened.length) opened.pop()!.close();
  while (cleanups.length) cleanups.pop()!();
});

describe('trash.purge refuses when other items still refer to the group', () => {
  it('a role in another Prullenbak group blocks purging its region (no cascade)', async () => {
    const api = await open();
    const region = addRegion(api, 'Friesland');
    const party = addParty(api, region.id, 'Leeuwarden');
    const anna = addContact(api, party.id, 'Anna de Vries');
    const role = addRole(api, region.id, anna.id, 'bestuurlijk_aanspreekpunt');
    api.call('contacts.delete', { id: anna.id }); // Anna and her role: one group
    api.call('regions.delete', { id: region.id }); // the region: another group
    const before = snapshotCounts(api);
    expect(api.fail('trash.purge', { entity: 'region', id: region.id })).toEqual({
      code: 'conflict',
      message:
        'Verwijder eerst ‘Anna de Vries’ definitief of zet het terug: het hoort bij dit item.',
    });
    // Nothing went: Anna's role and its history are still there.
    expect(snapshotCounts(api)).toEqual(before);
    expect(api.ctx.repos.roles.find(role.id)).not.toBeNull();
    expect(api.ctx.repos.audit.forEntity('roleAssignment', role.id)).not.toEqual([]);

    // Purging Anna first frees the region.
    api.call('trash.purge', { entity: 'contact', id: anna.id });
    api.call('trash.purge', { entity: 'region', id: region.id });
    expect(api.call('trash.list')).toEqual([]);
  });

  it('a person in another group blocks purging her party (no SET NULL)', async () => {
    const api = await open();
    const party = addParty(api, null, 'Leeuwarden');
    const bert = addContact(api, party.id, 'Bert');
    const eva = addContact(api, party.id, 'Eva');
    api.call('contacts.delete', { id: bert.id });
    api.call('contacts.delete', { id: eva.id });
    api.call('parties.delete', { id: party.id });
    expect(api.fail('trash.purge', { entity: 'party', id: party.id }).message).toBe(
      'Verwijder eerst ‘Bert’ en ‘Eva’ definitief of zet ze terug: ze horen bij dit item.',
    );
    expect(api.ctx.repos.contacts.find(bert.id)!.partyId).toBe(party.id);
  });

  it('a live item that refers to the group blocks as well', async () => {
    const api = await open();
    const region = addRegion(api, 'Friesland');
    const party = addParty(api, region.id, 'Leeuwarden');
    const anna = addContact(api, null, 'Anna de Vries');
    api.call('parties.delete', { id: party.id });
    // e.g. a file from an older version: a live person still pointing at the deleted party
    api.ctx.repos.db.prepare('UPDATE contact SET party_id = ? WHERE id = ?').run(party.id, anna.id);
    const before = snapshotCounts(api);
    expect(api.fail('trash.purge', { entity: 'party', id: party.id })).toEqual({
      code: 'conflict',
      message: '‘Anna de Vries’ verwijst nog naar dit item; pas dat eerst aan of verwijder het.',
    });
    expect(snapshotCounts(api)).toEqual(before);
    expect(api.ctx.repos.contacts.find(anna.id)!.partyId).toBe(party.id);
  });

  it('a role that leads a deleted theme blocks purging the theme', async () => {
    const api = await open();
    const region = addRegion(api, 'Friesland');
    const anna = addContact(api, null, 'Anna de Vries');
    const ggz = themeId(api, 'GGZ');
    addRole(api, region.id, anna.id, 'trekker_thema', { themeId: ggz });
    api.call('contacts.delete', { id: anna.id });
    api.ctx.repos.trash.softDelete('theme', ggz, { actor: 'test', now: new Date().toISOString() });
    expect(api.fail('trash.purge', { entity: 'theme', id: ggz }).message).toMatch(
      /^Verwijder eerst ‘Anna de Vries’ definitief/,
    );
  });
});

describe('trash labels', () => {
  it('use the shared Dutch role labels', async () => {
    const api = await open();
    const region = addRegion(api, 'Friesland');
    const anna = addContact(api, null, 'Anna');
    const role = addRole(api, region.id, anna.id, 'trekker_thema', {
      themeId: themeId(api, 'GGZ'),
    });
    const wethouder = addRole(api, region.id, anna.id, 'coordinerend_wethouder');
    api.call('roles.delete', { id: role.id });
    api.call('roles.delete', { id: wethouder.id });
    expect(
      api
        .call('trash.list')
        .map((t) => t.label)
        .sort(),
    ).toEqual(['Anna als coördinerend wethouder', 'Anna als trekker (thema)']);
  });
});

describe('after commit', () => {
  it('purge truncates the write-ahead log, so purged data does not linger there', async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const file = path.join(dir, 'dossier.db');
    const api = await open(file);
    const anna = addContact(api, null, 'Annabel Geheimnaam');
    api.call('contacts.delete', { id: anna.id });
    expect(fs.statSync(`${file}-wal`).size).toBeGreaterThan(0);
    api.call('trash.purge', { entity: 'contact', id: anna.id });
    expect(fs.statSync(`${file}-wal`).size).toBe(0);
    expect(fs.readFileSync(file).includes('Annabel Geheimnaam')).toBe(false);
  });

  it('hooks run after the commit, in order, and never after a rollback', async () => {
    const api = await open();
    const ran: string[] = [];
    runInTransaction(api.ctx, (ctx) => {
      ctx.afterCommit(() => ran.push(`first, in transaction: ${api.ctx.repos.db.inTransaction}`));
      ctx.afterCommit(() => ran.push('second'));
      expect(ran).toEqual([]);
    });
    expect(ran).toEqual(['first, in transaction: false', 'second']);

    ran.length = 0;
    expect(() =>
      runInTransaction(api.ctx, (ctx) => {
        ctx.afterCommit(() => ran.push('never'));
        throw new Error('rollback');
      }),
    ).toThrow('rollback');
    expect(ran).toEqual([]);
  });
});
