import { afterEach, describe, expect, it } from 'vitest';
import { createApi, type Api } from '../../electron/api/createApi';
import type { ExchangeDocument } from '../../shared/exchange/schema';

const NOW = new Date('2026-11-22T10:00:00.000Z');
const opened: Api[] = [];
async function api() {
  // A clock that ticks one second per call, so creation order is also timestamp order.
  let tick = 0;
  const clock = () => new Date(NOW.getTime() + tick++ * 1000);
  const a = await createApi(':memory:', { clock, logError: () => {} });
  opened.push(a);
  return a;
}
afterEach(() => {
  while (opened.length) opened.pop()!.close();
});

function value<T>(result: ReturnType<Api['invoke']>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}
const exportAll = (a: Api, regionId: string | null = null) =>
  value<ExchangeDocument>(a.invoke('dossier.export', { regionId }));
const withoutTime = (doc: ExchangeDocument) => ({ ...doc, exportedAt: '' });

/** A database with two regions, a deleted party (with its people) and an ended role. */
async function filled() {
  const a = await api();
  value(a.invoke('settings.update', { userName: 'Anna de Vries', organisation: 'Gemeente Zeist' }));
  const r1 = value<{ id: string }>(
    a.invoke('regions.create', { name: 'Regio Eem', zorgkantoorNumber: 12 }),
  );
  const r2 = value<{ id: string }>(a.invoke('regions.create', { name: 'Regio Vallei' }));
  const p1 = value<{ id: string }>(
    a.invoke('parties.create', {
      type: 'gemeente',
      name: 'Gemeente Ëemdal',
      membership: { regionId: r1.id, role: 'trekker' },
    }),
  );
  const p2 = value<{ id: string }>(
    a.invoke('parties.create', {
      type: 'ggd',
      name: 'GGD Vallei',
      membership: { regionId: r2.id, role: 'deelnemer' },
    }),
  );
  const gone = value<{ id: string }>(
    a.invoke('parties.create', {
      type: 'welzijn',
      name: 'Welzijn Weg',
      membership: { regionId: r1.id, role: 'deelnemer' },
    }),
  );
  const c1 = value<{ id: string }>(
    a.invoke('contacts.create', {
      name: 'Jan Jansen',
      function: 'wethouder',
      partyId: p1.id,
      email: 'jan@eemdal.nl',
    }),
  );
  const c2 = value<{ id: string }>(
    a.invoke('contacts.create', { name: 'Els Smit', partyId: p2.id }),
  );
  value(a.invoke('contacts.create', { name: 'Piet Weg', partyId: gone.id }));
  const theme = value<{ id: string }[]>(a.invoke('themes.list', {}))[0]!;
  // c2 (GGD Vallei) holds a role in Regio Eem: the region export must still be self-contained.
  value(
    a.invoke('roles.create', {
      regionId: r1.id,
      contactId: c2.id,
      role: 'trekker_thema',
      themeId: theme.id,
    }),
  );
  const role = value<{ id: string }>(
    a.invoke('roles.create', {
      regionId: r1.id,
      contactId: c1.id,
      role: 'bestuurlijk_aanspreekpunt',
      since: '2025-01-01',
    }),
  );
  value(a.invoke('roles.end', { id: role.id, until: '2026-06-01' }));
  value(a.invoke('parties.delete', { id: gone.id }));
  return { a, r1, r2, p1, p2, c1, c2, gone };
}

describe('dossier.export / dossier.import round trip', () => {
  it('export → import into an empty database → export gives the same content', async () => {
    const { a } = await filled();
    const first = exportAll(a);
    expect(first.format).toBe('regiodossier');
    expect(first.parties.find((p) => p.name === 'Welzijn Weg')?.deletedAt).not.toBeNull();

    const b = await api();
    const { counts } = value<{ counts: Record<string, number> }>(
      b.invoke('dossier.import', { document: first }),
    );
    expect(counts).toMatchObject({
      regions: 2,
      parties: 3,
      contacts: 3,
      roleAssignments: 2,
      themes: 7,
    });
    expect(withoutTime(exportAll(b))).toEqual(withoutTime(first));
    // Audit entries came in verbatim, no extra entries.
    expect(exportAll(b).auditLog).toHaveLength(first.auditLog.length);
  });

  it('keeps trash groups, search text and the current region', async () => {
    const { a, r1, gone } = await filled();
    const b = await api();
    value(b.invoke('dossier.import', { document: exportAll(a) }));
    expect(value<{ currentRegionId: string }>(b.invoke('settings.get', {})).currentRegionId).toBe(
      r1.id,
    );
    // search_text is computed: diacritics-insensitive search finds "Gemeente Ëemdal".
    const found = value<{ name: string }[]>(b.invoke('parties.list', { search: 'eemdal' }));
    expect(found.map((p) => p.name)).toEqual(['Gemeente Ëemdal']);
    const contacts = value<{ name: string }[]>(b.invoke('contacts.list', { search: 'jan@eemdal' }));
    expect(contacts.map((c) => c.name)).toEqual(['Jan Jansen']);
    // The deleted party comes back with its person, as one group.
    const trash = value<{ id: string; includes: string }[]>(b.invoke('trash.list', {}));
    expect(trash.map((t) => t.id)).toEqual([gone.id]);
    value(b.invoke('trash.restore', { entity: 'party', id: gone.id }));
    expect(value<{ name: string }[]>(b.invoke('contacts.list', { search: 'piet' }))).toHaveLength(
      1,
    );
  });

  it('exports one region with what it needs, and that file imports into an empty database', async () => {
    const { a, r1, r2, p2, c2 } = await filled();
    const doc = exportAll(a, r1.id);
    expect(doc.regionId).toBe(r1.id);
    expect(doc.regions.map((r) => r.id)).toEqual([r1.id]);
    expect(doc.regionMemberships.every((m) => m.regionId === r1.id)).toBe(true);
    expect(doc.contacts.map((c) => c.id)).toContain(c2.id);
    expect(doc.parties.map((p) => p.id)).toContain(p2.id);
    expect(doc.themes).toHaveLength(7);
    expect(doc.auditLog.some((e) => e.entityId === r2.id)).toBe(false);
    expect(doc.auditLog.some((e) => e.entityId === r1.id)).toBe(true);

    const b = await api();
    value(b.invoke('dossier.import', { document: doc }));
    expect(withoutTime(exportAll(b, r1.id))).toEqual(withoutTime(doc));
  });

  it('refuses an unknown region id', async () => {
    const a = await api();
    const result = a.invoke('dossier.export', { regionId: crypto.randomUUID() });
    expect(result.ok ? null : result.error.code).toBe('not_found');
  });
});

