/**
 * Issue 6 A: one "created" audit entry. The repositories, import (for records the file gives no
 * history), the demo and the generator write the same entry for the same record.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { generateData } from '../../electron/cli/generateData';
import type { ExchangeDocument } from '../../shared/exchange/schema';
import { FIXED_NOW, makeApi, type TestApi } from '../fixtures/api';
import { addContact, addParty, addRegion, addRole, themeId } from '../fixtures/register';

const opened: TestApi[] = [];
async function open() {
  const api = await makeApi();
  opened.push(api);
  return api;
}
afterEach(() => {
  while (opened.length) opened.pop()!.close();
});

type Entry = ExchangeDocument['auditLog'][number];
/**
 * The creation entries of records whose whole history is that one entry: a record changed later
 * (a role that ended, dekking granted afterwards) was created with other values than it has now,
 * which import cannot know.
 */
function creations(entries: Entry[]) {
  const key = (e: Entry) => `${e.entity}:${e.entityId}`;
  const lines = new Map<string, number>();
  for (const e of entries) lines.set(key(e), (lines.get(key(e)) ?? 0) + 1);
  return new Map(
    entries
      .filter((e) => e.action === 'create' && lines.get(key(e)) === 1)
      .map((e) => [key(e), e.changes]),
  );
}

/** Imports the document without its history and returns the creation entries import wrote. */
async function importedCreations(doc: ExchangeDocument) {
  const target = await open();
  target.call('dossier.import', { document: { ...doc, auditLog: [] } });
  return creations(target.call('dossier.export', { regionId: null }).auditLog);
}

describe('one creation entry', () => {
  it('the repositories and import write the same for the same records, agreements included', async () => {
    const api = await open();
    const region = addRegion(api, 'Regio Eem', { zorgkantoorNumber: 12, description: 'Oost' });
    const party = addParty(api, region.id, 'Gemeente Ëemdal');
    const other = addParty(api, null, 'Achmea', 'zorgverzekeraar');
    const anna = addContact(api, party.id, 'Anna de Vries', { function: 'Beleid', active: false });
    addRole(api, region.id, anna.id, 'bestuurlijk_aanspreekpunt', { mandate: 'Tekent' });
    const agreement = api.call('agreements.create', {
      regionId: region.id,
      title: 'Valpreventie',
      descriptionHtml: '<p>Samen</p>',
      themeIds: [themeId(api, 'Preventie'), themeId(api, 'Ouderen')],
      parties: [
        { partyId: other.id, role: 'financier' },
        { partyId: party.id, role: 'trekker' },
      ],
      ownerId: anna.id,
      financing: ['zvw', 'wmo'],
      startDate: '2026-01-01',
      nextEvaluation: '2027-01-15',
      confidential: true,
    });
    api.call('agreements.addProgress', {
      agreementId: agreement.id,
      on: '2026-06-01',
      text: 'Gestart.',
    });
    const doc = api.call('dossier.export', { regionId: null });
    const written = creations(doc.auditLog);
    const imported = await importedCreations(doc);
    for (const [key, changes] of written) {
      if (key.startsWith('theme:')) continue; // themes are matched by name, not inserted
      expect(imported.get(key), key).toEqual(changes);
    }
    expect(written.get(`agreement:${agreement.id}`)).toMatchObject({
      status: { from: null, to: 'concept' },
      themes: { from: null, to: ['Ouderen', 'Preventie'] },
      parties: { from: null, to: ['Achmea (financier)', 'Gemeente Ëemdal (trekker)'] },
      financing: { from: null, to: ['Wmo', 'Zvw'] },
    });
  });

  it('the demo and import write the same', async () => {
    const api = await open();
    api.call('dossier.loadDemo');
    const doc = api.call('dossier.export', { regionId: null });
    const demo = creations(doc.auditLog);
    const imported = await importedCreations(doc);
    for (const [key, changes] of demo) {
      if (key.startsWith('theme:') || key.startsWith('agreement:')) continue;
      expect(imported.get(key), key).toEqual(changes);
    }
  });

  it('the generator and import write the same', async () => {
    const target = await open();
    const themes = target.call('themes.list', {}).map((t) => ({ id: t.id, name: t.name }));
    const data = generateData({ profile: 'klein', seed: 7, now: FIXED_NOW, themes });
    const generated = creations(data.auditLog);
    target.call('dossier.import', {
      document: {
        format: 'regiodossier',
        version: 1,
        exportedAt: FIXED_NOW.toISOString(),
        regionId: null,
        ...data,
        auditLog: [],
      },
    });
    const imported = creations(target.call('dossier.export', { regionId: null }).auditLog);
    let compared = 0;
    for (const [key, changes] of generated) {
      if (key.startsWith('theme:')) continue;
      expect(imported.get(key), key).toEqual(changes);
      compared++;
    }
    expect(compared).toBeGreaterThan(100);
  });
});
