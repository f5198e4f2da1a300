import { afterEach, describe, expect, it } from 'vitest';
import {
  EXCHANGE_FORMAT,
  EXCHANGE_VERSION,
  type ExchangeDocument,
} from '../../shared/exchange/schema';
import { emptyCollections } from '../../shared/exchange/empty';
import { FIXED_NOW, makeApi, snapshotCounts, type TestApi } from '../fixtures/api';
import { addContact, addParty, addRegion, addRole } from '../fixtures/register';

const opened: TestApi[] = [];
async function open() {
  const api = await makeApi();
  opened.push(api);
  return api;
}
afterEach(() => {
  while (opened.length) opened.pop()!.close();
});

const AT = '2026-01-05T09:00:00.000Z';
const meta = (deletedAt: string | null = null) => ({
  id: crypto.randomUUID(),
  createdAt: AT,
  updatedAt: AT,
  deletedAt,
});

/** A small valid document without history: one region, one party taking part, one person. */
function smallDocument(): ExchangeDocument {
  const region = { ...meta(), name: 'Regio Eem', zorgkantoorNumber: null, description: '' };
  const party = { ...meta(), type: 'gemeente' as const, name: 'Gemeente Eemdal', notes: '' };
  const contact = {
    ...meta(),
    name: 'Jan Jansen',
    function: '',
    partyId: party.id,
    email: '',
    phone: '',
    notes: '',
    active: true,
  };
  return {
    format: EXCHANGE_FORMAT,
    version: EXCHANGE_VERSION,
    exportedAt: AT,
    regionId: null,
    ...emptyCollections(),
    regions: [region],
    parties: [party],
    regionMemberships: [
      {
        ...meta(),
        regionId: region.id,
        partyId: party.id,
        role: 'deelnemer',
        since: null,
        until: null,
      },
    ],
    contacts: [contact],
  };
}

describe('import: what check would flag is refused up front', () => {
  it('a trekker (thema) without a theme', async () => {
    const api = await open();
    const doc = smallDocument();
    doc.roleAssignments.push({
      ...meta(),
      regionId: doc.regions[0]!.id,
      contactId: doc.contacts[0]!.id,
      partyId: null,
      role: 'trekker_thema',
      themeId: null,
      mandate: '',
      since: null,
      until: null,
    });
    const error = api.fail('dossier.import', { document: doc });
    expect(error.code).toBe('invalid_input');
    expect(error.issues).toEqual([
      { path: 'roleAssignments[0].themeId', message: 'Een trekker (thema) heeft een thema nodig' },
    ]);
    expect(api.count('region')).toBe(0);
  });

  it('a deleted item whose trash group has no deleted root in the file or the database', async () => {
    const api = await open();
    const doc = smallDocument();
    const gone = { ...doc.contacts[0]!, ...meta(AT), name: 'Weg', trashGroup: doc.parties[0]!.id };
    doc.contacts.push(gone);
    const error = api.fail('dossier.import', { document: doc });
    expect(error).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: 'contacts[1].trashGroup', message: expect.stringMatching(/bestaat niet/) }],
    });
    // A root in the database is fine: the item joins that Prullenbak group.
    const party = addParty(api, null, 'Al verwijderd');
    api.call('parties.delete', { id: party.id });
    gone.trashGroup = party.id;
    gone.partyId = null;
    api.call('dossier.import', { document: doc });
    expect(api.call('trash.list').find((t) => t.id === party.id)?.includes).toBe('1 persoon');
  });

  it('any new problem the invariants find after inserting undoes the whole import', async () => {
    const api = await open();
    const db = api.ctx.repos.db;
    // Stands in for a rule the file checks do not know: the insert leaves the register broken.
    db.exec(`CREATE TEMP TRIGGER break_register AFTER INSERT ON contact BEGIN
      UPDATE party SET deleted_at = '2026-01-01T00:00:00.000Z' WHERE id = NEW.party_id; END`);
    const before = snapshotCounts(api);
    const error = api.fail('dossier.import', { document: smallDocument() });
    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatch(/^Het bestand is niet ingelezen; er is niets veranderd\./);
    expect(error.issues!.map((i) => i.message)).toContainEqual(
      expect.stringMatching(/Na het inlezen klopt dit niet: .*prullenbakgroep/),
    );
    expect(snapshotCounts(api)).toEqual(before);
    db.exec('DROP TRIGGER break_register');
    api.call('dossier.import', { document: smallDocument() });
  });

  it('problems that were already there do not block an import', async () => {
    const api = await open();
    const region = addRegion(api, 'Friesland');
    api.ctx.repos.db
      .prepare("UPDATE region SET description = 'x', deleted_at = ? WHERE id = ?")
      .run(AT, region.id); // deleted without trash group: a check problem
    api.call('dossier.import', { document: smallDocument() });
    expect(api.count('contact')).toBe(1);
  });
});

