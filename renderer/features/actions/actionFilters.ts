import { create } from 'zustand';
import { ACTION_STATUSES, type ActionStatus } from '../../../shared/domain';
import { ACTION_SOURCES, type ActionSource } from '../../../shared/schemas/actionList';
import type { PageInput } from '../../data/pagedQuery';

/** The actiepunten-overzicht's filters as the user sets them (the list query without region and page). */
export interface ActionFilters {
  /** null: open and afgerond. */
  status: ActionStatus | null;
  overdue: boolean;
  ownerId: string | null;
  partyId: string | null;
  themeId: string | null;
  source: ActionSource | null;
  search: string;
}

export const DEFAULT_ACTION_FILTERS: ActionFilters = {
  status: 'open',
  overdue: false,
  ownerId: null,
  partyId: null,
  themeId: null,
  source: null,
  search: '',
};

/** Kept while the user follows an actiepunt to its overleg and comes back. */
export const useActionFilters = create<
  ActionFilters & {
    /** The region these filters were set in: owner and party ids belong to it. */
    regionId: string | null;
    update: (patch: Partial<ActionFilters>) => void;
    reset: () => void;
    forRegion: (regionId: string) => void;
  }
>((set, get) => ({
  ...DEFAULT_ACTION_FILTERS,
  regionId: null,
  // Only open actions can be late: "te laat" shows open ones, "afgerond" switches it off.
  update: (patch) =>
    set({
      ...patch,
      ...(patch.overdue === true && { status: 'open' }),
      ...(patch.status !== undefined && patch.status !== 'open' && { overdue: false }),
    }),
  reset: () => set(DEFAULT_ACTION_FILTERS),
  forRegion: (regionId) => {
    const previous = get().regionId;
    if (previous === regionId) return;
    set(previous === null ? { regionId } : { regionId, ownerId: null, partyId: null });
  },
}));

/** True when the list shows less than every open actiepunt of the region. */
export function hasActiveFilters(f: ActionFilters): boolean {
  return (Object.keys(DEFAULT_ACTION_FILTERS) as (keyof ActionFilters)[]).some(
    (key) => f[key] !== DEFAULT_ACTION_FILTERS[key],
  );
}

export function toActionQuery(f: ActionFilters, regionId: string): PageInput<'actions.list'> {
  return {
    regionId,
    status: f.status,
    overdue: f.overdue,
    ownerId: f.ownerId,
    partyId: f.partyId,
    themeId: f.themeId,
    source: f.source,
    search: f.search.trim(),
  };
}

/**
 * The URL parameters a link may set (renderer/components/ActionSourceLink.tsx makes them):
 * #/actiepunten?telaat=1&eigenaar=<id>, also status=open|afgerond|alle, partij=<id>,
 * thema=<id>, bron=overleg|verslag and zoek=….
 */
export const ACTION_LIST_PARAMS = [
  'status',
  'telaat',
  'eigenaar',
  'partij',
  'thema',
  'bron',
  'zoek',
] as const;

const isUuid = (v: string | null): v is string =>
  v !== null && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v);
const oneOf = <T extends string>(list: readonly T[], v: string | null): v is T =>
  v !== null && (list as readonly string[]).includes(v);

/** Filters from the URL, starting from the defaults; null when the URL sets none. */
export function actionFiltersFromParams(params: URLSearchParams): ActionFilters | null {
  if (!ACTION_LIST_PARAMS.some((name) => params.has(name))) return null;
  const f: ActionFilters = { ...DEFAULT_ACTION_FILTERS };
  const status = params.get('status');
  if (status === 'alle') f.status = null;
  else if (oneOf(ACTION_STATUSES, status)) f.status = status;
  const late = params.get('telaat');
  f.overdue = late !== null && late !== '0' && late !== 'nee';
  if (f.overdue) f.status = 'open';
  // Ids from a link are used only when they look like ids; anything else is ignored.
  const owner = params.get('eigenaar');
  if (isUuid(owner)) f.ownerId = owner;
  const party = params.get('partij');
  if (isUuid(party)) f.partyId = party;
  const theme = params.get('thema');
  if (isUuid(theme)) f.themeId = theme;
  const source = params.get('bron');
  if (oneOf(ACTION_SOURCES, source)) f.source = source;
  f.search = params.get('zoek')?.trim() ?? '';
  return f;
}