describe('dossier.import validation', () => {
  it('reports every schema problem with its JSON path and writes nothing', async () => {
    const { a } = await filled();
    const doc = structuredClone(exportAll(a)) as unknown as {
      parties: Record<string, unknown>[];
      regions: Record<string, unknown>[];
    };
    doc.parties[2]!.type = 'bakkerij';
    delete doc.regions[0]!.name;
    const b = await api();
    const result = b.invoke('dossier.import', { document: doc });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid_input');
    const paths = result.error.issues!.map((i) => i.path);
    expect(paths).toContain('parties[2].type');
    expect(paths).toContain('regions[0].name');
    expect(result.error.message).toMatch(/niets veranderd/);
    expect(value<unknown[]>(b.invoke('regions.list', {}))).toEqual([]);
  });

  it('refuses a file that is not an exchange document', async () => {
    const b = await api();
    const result = b.invoke('dossier.import', { document: { format: 'iets anders', version: 1 } });
    expect(!result.ok && result.error.issues?.find((i) => i.path === 'format')?.message).toBe(
      'Dit is geen Regiodossier-uitwisselbestand',
    );
  });

  it('checks references inside the file and the database, all or nothing', async () => {
    const { a } = await filled();
    const doc = exportAll(a);
    doc.roleAssignments[0]!.contactId = crypto.randomUUID();
    doc.contacts[1]!.partyId = crypto.randomUUID();
    const b = await api();
    const result = b.invoke('dossier.import', { document: doc });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.issues!.map((i) => i.path)).toEqual(
      expect.arrayContaining(['roleAssignments[0].contactId', 'contacts[1].partyId']),
    );
    expect(result.error.issues!.find((i) => i.path === 'contacts[1].partyId')?.message).toMatch(
      /staat niet in het bestand en ook niet in deze database/,
    );
    expect(exportAll(b).auditLog).toEqual([]);
  });

  it('accepts references to rows already in the database', async () => {
    const { a, r1, p1 } = await filled();
    const membership = {
      id: crypto.randomUUID(),
      createdAt: NOW.toISOString(),
      updatedAt: NOW.toISOString(),
      deletedAt: null,
      regionId: r1.id,
      partyId: p1.id,
      role: 'deelnemer' as const,
      since: null,
      until: null,
    };
    const empty = {
      ...exportAll(a),
      regions: [],
      parties: [],
      contacts: [],
      roleAssignments: [],
      themes: [],
      auditLog: [],
    };
    // p1 is already a member of r1: a second live membership is a conflict.
    const dup = a.invoke('dossier.import', {
      document: { ...empty, regionMemberships: [membership] },
    });
    expect(!dup.ok && dup.error.code).toBe('conflict');
    const { r2 } = {
      r2: value<{ id: string }[]>(a.invoke('regions.list', {})).find((r) => r.id !== r1.id)!,
    };
    const fresh = { ...membership, regionId: r2.id };
    const result = a.invoke('dossier.import', {
      document: { ...empty, regionMemberships: [fresh] },
    });
    expect(result.ok).toBe(true);
  });

  it('reports id collisions with existing rows that differ, with paths', async () => {
    const { a } = await filled();
    const doc = exportAll(a);
    doc.regions[0]!.name = 'Andere naam';
    const result = a.invoke('dossier.import', { document: doc });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('conflict');
    expect(result.error.issues).toContainEqual({
      path: 'regions[0].id',
      message: expect.stringMatching(/bestaat al in deze database/),
    });
  });

  it('matches themes by name (case-insensitive) and remaps references', async () => {
    const { a } = await filled();
    const doc = exportAll(a, value<{ id: string }[]>(a.invoke('regions.list', {}))[0]!.id);
    for (const t of doc.themes) {
      t.id = crypto.randomUUID();
      t.name = t.name.toUpperCase();
    }
    const ouderen = doc.themes.find((t) => t.name === 'OUDEREN')!;
    doc.roleAssignments.forEach((r) => {
      if (r.themeId) r.themeId = ouderen.id;
    });
    doc.auditLog = doc.auditLog.filter((e) => e.entity !== 'theme');
    const b = await api();
    value(b.invoke('regions.create', { name: 'Eigen regio' })); // gives b the default themes
    const before = value<{ id: string; name: string }[]>(b.invoke('themes.list', {}));
    const { counts } = value<{ counts: Record<string, number> }>(
      b.invoke('dossier.import', { document: doc }),
    );
    expect(counts).toMatchObject({ themes: 0, themesMatched: 7 });
    expect(value<unknown[]>(b.invoke('themes.list', {}))).toHaveLength(7);
    const trekker = value<{ themeId: string | null }[]>(
      b.invoke('roles.list', { roles: ['trekker_thema'] }),
    );
    expect(trekker[0]!.themeId).toBe(before.find((t) => t.name === 'Ouderen')!.id);
  });
});