describe('import: history', () => {
  it('records without history get one creation entry by the importing user', async () => {
    const api = await open();
    api.call('settings.update', { userName: 'Anna de Vries', organisation: 'Gemeente Zeist' });
    const doc = smallDocument();
    const contact = doc.contacts[0]!;
    doc.auditLog.push({
      entity: 'contact',
      entityId: contact.id,
      action: 'create',
      at: AT,
      actor: 'Piet',
      changes: { name: { from: null, to: 'Jan Jansen' } },
    });
    api.call('dossier.import', { document: doc });
    const audit = api.ctx.repos.audit;
    expect(audit.forEntity('contact', contact.id).map((e) => e.actor)).toEqual(['Piet']);
    const [party] = audit.forEntity('party', doc.parties[0]!.id);
    expect(party).toMatchObject({
      action: 'create',
      actor: 'Anna de Vries (Gemeente Zeist) (import)',
      at: FIXED_NOW.toISOString(),
      changes: {
        type: { from: null, to: 'gemeente' },
        name: { from: null, to: 'Gemeente Eemdal' },
      },
    });
    // The settings change, Piet's entry (verbatim), region, party, membership, and the import
    // itself as one event
    expect(audit.all().map((e) => e.entity)).toEqual([
      'settings',
      'contact',
      'region',
      'party',
      'membership',
      'import',
    ]);
  });
});

describe('import: records that are already there', () => {
  it('two region exports that share a party can both be imported', async () => {
    const a = await open();
    const r1 = addRegion(a, 'Regio Eem');
    const r2 = addRegion(a, 'Regio Vallei');
    const party = addParty(a, r1.id, 'Zorgverzekeraar Zilverlinde', 'zorgverzekeraar');
    a.call('memberships.create', { regionId: r2.id, partyId: party.id, role: 'deelnemer' });
    const jan = addContact(a, party.id, 'Jan');
    addRole(a, r1.id, jan.id, 'bestuurlijk_aanspreekpunt');
    const eem = a.call('dossier.export', { regionId: r1.id });
    const vallei = a.call('dossier.export', { regionId: r2.id });

    const b = await open();
    b.call('dossier.import', { document: eem });
    const { counts } = b.call('dossier.import', { document: vallei });
    expect(counts).toMatchObject({
      regions: 1,
      regionMemberships: 1,
      parties: 0,
      contacts: 0,
      alreadyPresent: 2, // the party and Jan
    });
    // Their history is not doubled.
    expect(b.ctx.repos.audit.forEntity('party', party.id)).toHaveLength(
      a.ctx.repos.audit.forEntity('party', party.id).length,
    );
    // Together the two files hold everything: the same records and history as the source.
    const sorted = (doc: ExchangeDocument) => ({
      ...doc,
      exportedAt: '',
      auditLog: doc.auditLog.map((e) => JSON.stringify(e)).sort(),
    });
    expect(sorted(b.call('dossier.export', { regionId: null }))).toEqual(
      sorted(a.call('dossier.export', { regionId: null })),
    );
  });

  it('the same id with different content stays a conflict, with its path', async () => {
    const a = await open();
    const region = addRegion(a, 'Regio Eem');
    const doc = a.call('dossier.export', { regionId: region.id });
    doc.regions[0]!.description = 'Anders';
    const error = a.fail('dossier.import', { document: doc });
    expect(error.code).toBe('conflict');
    expect(error.issues).toEqual([
      {
        path: 'regions[0].id',
        message: `Regio met id ${region.id} bestaat al in deze database (met andere gegevens).`,
      },
    ]);
  });
});

describe('import: theme names', () => {
  it('match without regard to case beyond ASCII, as the theme screen does', async () => {
    const api = await open();
    addRegion(api, 'Friesland'); // the default themes
    const own = api.call('themes.create', { name: 'Éénzaamheid' });
    const doc = smallDocument();
    const theme = { ...meta(), name: 'ÉÉNZAAMHEID', archivedAt: null, sortOrder: 1 };
    doc.themes.push(theme);
    doc.roleAssignments.push({
      ...meta(),
      regionId: doc.regions[0]!.id,
      contactId: doc.contacts[0]!.id,
      partyId: null,
      role: 'trekker_thema',
      themeId: theme.id,
      mandate: '',
      since: null,
      until: null,
    });
    const themesBefore = api.count('theme');
    const { counts } = api.call('dossier.import', { document: doc });
    expect(counts).toMatchObject({ themes: 0, themesMatched: 1 });
    expect(api.count('theme')).toBe(themesBefore);
    expect(api.call('roles.list', { roles: ['trekker_thema'] })[0]!.themeId).toBe(own.id);
  });
});
