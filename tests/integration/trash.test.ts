import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeApi, snapshotCounts, tempDir, type TestApi } from '../fixtures/api';
import { addContact, addParty, addRegion, addRole, type RegionOut } from '../fixtures/register';

let api: TestApi;
let region: RegionOut;
beforeEach(async () => {
  api = await makeApi();
  region = addRegion(api, 'Friesland');
});
afterEach(() => api.close());

/** A party with 2 people, 3 roles and a membership; plus an outsider acting for the party. */
function seedParty(name = 'Leeuwarden') {
  const party = addParty(api, region.id, name);
  const anna = addContact(api, party.id, 'Anna');
  const bert = addContact(api, party.id, 'Bert');
  const eva = addContact(api, null, 'Eva Extern');
  addRole(api, region.id, anna.id, 'bestuurlijk_aanspreekpunt');
  addRole(api, region.id, bert.id, 'ambtelijk_aanspreekpunt');
  addRole(api, region.id, eva.id, 'secretaris', { partyId: party.id });
  return { party, anna, bert, eva };
}

const live = (table: string) =>
  (
    api.ctx.repos.db
      .prepare(`SELECT count(*) AS n FROM ${table} WHERE deleted_at IS NULL`)
      .get() as { n: number }
  ).n;

describe('party delete cascades', () => {
  it('impact counts and summary match what goes to the trash', () => {
    const { party } = seedParty();
    const impact = api.call('parties.deleteImpact', { id: party.id });
    expect(impact).toEqual({
      contacts: 2,
      roleAssignments: 3,
      memberships: 1,
      summary:
        'Partij Leeuwarden gaat naar de prullenbak, samen met 2 personen, 3 rollen en 1 deelname aan een regio. ' +
        'U kunt alles daar terugzetten.',
    });
    const auditBefore = api.count('audit_log');
    api.call('parties.delete', { id: party.id });
    expect(live('party')).toBe(0);
    expect(live('contact')).toBe(1); // Eva has no party
    expect(live('role_assignment')).toBe(0);
    expect(live('region_membership')).toBe(0);
    // one 'delete' audit row per item that moved
    const deletes = api.ctx.repos.audit.all().slice(auditBefore);
    expect(deletes.map((d) => d.action)).toEqual(Array(7).fill('delete'));
    expect(deletes.filter((d) => d.entity === 'roleAssignment')).toHaveLength(3);
  });

  it('trash.list shows only the root with an "includes" text', () => {
    const { party, anna } = seedParty();
    api.setNow(new Date('2026-11-22T11:00:00Z'));
    api.call('parties.delete', { id: party.id });
    expect(api.call('trash.list')).toEqual([
      {
        entity: 'party',
        id: party.id,
        label: 'Leeuwarden',
        deletedAt: '2026-11-22T11:00:00.000Z',
        includes: '2 personen, 3 rollen en 1 deelname aan een regio',
      },
    ]);
    // a child is not a root: it cannot be restored or purged on its own
    expect(api.fail('trash.restore', { entity: 'contact', id: anna.id })).toEqual({
      code: 'not_found',
      message: 'Dit item staat niet (meer) in de prullenbak.',
    });
    expect(api.fail('trash.purge', { entity: 'contact', id: anna.id }).code).toBe('not_found');
  });

  it('lists newest deletions first', () => {
    const a = addContact(api, null, 'Eerst');
    const b = addContact(api, null, 'Daarna');
    api.call('contacts.delete', { id: a.id });
    api.setNow(new Date('2026-11-22T12:00:00Z'));
    api.call('contacts.delete', { id: b.id });
    expect(api.call('trash.list').map((t) => [t.label, t.includes])).toEqual([
      ['Daarna', ''],
      ['Eerst', ''],
    ]);
  });
});

