import { describe, expect, it } from 'vitest';
import { ids, insertAgreement, list } from './agreementQueriesSeed';
import { useWorld } from './agreementQueriesWorld';

const t = useWorld();

const TITLE_ORDER = [
  'Afgeronde pilot wijkverpleging',
  'Crisiskaart GGZ',
  'Één loket dementie',
  'Mantelzorgwaardering',
  'Netwerk verward gedrag',
  'Valpreventie thuiswonende ouderen',
  'Vertrouwelijke inkoopafspraak',
];

describe('agreements.list', () => {
  it('lists the live agreements of the region in Dutch title order, with their details', () => {
    const result = list(t.api, { regionId: t.w.region.id });
    expect(result.items.map((i) => i.title)).toEqual(TITLE_ORDER);
    expect(result.total).toBe(7);
    const val = result.items.find((i) => i.id === t.w.a.valpreventie)!;
    expect(val).toEqual({
      id: t.w.a.valpreventie,
      title: 'Valpreventie thuiswonende ouderen',
      caseNumber: '',
      status: 'in_uitvoering',
      themeIds: [t.w.theme.ouderen, t.w.theme.preventie],
      themes: ['Ouderen', 'Preventie'],
      parties: ['De Friesland Zorgverzekeraar', 'Gemeente Leeuwarden'],
      ownerId: t.w.anna.id,
      ownerName: 'Anna de Vries',
      financing: ['wmo', 'zvw'],
      adoptedOn: '2026-02-01',
      startDate: '2026-03-01',
      endDate: null,
      nextEvaluation: '2026-10-01',
      dekkingGranted: true,
      dekkingBy: 'Bestuurlijk overleg; "zorg" & welzijn',
      confidential: false,
      lastProgressOn: '2026-09-01',
      reviewState: 'wacht',
      evaluationOverdue: true,
      updatedAt: '2026-11-02T09:00:00.000Z',
    });
    const crisis = result.items.find((i) => i.id === t.w.a.crisiskaart)!;
    expect(crisis).toMatchObject({
      ownerId: t.w.vertrokken.id,
      ownerName: null,
      reviewState: 'akkoord',
    });
    expect(result.items.find((i) => i.id === t.w.a.loket)!.reviewState).toBe('opmerkingen');
    expect(result.items.find((i) => i.id === t.w.a.pilot)).toMatchObject({
      reviewState: null,
      themes: ['Ouderen'],
      parties: [],
      financing: [],
      lastProgressOn: null,
    });
  });

  it('counts per status over every filter except the status filter', () => {
    const all = list(t.api, { regionId: t.w.region.id });
    const counts = {
      concept: 1,
      in_bespreking: 1,
      vastgesteld: 2,
      in_uitvoering: 2,
      afgerond: 1,
      vervallen: 0,
    };
    expect(all.statusCounts).toEqual(counts);
    const filtered = list(t.api, { regionId: t.w.region.id, statuses: ['vastgesteld'] });
    expect(filtered.items.map((i) => i.title)).toEqual(['Crisiskaart GGZ', 'Mantelzorgwaardering']);
    expect(filtered.total).toBe(2);
    expect(filtered.statusCounts).toEqual(counts);
    const withTheme = list(t.api, {
      regionId: t.w.region.id,
      themeIds: [t.w.theme.ggz],
      statuses: ['concept'],
    });
    expect(withTheme.items).toEqual([]);
    expect(withTheme.statusCounts).toEqual({
      ...counts,
      concept: 0,
      vastgesteld: 1,
      in_uitvoering: 1,
      afgerond: 0,
    });
  });

  it('filters by theme, party, owner and financing (any of the chosen values)', () => {
    const r = t.w.region.id;
    expect(
      ids(t.api, { regionId: r, themeIds: [t.w.theme.preventie, t.w.theme.dementie] }),
    ).toEqual([t.w.a.loket, t.w.a.valpreventie]);
    expect(ids(t.api, { regionId: r, partyIds: [t.w.gemeente.id] })).toEqual([
      t.w.a.crisiskaart,
      t.w.a.valpreventie,
    ]);
    expect(ids(t.api, { regionId: r, ownerIds: [t.w.vertrokken.id] })).toEqual([t.w.a.crisiskaart]);
    expect(ids(t.api, { regionId: r, financing: ['wlz', 'zvw'] })).toEqual([
      t.w.a.valpreventie,
      t.w.a.geheim,
    ]);
    // Filters combine with AND.
    expect(ids(t.api, { regionId: r, financing: ['wmo'], partyIds: [t.w.verzekeraar.id] })).toEqual(
      [t.w.a.valpreventie],
    );
  });

  it('searches title and description without regard to case or diacritics', () => {
    const r = t.w.region.id;
    expect(ids(t.api, { regionId: r, search: 'een LOKET' })).toEqual([t.w.a.loket]);
    expect(ids(t.api, { regionId: r, search: 'mantelzórgers' })).toEqual([t.w.a.loket]);
    expect(ids(t.api, { regionId: r, search: 'beweegprogramma' })).toEqual([t.w.a.valpreventie]);
    // LIKE wildcards are no wildcards: punctuation reads as a space ("100%" finds "100 %").
    expect(ids(t.api, { regionId: r, search: 'loket%mantel' })).toEqual([]);
    expect(ids(t.api, { regionId: r, search: 'een_loket' })).toEqual([t.w.a.loket]);
  });

  it('applies the warning filters with the lead’s semantics', () => {
    const r = t.w.region.id;
    expect(ids(t.api, { regionId: r, evaluationOverdue: true })).toEqual([t.w.a.valpreventie]);
    expect(ids(t.api, { regionId: r, evaluationDueWithinDays: 60 })).toEqual([
      t.w.a.crisiskaart,
      t.w.a.loket,
    ]);
    expect(ids(t.api, { regionId: r, evaluationDueWithinDays: 61 })).toContain(t.w.a.geheim);
    expect(ids(t.api, { regionId: r, evaluationDueWithinDays: 23 })).toEqual([t.w.a.crisiskaart]);
    expect(ids(t.api, { regionId: r, withoutDekking: true })).toEqual([
      t.w.a.crisiskaart,
      t.w.a.loket,
    ]);
    expect(ids(t.api, { regionId: r, withoutOwner: true })).toEqual([
      t.w.a.crisiskaart,
      t.w.a.loket,
    ]);
    expect(ids(t.api, { regionId: r, staleProgress: true })).toEqual([
      t.w.a.crisiskaart,
      t.w.a.oudeAfspraak,
    ]);
  });

  it('filters on review state', () => {
    const r = t.w.region.id;
    expect(ids(t.api, { regionId: r, reviewStates: ['wacht'] })).toEqual([t.w.a.valpreventie]);
    expect(ids(t.api, { regionId: r, reviewStates: ['akkoord', 'opmerkingen'] })).toEqual([
      t.w.a.crisiskaart,
      t.w.a.loket,
    ]);
    // An answer on the request date ends the wait; the latest verdict counts.
    t.api.ctx.repos.db
      .prepare(
        `INSERT INTO agreement_review (id, agreement_id, reviewer_name, on_date, verdict, remark,
           created_at) VALUES (?, ?, 'Wethouder', '2026-11-01', 'opmerking', 'Zie mail', ?)`,
      )
      .run(crypto.randomUUID(), t.w.a.valpreventie, '2026-11-21T10:00:00.000Z');
    expect(ids(t.api, { regionId: r, reviewStates: ['wacht'] })).toEqual([]);
    expect(ids(t.api, { regionId: r, reviewStates: ['opmerkingen'] })).toEqual([
      t.w.a.loket,
      t.w.a.valpreventie,
    ]);
  });

  it('leaves confidential agreements out on request', () => {
    const shown = ids(t.api, { regionId: t.w.region.id, includeConfidential: false });
    expect(shown).toHaveLength(6);
    expect(shown).not.toContain(t.w.a.geheim);
  });

  it('sorts by status in lifecycle order, by next evaluation (empty last) and by last change', () => {
    const r = t.w.region.id;
    const titles = (sort: 'status' | 'nextEvaluation' | 'updated') =>
      list(t.api, { regionId: r, sort }).items.map((i) => i.title);
    expect(titles('status')).toEqual([
      'Één loket dementie',
      'Vertrouwelijke inkoopafspraak',
      'Crisiskaart GGZ',
      'Mantelzorgwaardering',
      'Netwerk verward gedrag',
      'Valpreventie thuiswonende ouderen',
      'Afgeronde pilot wijkverpleging',
    ]);
    expect(titles('nextEvaluation')).toEqual([
      'Afgeronde pilot wijkverpleging',
      'Valpreventie thuiswonende ouderen',
      'Crisiskaart GGZ',
      'Één loket dementie',
      'Vertrouwelijke inkoopafspraak',
      'Mantelzorgwaardering',
      'Netwerk verward gedrag',
    ]);
    expect(titles('updated').slice(0, 3)).toEqual([
      'Vertrouwelijke inkoopafspraak',
      'Crisiskaart GGZ',
      'Valpreventie thuiswonende ouderen',
    ]);
  });

  it('moves with the clock: tomorrow’s evaluation is overdue the day after', () => {
    const id = insertAgreement(t.api, {
      regionId: t.w.region.id,
      title: 'Morgen evalueren',
      status: 'vastgesteld',
      nextEvaluation: '2026-11-23',
      adoptedOn: '2026-11-01',
    });
    expect(ids(t.api, { regionId: t.w.region.id, evaluationOverdue: true })).not.toContain(id);
    t.api.setNow(new Date('2026-11-24T10:00:00Z'));
    expect(ids(t.api, { regionId: t.w.region.id, evaluationOverdue: true })).toContain(id);
  });

  it('counts six months back by the calendar, also from the end of a month', () => {
    const stale = (on: string) =>
      insertAgreement(t.api, {
        regionId: t.w.region.id,
        title: `Voortgang ${on}`,
        status: 'in_uitvoering',
        adoptedOn: '2025-01-01',
        progress: [{ on }],
      });
    const onTime = stale('2026-02-28');
    const late = stale('2026-02-27');
    t.api.setNow(new Date('2026-08-31T10:00:00Z'));
    const found = ids(t.api, { regionId: t.w.region.id, staleProgress: true });
    expect(found).toContain(late);
    expect(found).not.toContain(onTime);
  });

  it('refuses an unknown region and invalid filters with a Dutch message', () => {
    expect(t.api.fail('agreements.list', { regionId: crypto.randomUUID() })).toMatchObject({
      code: 'not_found',
      message: 'Deze regio bestaat niet (meer).',
    });
    const bad = t.api.fail('agreements.list', {
      regionId: t.w.region.id,
      evaluationDueWithinDays: 0,
    });
    expect(bad.code).toBe('invalid_input');
    expect(bad.issues?.[0]?.path).toBe('evaluationDueWithinDays');
    expect(
      t.api.fail('agreements.exportCsv', { regionId: t.w.region.id, statuses: ['klaar'] }).code,
    ).toBe('invalid_input');
  });
});
