import { describe, expect, it } from 'vitest';
import { agreementListQuery, type AgreementListItem } from '../../../shared/schemas/agreementList';
import {
  DEFAULT_AGREEMENT_FILTERS,
  filtersFromParams,
  hasActiveFilters,
  toListQuery,
  useAgreementFilters,
} from './agreementFilters';
import { agreementRowSource } from './agreementRows';

const THEME = '4a0b3f9e-8d57-4b8e-9c1f-2f6f3b1a0c11';
const OTHER = '6c2d1e0f-1a2b-4c3d-8e4f-5a6b7c8d9e00';
const REGION = '0d1e2f3a-4b5c-4d6e-8f70-81920a1b2c3d';

describe('filtersFromParams', () => {
  it('reads the parameters the regio-overzicht links with', () => {
    const f = filtersFromParams(
      new URLSearchParams(
        `status=vastgesteld,in_uitvoering&evaluatie=verlopen&thema=${THEME}&dekking=nee&eigenaar=geen&beoordeling=wacht&voortgang=stil`,
      ),
    );
    expect(f).toMatchObject({
      statuses: ['vastgesteld', 'in_uitvoering'],
      evaluationOverdue: true,
      themeIds: [THEME],
      withoutDekking: true,
      withoutOwner: true,
      ownerIds: [],
      reviewStates: ['wacht'],
      staleProgress: true,
    });
  });

  it('reads "binnen60" as due within 60 days and drops unknown values', () => {
    const f = filtersFromParams(
      new URLSearchParams(
        'evaluatie=binnen60&status=onzin&beoordeling=misschien&financiering=wmo,xyz',
      ),
    );
    expect(f?.evaluationDueWithinDays).toBe(60);
    expect(f?.statuses).toEqual([]);
    expect(f?.reviewStates).toEqual([]);
    expect(f?.financing).toEqual(['wmo']);
  });

  it('starts from the defaults (a link shows exactly its filter) and is null without filter parameters', () => {
    useAgreementFilters.getState().update({ withoutOwner: true, search: 'oud' });
    expect(filtersFromParams(new URLSearchParams('status=concept'))).toMatchObject({
      withoutOwner: false,
      search: '',
    });
    expect(filtersFromParams(new URLSearchParams('nieuw=1'))).toBeNull();
    useAgreementFilters.getState().reset();
    expect(useAgreementFilters.getState().search).toBe('');
  });
});

describe('toListQuery and hasActiveFilters', () => {
  it('builds a query the contract accepts', () => {
    const f = {
      ...DEFAULT_AGREEMENT_FILTERS,
      statuses: ['concept' as const],
      evaluationDueWithinDays: 60,
    };
    expect(agreementListQuery.safeParse(toListQuery(f, REGION)).success).toBe(true);
  });

  it('counts filters, not sorting or grouping', () => {
    expect(
      hasActiveFilters({ ...DEFAULT_AGREEMENT_FILTERS, sort: 'status', groupByTheme: true }),
    ).toBe(false);
    expect(hasActiveFilters({ ...DEFAULT_AGREEMENT_FILTERS, staleProgress: true })).toBe(true);
  });
});

const item = (
  id: string,
  themeIds: string[],
  themes: string[],
  extra: Partial<AgreementListItem> = {},
): AgreementListItem => ({
  id,
  title: id,
  caseNumber: '',
  status: 'vastgesteld',
  themeIds,
  themes,
  parties: [],
  ownerId: null,
  ownerName: null,
  financing: [],
  adoptedOn: null,
  startDate: null,
  endDate: null,
  nextEvaluation: null,
  dekkingGranted: false,
  dekkingBy: '',
  confidential: false,
  lastProgressOn: null,
  reviewState: null,
  evaluationOverdue: false,
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...extra,
});

describe('agreementRowSource', () => {
  const a = item('a', [THEME, OTHER], ['Ouderen', 'GGZ']);
  const b = item('b', [OTHER], ['GGZ']);
  const show = (source: ReturnType<typeof agreementRowSource>) =>
    Array.from({ length: source.count }, (_, i) => source.rowAt(i)).map((r) =>
      r === undefined ? 'laden' : r.kind === 'group' ? `${r.name} (${r.count})` : r.item.id,
    );

  it('lists the agreements as they come when not grouped; rows not yet loaded are undefined', () => {
    const source = agreementRowSource(
      { total: 3, groups: null },
      (i) => [a, b][i],
      () => {},
    );
    expect(show(source)).toEqual(['a', 'b', 'laden']);
  });

  it('puts a header before each group; an agreement with two themes appears under both', () => {
    const sequence = [a, a, b];
    const ranges: [number, number][] = [];
    const source = agreementRowSource(
      {
        total: 2,
        groups: [
          { themeId: THEME, name: 'Ouderen', count: 1 },
          { themeId: OTHER, name: 'GGZ', count: 2 },
        ],
      },
      (i) => sequence[i],
      (first, last) => ranges.push([first, last]),
    );
    expect(show(source)).toEqual(['Ouderen (1)', 'a', 'GGZ (2)', 'a', 'b']);
    const keys = Array.from({ length: source.count }, (_, i) => source.rowAt(i)!.key);
    expect(new Set(keys).size).toBe(keys.length);
    // Table rows 3–4 are the server's rows 1–2.
    source.onRange!(3, 4);
    expect(ranges).toEqual([[1, 2]]);
  });
});

describe('filters and regions', () => {
  it('ignores ids in a link that are not ids', () => {
    const f = filtersFromParams(new URLSearchParams('thema=abc&partij=<script>&eigenaar=geen'));
    expect(f?.themeIds).toEqual([]);
    expect(f?.partyIds).toEqual([]);
    expect(f?.withoutOwner).toBe(true);
  });

  it('clears party and owner filters when the user switches to another region', () => {
    const store = useAgreementFilters.getState();
    store.forRegion('11111111-1111-4111-8111-111111111111');
    store.update({
      partyIds: ['22222222-2222-4222-8222-222222222222'],
      ownerIds: ['33333333-3333-4333-8333-333333333333'],
      statuses: ['vastgesteld'],
    });
    useAgreementFilters.getState().forRegion('11111111-1111-4111-8111-111111111111');
    expect(useAgreementFilters.getState().partyIds).toHaveLength(1);
    useAgreementFilters.getState().forRegion('44444444-4444-4444-8444-444444444444');
    expect(useAgreementFilters.getState().partyIds).toEqual([]);
    expect(useAgreementFilters.getState().ownerIds).toEqual([]);
    expect(useAgreementFilters.getState().statuses).toEqual(['vastgesteld']);
  });
});