describe('restore', () => {
  it('brings the whole group back, with restore audit rows', () => {
    const { party } = seedParty();
    const before = api.call('roles.overview', { regionId: region.id });
    api.call('parties.delete', { id: party.id });
    expect(api.call('roles.overview', { regionId: region.id }).rows).toEqual([]);
    api.call('trash.restore', { entity: 'party', id: party.id });
    expect(api.call('roles.overview', { regionId: region.id })).toEqual(before);
    expect(api.call('contacts.list', { partyId: party.id }).map((c) => c.name)).toEqual([
      'Anna',
      'Bert',
    ]);
    expect(api.call('trash.list')).toEqual([]);
    const restores = api.ctx.repos.audit.all().filter((r) => r.action === 'restore');
    expect(restores).toHaveLength(7);
    expect(
      api.ctx.repos.db
        .prepare('SELECT count(*) AS n FROM party WHERE trash_group IS NOT NULL')
        .get(),
    ).toEqual({ n: 0 });
  });

  it('keeps separately deleted children in the trash when the parent comes back', () => {
    const { party, anna } = seedParty();
    api.call('contacts.delete', { id: anna.id });
    api.call('parties.delete', { id: party.id });
    api.call('trash.restore', { entity: 'party', id: party.id });
    expect(api.call('contacts.list', { partyId: party.id }).map((c) => c.name)).toEqual(['Bert']);
    expect(api.call('trash.list').map((t) => [t.label, t.includes])).toEqual([['Anna', '1 rol']]);
    api.call('trash.restore', { entity: 'contact', id: anna.id });
    expect(api.call('contacts.list', { partyId: party.id }).map((c) => c.name)).toEqual([
      'Anna',
      'Bert',
    ]);
  });

  it('restoring a contact whose party is still in the trash is a conflict naming the party', () => {
    const { party, anna } = seedParty();
    api.call('contacts.delete', { id: anna.id });
    api.call('parties.delete', { id: party.id });
    const before = snapshotCounts(api);
    expect(api.fail('trash.restore', { entity: 'contact', id: anna.id })).toEqual({
      code: 'conflict',
      message: 'Zet eerst Leeuwarden terug uit de prullenbak; dit item hoort daarbij.',
    });
    expect(snapshotCounts(api)).toEqual(before);
  });

  it('restoring a membership whose region is in the trash names the region', () => {
    const party = addParty(api, region.id, 'Leeuwarden');
    const [m] = api.call('parties.get', { id: party.id }).memberships;
    api.call('memberships.delete', { id: m!.id });
    api.call('regions.delete', { id: region.id });
    expect(api.fail('trash.restore', { entity: 'membership', id: m!.id }).message).toBe(
      'Zet eerst Regio Friesland terug uit de prullenbak; dit item hoort daarbij.',
    );
  });

  it('restore after a conflicting new membership is a conflict and changes nothing', () => {
    const { party } = seedParty();
    api.call('parties.delete', { id: party.id });
    // The API refuses memberships of a deleted party, so make the clash in SQL: the party's
    // restore is written first, then its membership hits the unique index.
    api.ctx.repos.db
      .prepare(
        `INSERT INTO region_membership (id, region_id, party_id, role, created_at, updated_at)
         VALUES (?, ?, ?, 'trekker', 'x', 'x')`,
      )
      .run(crypto.randomUUID(), region.id, party.id);
    const before = snapshotCounts(api);
    expect(api.fail('trash.restore', { entity: 'party', id: party.id })).toEqual({
      code: 'conflict',
      message:
        'Terugzetten kan niet: er bestaat inmiddels een gelijk item (bijvoorbeeld dezelfde deelname aan de regio).',
    });
    // the party's own restore (written before the clash) and its audit row are rolled back too
    expect(snapshotCounts(api)).toEqual(before);
    expect(api.fail('parties.get', { id: party.id }).code).toBe('not_found');
    expect(api.ctx.repos.audit.all().filter((r) => r.action === 'restore')).toEqual([]);
  });

  it('a membership deleted on its own clashes with a new membership of the same party', () => {
    const party = addParty(api, region.id, 'Leeuwarden');
    const [m] = api.call('parties.get', { id: party.id }).memberships;
    api.call('memberships.delete', { id: m!.id });
    api.call('memberships.create', { regionId: region.id, partyId: party.id, role: 'trekker' });
    const before = snapshotCounts(api);
    expect(api.fail('trash.restore', { entity: 'membership', id: m!.id }).code).toBe('conflict');
    expect(snapshotCounts(api)).toEqual(before);
  });
});

describe('purge', () => {
  it('removes the rows of the group and their audit rows, nothing else', () => {
    const { party, eva } = seedParty();
    const keep = addParty(api, region.id, 'Heerenveen');
    api.call('parties.delete', { id: party.id });
    api.call('trash.purge', { entity: 'party', id: party.id });
    expect(api.call('trash.list')).toEqual([]);
    const ids = (
      api.ctx.repos.db.prepare('SELECT DISTINCT entity_id FROM audit_log').all() as {
        entity_id: string;
      }[]
    ).map((r) => r.entity_id);
    expect(ids).not.toContain(party.id);
    expect(ids).toContain(keep.id);
    expect(ids).toContain(eva.id);
    expect(api.count('party')).toBe(1);
    expect(api.count('contact')).toBe(1);
    expect(api.count('role_assignment')).toBe(0);
    expect(api.count('region_membership')).toBe(1);
    expect(api.fail('trash.purge', { entity: 'party', id: party.id }).code).toBe('not_found');
  });

  it('leaves no trace of the purged group in the database file (secure delete)', async () => {
    const { dir, cleanup } = tempDir();
    const file = path.join(dir, 'dossier.db');
    const fileApi = await makeApi(file);
    try {
      const r = fileApi.call('regions.create', { name: 'Twente' });
      const secret = 'Zwanenburg-Qxyzzy';
      const party = fileApi.call('parties.create', {
        type: 'gemeente',
        name: `Gemeente ${secret}`,
        notes: `Notitie ${secret}`,
        membership: { regionId: r.id, role: 'deelnemer' },
      });
      const contact = fileApi.call('contacts.create', {
        name: `Jan ${secret}`,
        partyId: party.id,
        email: 'jan@qxyzzy.nl',
      });
      fileApi.call('roles.create', {
        regionId: r.id,
        contactId: contact.id,
        role: 'secretaris',
        mandate: secret,
      });
      fileApi.call('parties.update', {
        id: party.id,
        type: 'gemeente',
        name: `Gem. ${secret}`,
        notes: '',
      });
      for (let i = 0; i < 50; i++)
        fileApi.call('parties.create', { type: 'overig', name: `Vulling ${i}` });
      const db = fileApi.ctx.repos.db;
      db.pragma('wal_checkpoint(TRUNCATE)');
      const needles = [secret, 'zwanenburg qxyzzy', 'qxyzzy']; // as typed, and as search text
      const contains = () => {
        const bytes = Buffer.concat(
          [file, `${file}-wal`].filter((f) => fs.existsSync(f)).map((f) => fs.readFileSync(f)),
        );
        return needles.filter((n) => bytes.includes(Buffer.from(n, 'utf8')));
      };
      expect(contains()).toEqual(needles); // the check can see it while it is there

      fileApi.call('parties.delete', { id: party.id });
      fileApi.call('trash.purge', { entity: 'party', id: party.id });
      db.pragma('wal_checkpoint(TRUNCATE)');
      expect(contains()).toEqual([]);
      expect(fileApi.count('party')).toBe(50);
    } finally {
      fileApi.close();
      cleanup();
    }
  });
});
