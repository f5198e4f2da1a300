import { afterEach, describe, expect, it } from 'vitest';
import { checkDatabase } from '../../db/check';
import { createApi, type Api } from '../../electron/api/createApi';
import type { Input, Method, Output } from '../../shared/api/contract';
import type { ExchangeDocument } from '../../shared/exchange/schema';

const NOW = new Date('2026-11-22T10:00:00.000Z');
const opened: Api[] = [];
afterEach(() => {
  while (opened.length) opened.pop()!.close();
});

/** A real API over SQLite whose clock ticks one second per call. */
async function api() {
  let tick = 0;
  const a = await createApi(':memory:', {
    clock: () => new Date(NOW.getTime() + tick++ * 1000),
    logError: () => {},
  });
  opened.push(a);
  const call = <M extends Method>(method: M, input: Input<M>): Output<M> => {
    const result = a.invoke(method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.code}: ${result.error.message}`);
    return result.value as Output<M>;
  };
  return { a, call };
}
type Client = Awaited<ReturnType<typeof api>>;

const exportAll = (c: Client, regionId: string | null = null) =>
  c.call('dossier.export', { regionId }) as ExchangeDocument;
const withoutTime = (doc: ExchangeDocument) => ({ ...doc, exportedAt: '' });
function importFails(c: Client, document: unknown) {
  const result = c.a.invoke('dossier.import', { document });
  if (result.ok) throw new Error('import unexpectedly succeeded');
  return result.error;
}

/** Two regions; agreements with the whole lifecycle, progress, a review and one in the trash. */
async function filled() {
  const c = await api();
  c.call('settings.update', { userName: 'Anna de Vries', organisation: 'Gemeente Zeist' });
  const r1 = c.call('regions.create', { name: 'Regio Eem' });
  const r2 = c.call('regions.create', { name: 'Regio Vallei' });
  const themes = c.call('themes.list', {});
  const ouderen = themes.find((t) => t.name === 'Ouderen')!;
  const ggz = themes.find((t) => t.name === 'GGZ')!;
  const party = (name: string, regionId: string) =>
    c.call('parties.create', {
      type: 'gemeente',
      name,
      membership: { regionId, role: 'deelnemer' },
    });
  const eemdal = party('Gemeente Ëemdal', r1.id);
  const vallei = party('Gemeente Vallei', r2.id);
  // The owner works for a party of the other region: a region export must still bring her along.
  const owner = c.call('contacts.create', { name: 'Els Smit', partyId: vallei.id });
  const main = c.call('agreements.create', {
    regionId: r1.id,
    title: 'Valpreventie thuiswonende ouderen',
    descriptionHtml: '<p>Samen <strong>vallen voorkomen</strong></p><ul><li>trainingen</li></ul>',
    themeIds: [ouderen.id, ggz.id],
    parties: [{ partyId: eemdal.id, role: 'trekker' }],
    ownerId: owner.id,
    financing: ['wmo', 'zvw'],
    startDate: '2026-01-01',
    nextEvaluation: '2027-01-15',
    dekking: { granted: true, by: 'Portefeuillehoudersoverleg', on: '2026-02-01' },
  });
  c.call('agreements.transition', { id: main.id, to: 'in_bespreking', on: '2026-01-10' });
  c.call('agreements.transition', { id: main.id, to: 'vastgesteld', on: '2026-02-01' });
  c.call('agreements.addProgress', { agreementId: main.id, on: '2026-06-01', text: 'Gestart.' });
  c.call('agreements.addProgress', {
    agreementId: main.id,
    on: '2026-07-01',
    text: 'In uitvoering genomen.',
    status: 'in_uitvoering',
  });
  c.call('agreements.requestReview', { agreementIds: [main.id], on: '2026-11-01' });
  c.call('agreements.review', {
    agreementIds: [main.id],
    reviewerName: 'Wethouder Jansen',
    on: '2026-11-10',
    verdict: 'opmerking',
    remark: 'Graag de kosten toelichten.',
  });
  const gone = c.call('agreements.create', {
    regionId: r1.id,
    title: 'Vervallen idee',
    themeIds: [ouderen.id],
  });
  c.call('agreements.addProgress', { agreementId: gone.id, on: '2026-03-01', text: 'Verkend.' });
  c.call('agreements.delete', { id: gone.id });
  const other = c.call('agreements.create', {
    regionId: r2.id,
    title: 'Crisiszorg GGZ',
    themeIds: [ggz.id],
    parties: [{ partyId: vallei.id, role: 'financier' }],
  });
  c.call('agreements.transition', {
    id: other.id,
    to: 'vervallen',
    on: '2026-05-01',
    reason: 'Dubbel.',
  });
  return { c, r1, r2, main, gone, other, owner, ouderen };
}

describe('exchange format with agreements', () => {
  it('export → import into an empty database → export gives the same content', async () => {
    const { c, main, gone } = await filled();
    const first = exportAll(c);
    expect(first.agreements).toHaveLength(3);
    const exported = first.agreements.find((a) => a.id === main.id)!;
    expect(exported).toMatchObject({
      status: 'in_uitvoering',
      financing: ['wmo', 'zvw'],
      dekking: { granted: true, by: 'Portefeuillehoudersoverleg', on: '2026-02-01' },
      reviewRequestedOn: '2026-11-01',
      decisionLinks: [],
    });
    expect(exported.themeIds).toHaveLength(2);
    expect(
      first.agreementStatusChanges.filter((s) => s.agreementId === main.id).map((s) => s.to),
    ).toEqual(['concept', 'in_bespreking', 'vastgesteld', 'in_uitvoering']);
    expect(first.progressUpdates.find((p) => p.agreementId === gone.id)?.trashGroup).toBe(gone.id);
    expect(first.agreementReviews).toHaveLength(1);
    expect(first.auditLog.some((e) => e.entity === 'progressUpdate')).toBe(true);

    const b = await api();
    const { counts } = b.call('dossier.import', { document: first });
    expect(counts).toMatchObject({
      agreements: 3,
      agreementStatusChanges: 7,
      progressUpdates: 3,
      agreementReviews: 1,
    });
    expect(withoutTime(exportAll(b))).toEqual(withoutTime(first));
    expect(checkDatabase(b.a.ctx.repos.db)).toEqual([]);

    // Derived columns are rebuilt: the description's plain text is searchable, the state shown.
    const list = b.call('agreements.list', {
      regionId: exported.regionId,
      search: 'vallen voorkomen',
    });
    expect(list.items.map((i) => i.id)).toEqual([main.id]);
    expect(list.items[0]!.reviewState).toBe('opmerkingen');
    const detail = b.call('agreements.get', { id: main.id });
    expect(detail.descriptionText).toMatch(/Samen vallen voorkomen/);
    expect(detail.owner?.name).toBe('Els Smit');
    // The deleted agreement comes back from the Prullenbak with its progress.
    b.call('trash.restore', { entity: 'agreement', id: gone.id });
    expect(b.call('agreements.get', { id: gone.id }).progress).toHaveLength(1);
  });

  it('exports one region with its agreements, their owners and parties', async () => {
    const { c, r1, other, owner } = await filled();
    const doc = exportAll(c, r1.id);
    expect(doc.agreements.every((a) => a.regionId === r1.id)).toBe(true);
    expect(doc.agreements.map((a) => a.id)).not.toContain(other.id);
    expect(doc.agreementStatusChanges.some((s) => s.agreementId === other.id)).toBe(false);
    expect(doc.contacts.map((p) => p.id)).toContain(owner.id);
    expect(doc.auditLog.some((e) => e.entityId === other.id)).toBe(false);
    const b = await api();
    b.call('dossier.import', { document: doc });
    expect(withoutTime(exportAll(b, r1.id))).toEqual(withoutTime(doc));
  });

  it('still imports a version-1 file written before agreements existed', async () => {
    const { c } = await filled();
    const doc = exportAll(c) as Partial<ExchangeDocument>;
    delete doc.agreements;
    delete doc.agreementStatusChanges;
    delete doc.progressUpdates;
    delete doc.agreementReviews;
    doc.auditLog = doc.auditLog!.filter(
      (e) => e.entity !== 'agreement' && e.entity !== 'progressUpdate',
    );
    const b = await api();
    const { counts } = b.call('dossier.import', { document: doc });
    expect(counts).toMatchObject({ regions: 2, agreements: 0 });
    expect(exportAll(b).agreements).toEqual([]);
  });

  it('neutralises script in a description and remaps matched themes', async () => {
    const { c, r1, main } = await filled();
    const doc = exportAll(c, r1.id);
    const a = doc.agreements.find((x) => x.id === main.id)!;
    a.descriptionHtml = '<p onclick="x()">Veilig</p><script>alert(1)</script><img src=x onerror=y>';
    // New theme ids in the file, same names as b's themes.
    const renamed = new Map(doc.themes.map((t) => [t.id, crypto.randomUUID()]));
    for (const t of doc.themes) t.id = renamed.get(t.id)!;
    for (const x of doc.agreements) x.themeIds = x.themeIds.map((t) => renamed.get(t)!);
    a.themeIds = [doc.themes.find((t) => t.name === 'Ouderen')!.id];
    doc.auditLog = doc.auditLog.filter((e) => e.entity !== 'theme');
    doc.roleAssignments = [];

    const b = await api();
    b.call('regions.create', { name: 'Eigen regio' }); // b has its own default themes
    b.call('dossier.import', { document: doc });
    const detail = b.call('agreements.get', { id: main.id });
    expect(detail.descriptionHtml).toBe('<p>Veilig</p>');
    expect(detail.themes.map((t) => t.id)).toEqual([
      b.call('themes.list', {}).find((t) => t.name === 'Ouderen')!.id,
    ]);
    expect(checkDatabase(b.a.ctx.repos.db)).toEqual([]);
  });
});

describe('exchange import checks for agreements', () => {
  it('rejects unknown references with their JSON paths and writes nothing', async () => {
    const { c } = await filled();
    const doc = exportAll(c);
    const [a0, a1] = doc.agreements;
    a0!.themeIds.push(crypto.randomUUID());
    a0!.parties.push({ partyId: crypto.randomUUID(), role: 'betrokken' });
    a0!.ownerId = crypto.randomUUID();
    a1!.regionId = crypto.randomUUID();
    doc.agreementStatusChanges[0]!.agreementId = crypto.randomUUID();
    doc.progressUpdates[0]!.agreementId = crypto.randomUUID();
    doc.agreementReviews[0]!.agreementId = crypto.randomUUID();
    const b = await api();
    const error = importFails(b, doc);
    expect(error.code).toBe('invalid_input');
    const paths = error.issues!.map((i) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'agreements[0].themeIds[2]',
        'agreements[0].parties[1].partyId',
        'agreements[0].ownerId',
        'agreements[1].regionId',
        'agreementStatusChanges[0].agreementId',
        'progressUpdates[0].agreementId',
        'agreementReviews[0].agreementId',
      ]),
    );
    expect(error.issues!.find((i) => i.path === 'agreements[0].ownerId')?.message).toMatch(
      /staat niet in het bestand en ook niet in deze database/,
    );
    expect(error.message).toMatch(/niets veranderd/);
    expect(exportAll(b).auditLog).toEqual([]);
    expect(exportAll(b).agreements).toEqual([]);
  });

  it('wants the status to be the end of a consistent status history', async () => {
    const { c, main } = await filled();
    const doc = exportAll(c);
    const i = doc.agreements.findIndex((a) => a.id === main.id);
    doc.agreements[i]!.status = 'afgerond';
    const b = await api();
    const error = importFails(b, doc);
    expect(error.issues).toContainEqual({
      path: `agreements[${i}].status`,
      message: expect.stringMatching(/laatste statuswijziging \(in uitvoering\)/),
    });

    const broken = exportAll(c);
    const k = broken.agreementStatusChanges.findIndex(
      (s) => s.agreementId === main.id && s.to === 'vastgesteld',
    );
    broken.agreementStatusChanges[k]!.from = 'concept';
    expect(importFails(b, broken).issues!.map((x) => x.path)).toContain(
      `agreementStatusChanges[${k}].from`,
    );

    const without = exportAll(c);
    without.agreementStatusChanges = without.agreementStatusChanges.filter(
      (s) => s.agreementId !== main.id,
    );
    without.progressUpdates.forEach((p) => (p.statusChangeId = null));
    expect(importFails(b, without).issues!.map((x) => x.path)).toContain(`agreements[${i}].status`);
  });

  it('rejects bad values: schema paths, dates out of order, duplicates', async () => {
    const { c } = await filled();
    const doc = exportAll(c);
    const raw = structuredClone(doc) as unknown as { agreements: Record<string, unknown>[] };
    raw.agreements[0]!.status = 'klaar';
    raw.agreements[1]!.title = '';
    const b = await api();
    const schema = importFails(b, raw);
    expect(schema.issues!.map((x) => x.path)).toEqual(
      expect.arrayContaining(['agreements[0].status', 'agreements[1].title']),
    );

    doc.agreements[0]!.startDate = '2026-05-01';
    doc.agreements[0]!.endDate = '2026-04-01';
    doc.agreements[1]!.themeIds = [
      doc.agreements[1]!.themeIds[0]!,
      doc.agreements[1]!.themeIds[0]!,
    ];
    doc.agreementReviews.push({ ...doc.agreementReviews[0]! });
    const error = importFails(b, doc);
    expect(error.issues).toEqual(
      expect.arrayContaining([
        { path: 'agreements[0].endDate', message: 'De einddatum ligt vóór de startdatum.' },
        { path: 'agreements[1].themeIds[1]', message: 'Dit thema staat er dubbel in.' },
        { path: 'agreementReviews[1].id', message: expect.stringMatching(/meer dan eens/) },
      ]),
    );
  });

  it('reports agreement ids that already exist as a conflict', async () => {
    const { c } = await filled();
    const doc = exportAll(c);
    const only = {
      ...doc,
      regions: [],
      parties: [],
      regionMemberships: [],
      contacts: [],
      roleAssignments: [],
      themes: [],
      auditLog: [],
      agreementStatusChanges: doc.agreementStatusChanges.filter(
        (s) => s.agreementId === doc.agreements[0]!.id,
      ),
      progressUpdates: [],
      agreementReviews: [],
      agreements: [doc.agreements[0]!],
    };
    const error = importFails(c, only);
    expect(error.code).toBe('conflict');
    expect(error.issues![0]).toEqual({
      path: 'agreements[0].id',
      message: expect.stringMatching(
        /bestaat al in deze database; afspraken worden bij het inlezen niet samengevoegd/,
      ),
    });
  });
});
