import { create } from 'zustand';
import { REVIEW_STATES } from '../../../shared/schemas/agreement';
import {
  AGREEMENT_SORTS,
  type agreementListQuery,
  type AgreementFilterQuery,
} from '../../../shared/schemas/agreementList';
import type { z } from '../../../shared/zod';
import { AGREEMENT_STATUSES, FINANCING_STREAMS } from '../../../shared/domain';

/**
 * The list's filters as the user sets them: the API's list query (its zod schema is the one
 * definition) without the region and the page.
 */
export type AgreementFilters = Omit<
  z.output<typeof agreementListQuery>,
  'regionId' | 'includeConfidential' | 'offset' | 'limit'
>;

export const DEFAULT_AGREEMENT_FILTERS: AgreementFilters = {
  search: '',
  themeIds: [],
  statuses: [],
  partyIds: [],
  ownerIds: [],
  financing: [],
  evaluationOverdue: false,
  evaluationDueWithinDays: null,
  withoutDekking: false,
  withoutOwner: false,
  staleProgress: false,
  reviewStates: [],
  sort: 'title',
  groupByTheme: false,
};

/** UI state of the agreement list: kept while the user navigates to an agreement and back. */
export const useAgreementFilters = create<
  AgreementFilters & {
    /** The region these filters were set in: theme, party and owner ids belong to it. */
    regionId: string | null;
    update: (patch: Partial<AgreementFilters>) => void;
    reset: () => void;
    forRegion: (regionId: string) => void;
  }
>((set, get) => ({
  ...DEFAULT_AGREEMENT_FILTERS,
  regionId: null,
  update: (patch) => set(patch),
  /** After switching region, filters on the other region's parties and owners would hide everything. */
  forRegion: (regionId) => {
    const previous = get().regionId;
    if (previous === regionId) return;
    set(previous === null ? { regionId } : { regionId, partyIds: [], ownerIds: [] });
  },
  /** Clears the filters; sorting and grouping stay as they are. */
  reset: () =>
    set((s) => ({ ...DEFAULT_AGREEMENT_FILTERS, sort: s.sort, groupByTheme: s.groupByTheme })),
}));

/** True when any filter narrows the list (sorting and grouping do not). */
export function hasActiveFilters(f: AgreementFilters): boolean {
  return (Object.keys(DEFAULT_AGREEMENT_FILTERS) as (keyof AgreementFilters)[])
    .filter((key) => key !== 'sort' && key !== 'groupByTheme')
    .some((key) => JSON.stringify(f[key]) !== JSON.stringify(DEFAULT_AGREEMENT_FILTERS[key]));
}

/** The filters for 'agreements.list', 'agreements.listIds' and 'agreements.exportCsv'. */
export function toListQuery(f: AgreementFilters, regionId: string): AgreementFilterQuery {
  return {
    regionId,
    search: f.search.trim(),
    themeIds: f.themeIds,
    statuses: f.statuses,
    partyIds: f.partyIds,
    ownerIds: f.ownerIds,
    financing: f.financing,
    evaluationOverdue: f.evaluationOverdue,
    evaluationDueWithinDays: f.evaluationDueWithinDays,
    withoutDekking: f.withoutDekking,
    withoutOwner: f.withoutOwner,
    staleProgress: f.staleProgress,
    reviewStates: f.reviewStates,
    sort: f.sort,
  };
}

/**
 * The URL parameters other screens (the regio-overzicht) use to open a filtered list, e.g.
 * #/afspraken?status=vastgesteld&evaluatie=verlopen&thema=<id>&dekking=nee&eigenaar=geen&beoordeling=wacht
 * (also evaluatie=binnen60, voortgang=stil, partij=<id>, financiering=wmo, zoek=…, sorteer=…).
 * Every parameter may repeat or hold a comma-separated list.
 */
export const LIST_PARAMS = [
  'zoek',
  'status',
  'thema',
  'partij',
  'eigenaar',
  'financiering',
  'evaluatie',
  'dekking',
  'voortgang',
  'beoordeling',
  'sorteer',
] as const;

const values = (params: URLSearchParams, name: string): string[] =>
  params
    .getAll(name)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);

const oneOf = <T extends string>(list: readonly T[], items: string[]): T[] =>
  items.filter((v): v is T => (list as readonly string[]).includes(v));

/** Filters from the URL, starting from the defaults; null when the URL sets no filter. */
const isUuid = (v: string) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v);

export function filtersFromParams(params: URLSearchParams): AgreementFilters | null {
  if (!LIST_PARAMS.some((name) => params.has(name))) return null;
  const f: AgreementFilters = {
    ...DEFAULT_AGREEMENT_FILTERS,
    groupByTheme: useAgreementFilters.getState().groupByTheme,
  };
  f.search = params.get('zoek') ?? '';
  f.statuses = oneOf(AGREEMENT_STATUSES, values(params, 'status'));
  // Ids from a link are used only when they look like ids; anything else is ignored.
  f.themeIds = values(params, 'thema').filter(isUuid);
  f.partyIds = values(params, 'partij').filter(isUuid);
  const owners = values(params, 'eigenaar');
  f.withoutOwner = owners.includes('geen');
  f.ownerIds = owners.filter(isUuid);
  f.financing = oneOf(FINANCING_STREAMS, values(params, 'financiering'));
  for (const e of values(params, 'evaluatie')) {
    if (e === 'verlopen') f.evaluationOverdue = true;
    else if (e === 'binnenkort') f.evaluationDueWithinDays = 60;
    else {
      // 'binnen60' (or just '60'): due within that many days.
      const days = Number(/^(?:binnen)?(\d{1,3})$/.exec(e)?.[1] ?? NaN);
      if (days >= 1 && days <= 366) f.evaluationDueWithinDays = days;
    }
  }
  f.withoutDekking = values(params, 'dekking').includes('nee');
  f.staleProgress = values(params, 'voortgang').some((v) => v === 'geen' || v === 'stil');
  f.reviewStates = oneOf(REVIEW_STATES, values(params, 'beoordeling'));
  const sort = oneOf(AGREEMENT_SORTS, values(params, 'sorteer'))[0];
  if (sort) f.sort = sort;
  return f;
}
