import { describe, expect, it } from 'vitest';
import { DASHBOARD_SHOWN } from '../../shared/schemas/agreementDashboard';
import { TODAY } from '../fixtures/api';
import { call, ids, insertAgreement } from './agreementQueriesSeed';
import { useWorld, type World } from './agreementQueriesWorld';

const t = useWorld();

const zero = {
  concept: 0,
  in_bespreking: 0,
  vastgesteld: 0,
  in_uitvoering: 0,
  afgerond: 0,
  vervallen: 0,
};

describe('agreements.dashboard', () => {
  it('counts agreements per theme × status; an agreement with two themes counts under both', () => {
    const d = call(t.api, 'agreements.dashboard', { regionId: t.w.region.id });
    expect(d.regionId).toBe(t.w.region.id);
    expect(d.day).toBe(TODAY);
    expect(d.totals).toEqual({
      ...zero,
      concept: 1,
      in_bespreking: 1,
      vastgesteld: 2,
      in_uitvoering: 2,
      afgerond: 1,
    });
    const row = (name: string) => d.matrix.find((m) => m.themeName === name);
    expect(d.matrix.map((m) => m.themeName)).toEqual([
      'Ouderen',
      'GGZ',
      'Preventie',
      'Dementie',
      'Verward gedrag',
      'Mantelzorg',
      'Wijkgericht werken',
    ]);
    expect(row('Ouderen')).toEqual({
      themeId: t.w.theme.ouderen,
      themeName: 'Ouderen',
      counts: { ...zero, in_uitvoering: 1, afgerond: 1 },
      total: 2,
    });
    expect(row('GGZ')!.counts).toEqual({
      ...zero,
      in_bespreking: 1,
      vastgesteld: 1,
      in_uitvoering: 1,
    });
    expect(row('Mantelzorg')!.total).toBe(2);
    expect(row('Verward gedrag')!.total).toBe(0);
  });

  it('adds a row "Zonder thema" only for agreements without a live theme', () => {
    const api2 = t.api;
    const [jeugd] = [api2.call('themes.create', { name: 'Jeugd' })];
    insertAgreement(t.api, { regionId: t.w.region.id, title: 'Zonder', status: 'concept' });
    insertAgreement(t.api, {
      regionId: t.w.region.id,
      title: 'Met verwijderd thema',
      status: 'vastgesteld',
      themeIds: [jeugd!.id],
      adoptedOn: '2026-11-01',
    });
    t.api.ctx.repos.db
      .prepare("UPDATE theme SET deleted_at = '2026-11-20T00:00:00Z' WHERE id = ?")
      .run(jeugd!.id);
    const d = call(t.api, 'agreements.dashboard', { regionId: t.w.region.id });
    expect(d.matrix.at(-1)).toEqual({
      themeId: null,
      themeName: 'Zonder thema',
      counts: { ...zero, concept: 1, vastgesteld: 1 },
      total: 2,
    });
    expect(d.matrix.some((m) => m.themeName === 'Jeugd')).toBe(false);
  });

  it('shows archived themes only while agreements carry them', () => {
    const archive = (name: string) =>
      t.api.call('themes.archive', { id: t.w.theme[name as keyof World['theme']], archived: true });
    archive('dementie');
    archive('mantelzorg');
    t.api.ctx.repos.db
      .prepare('DELETE FROM agreement_theme WHERE theme_id = ?')
      .run(t.w.theme.mantelzorg);
    const names = call(t.api, 'agreements.dashboard', { regionId: t.w.region.id }).matrix.map(
      (m) => m.themeName,
    );
    expect(names).toContain('Dementie');
    expect(names).not.toContain('Mantelzorg');
    expect(names.at(-1)).toBe('Zonder thema');
  });

  it('lists the warnings, sorted, with the date that matters', () => {
    const d = call(t.api, 'agreements.dashboard', { regionId: t.w.region.id });
    const brief = (list: { items: { id: string; date: string | null }[] }) =>
      list.items.map((i) => [i.id, i.date]);
    expect(brief(d.evaluationsDue)).toEqual([
      [t.w.a.crisiskaart, '2026-12-15'],
      [t.w.a.loket, '2027-01-21'],
    ]);
    expect(d.evaluationsDue.items[0]).toEqual({
      id: t.w.a.crisiskaart,
      title: 'Crisiskaart GGZ',
      status: 'vastgesteld',
      date: '2026-12-15',
    });
    expect(brief(d.evaluationsOverdue)).toEqual([[t.w.a.valpreventie, '2026-10-01']]);
    expect(brief(d.withoutOwner)).toEqual([
      [t.w.a.crisiskaart, '2026-12-15'],
      [t.w.a.loket, '2027-01-21'],
    ]);
    expect(brief(d.withoutDekking).map(([id]) => id)).toEqual([t.w.a.crisiskaart, t.w.a.loket]);
    expect(brief(d.staleProgress)).toEqual([
      [t.w.a.crisiskaart, '2026-03-01'],
      [t.w.a.oudeAfspraak, '2026-05-21'],
    ]);
    expect(brief(d.reviews.wacht)).toEqual([[t.w.a.valpreventie, '2026-11-01']]);
    expect(brief(d.reviews.akkoord)).toEqual([[t.w.a.crisiskaart, '2026-10-12']]);
    expect(brief(d.reviews.opmerkingen)).toEqual([[t.w.a.loket, '2026-09-15']]);
  });

  it('gives for every number the same agreements as the list filter it links to', () => {
    for (let i = 0; i < 3; i += 1) {
      insertAgreement(t.api, {
        regionId: t.w.region.id,
        title: `Extra ${i}`,
        status: 'vastgesteld',
        nextEvaluation: `2026-12-0${i + 1}`,
        reviewRequestedOn: '2026-11-20',
      });
    }
    const r = t.w.region.id;
    const d = call(t.api, 'agreements.dashboard', { regionId: r });
    // The count is the list's length; the named agreements are in that list.
    const same = (
      shown: { count: number; items: { id: string }[] },
      filter: Record<string, unknown>,
    ) => {
      const listed = ids(t.api, { regionId: r, ...filter });
      expect(shown.count).toBe(listed.length);
      expect(shown.items.length).toBe(Math.min(listed.length, DASHBOARD_SHOWN));
      for (const item of shown.items) expect(listed).toContain(item.id);
    };
    same(d.evaluationsDue, { evaluationDueWithinDays: 60 });
    same(d.evaluationsOverdue, { evaluationOverdue: true });
    same(d.withoutOwner, { withoutOwner: true });
    same(d.withoutDekking, { withoutDekking: true });
    same(d.staleProgress, { staleProgress: true });
    same(d.reviews.wacht, { reviewStates: ['wacht'] });
    same(d.reviews.akkoord, { reviewStates: ['akkoord'] });
    same(d.reviews.opmerkingen, { reviewStates: ['opmerkingen'] });
    expect(d.reviews.wacht.count).toBe(4);
    // The overzicht's card counts by the same rules.
    expect(call(t.api, 'agreements.summary', { regionId: r })).toEqual({
      total: Object.values(d.totals).reduce((a, b) => a + b, 0),
      evaluationOverdue: d.evaluationsOverdue.count,
      withoutOwner: d.withoutOwner.count,
      reviewWaiting: 4,
      reviewPackagesOpen: 0,
      reviewPackagesOverdue: 0,
    });
  });

  it('is empty for a region without agreements and refuses an unknown region', () => {
    const empty = t.api.call('regions.create', { name: 'Leeg' });
    const d = call(t.api, 'agreements.dashboard', { regionId: empty.id });
    expect(d.totals).toEqual(zero);
    expect(d.matrix.every((m) => m.total === 0 && m.themeId !== null)).toBe(true);
    expect(d.evaluationsDue).toEqual({ count: 0, items: [] });
    expect(() => call(t.api, 'agreements.dashboard', { regionId: crypto.randomUUID() })).toThrow(
      /bestaat niet/,
    );
  });
});
