import {
  Button,
  Group,
  Popover,
  SegmentedControl,
  Select,
  Stack,
  Switch,
  Text,
} from '@mantine/core';
import { useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { ActionStatus } from '../../../shared/domain';
import {
  ACTION_SOURCE_LABELS,
  ACTION_SOURCES,
  type ActionSource,
} from '../../../shared/schemas/actionList';
import { useQuery } from '../../data/data';
import { FilterChips, type Chip } from '../../components/FilterChips';
import { LazySelect } from '../../components/LazySelect';
import { ListSearch } from '../../components/ListSearch';
import { hasActiveFilters, useActionFilters, type ActionFilters } from './actionFilters';

const update = (patch: Partial<ActionFilters>) => useActionFilters.getState().update(patch);

const STATUS_OPTIONS = [
  { value: 'open', label: 'Open' },
  { value: 'afgerond', label: 'Afgerond' },
  { value: 'alle', label: 'Alle' },
];
const SOURCE_OPTIONS = [
  { value: '', label: 'Overleggen en gespreksverslagen' },
  ...ACTION_SOURCES.map((s) => ({ value: s, label: ACTION_SOURCE_LABELS[s] })),
];

type Options = { value: string; label: string }[];

/**
 * Each list starts with "all" (value ''): with the keyboard it is the way back to no filter
 * (Mantine's × is for the mouse only); the field shows it instead of an empty box.
 */
const withAll = (label: string, options: Options): Options => [{ value: '', label }, ...options];
const chosen = (id: string | null) => id ?? '';
const asFilter = (value: string | null) => value || null;

/** The region's parties (also those that left: their people may still own actions). */
function useParties(regionId: string, wanted: boolean): Options {
  const parties = useQuery('parties.list', wanted ? { regionId, includeEnded: true } : null);
  return useMemo(
    () => (parties.data ?? []).map((p) => ({ value: p.id, label: p.name })),
    [parties.data],
  );
}

function useThemes(wanted: boolean): Options {
  const themes = useQuery('themes.list', wanted ? { includeArchived: true } : null);
  return useMemo(
    () =>
      (themes.data ?? []).map((t) => ({
        value: t.id,
        label: t.archivedAt ? `${t.name} (gearchiveerd)` : t.name,
      })),
    [themes.data],
  );
}

/**
 * The actiepunten-overzicht's filters: search, status, owner and "alleen te laat" in one row;
 * party, theme and source under "Meer filters", shown as chips that remove them. Each part reads
 * only its own filters, so a keystroke in the search box renders the box, not the bar.
 */
export function ActionFiltersBar(props: { regionId: string }) {
  const [moreOpened, setMoreOpened] = useState(false);
  const more = useActionFilters(
    useShallow((f) => ({ partyId: f.partyId, themeId: f.themeId, source: f.source })),
  );
  const parties = useParties(props.regionId, moreOpened || more.partyId !== null);
  const themes = useThemes(moreOpened || more.themeId !== null);
  const label = (options: Options, id: string) =>
    options.find((o) => o.value === id)?.label ?? 'onbekend';
  const chips: Chip[] = [
    ...(more.partyId
      ? [
          {
            key: 'partij',
            label: `Partij: ${label(parties, more.partyId)}`,
            remove: () => update({ partyId: null }),
          },
        ]
      : []),
    ...(more.themeId
      ? [
          {
            key: 'thema',
            label: `Thema: ${label(themes, more.themeId)}`,
            remove: () => update({ themeId: null }),
          },
        ]
      : []),
    ...(more.source
      ? [
          {
            key: 'bron',
            label: `Bron: ${ACTION_SOURCE_LABELS[more.source]}`,
            remove: () => update({ source: null }),
          },
        ]
      : []),
  ];
  return (
    <Stack gap={6} mb="sm">
      <Group align="flex-end" gap="sm">
        <SearchBox />
        <StatusFilter />
        <OwnerFilter regionId={props.regionId} />
        <Popover
          opened={moreOpened}
          onChange={setMoreOpened}
          position="bottom-start"
          trapFocus
          returnFocus
          shadow="md"
          width={320}
        >
          <Popover.Target>
            <Button
              variant="default"
              onClick={() => setMoreOpened(!moreOpened)}
              aria-expanded={moreOpened}
            >
              {chips.length > 0 ? `Meer filters (${chips.length})` : 'Meer filters'}
            </Button>
          </Popover.Target>
          <Popover.Dropdown aria-label="Meer filters">
            <MoreFilters parties={parties} themes={themes} onDone={() => setMoreOpened(false)} />
          </Popover.Dropdown>
        </Popover>
        <OverdueSwitch />
        <ResetButton />
      </Group>
      <FilterChips chips={chips} label="Actieve filters" />
    </Stack>
  );
}

function SearchBox() {
  const stored = useActionFilters((f) => f.search);
  return (
    <ListSearch
      stored={stored}
      commit={(search) => update({ search })}
      placeholder="Tekst van het actiepunt"
      width={220}
    />
  );
}

function StatusFilter() {
  const status = useActionFilters((f) => f.status);
  return (
    <Stack gap={2}>
      <Text size="sm" fw={500} id="actiepunten-status">
        Status
      </Text>
      <SegmentedControl
        aria-labelledby="actiepunten-status"
        data={STATUS_OPTIONS}
        value={status ?? 'alle'}
        onChange={(v) => update({ status: v === 'alle' ? null : (v as ActionStatus) })}
      />
    </Stack>
  );
}

/**
 * The region's people, fetched once the field is used or an owner is chosen (a link); an owner
 * from outside the region's parties (a link from "Mijn actiepunten") is named too.
 */
function OwnerFilter({ regionId }: { regionId: string }) {
  const ownerId = useActionFilters((f) => f.ownerId);
  const [used, setUsed] = useState(false);
  const people = useQuery('contacts.list', used || ownerId ? { regionId } : null);
  const outside =
    ownerId !== null && people.data !== undefined && !people.data.some((c) => c.id === ownerId);
  const outsider = useQuery('contacts.get', outside ? { id: ownerId } : null);
  const data = useMemo(
    () =>
      withAll('Iedereen', [
        ...(outsider.data ? [{ value: outsider.data.id, label: outsider.data.name }] : []),
        ...(people.data ?? []).map((c) => ({
          value: c.id,
          label: c.partyName ? `${c.name} (${c.partyName})` : c.name,
        })),
      ]),
    [people.data, outsider.data],
  );
  return (
    <LazySelect
      label="Eigenaar"
      data={data}
      value={chosen(ownerId)}
      onChange={(v) => update({ ownerId: asFilter(v) })}
      onFocus={() => setUsed(true)}
      clearable={ownerId !== null}
      nothingFoundMessage={people.data ? 'Geen persoon gevonden' : 'Laden…'}
      w={240}
    />
  );
}

function OverdueSwitch() {
  const overdue = useActionFilters((f) => f.overdue);
  return (
    <Switch
      label="Alleen te laat"
      checked={overdue}
      onChange={(e) => update({ overdue: e.currentTarget.checked })}
      mb={8}
    />
  );
}

function ResetButton() {
  const active = useActionFilters(hasActiveFilters);
  if (!active) return null;
  return (
    <Button
      variant="subtle"
      size="compact-sm"
      onClick={() => useActionFilters.getState().reset()}
      mb={6}
    >
      Filters wissen
    </Button>
  );
}

/** The fields of "Meer filters" (mounted only while it is open). */
function MoreFilters(props: { parties: Options; themes: Options; onDone: () => void }) {
  const f = useActionFilters(
    useShallow((s) => ({ partyId: s.partyId, themeId: s.themeId, source: s.source })),
  );
  // Inside the popover, the lists open in place: a list in a portal would count as a click outside.
  const inside = { comboboxProps: { withinPortal: false } } as const;
  const parties = useMemo(() => withAll('Alle partijen', props.parties), [props.parties]);
  const themes = useMemo(() => withAll('Alle thema’s', props.themes), [props.themes]);
  return (
    <Stack gap="sm">
      <LazySelect
        {...inside}
        label="Partij van de eigenaar"
        data={parties}
        value={chosen(f.partyId)}
        onChange={(v) => update({ partyId: asFilter(v) })}
        clearable={f.partyId !== null}
        nothingFoundMessage="Geen partij gevonden"
      />
      <Select
        {...inside}
        searchable
        label="Thema"
        data={themes}
        value={chosen(f.themeId)}
        onChange={(v) => update({ themeId: asFilter(v) })}
        clearable={f.themeId !== null}
        nothingFoundMessage="Geen thema gevonden"
      />
      <Select
        {...inside}
        label="Bron"
        data={SOURCE_OPTIONS}
        value={chosen(f.source)}
        onChange={(v) => update({ source: asFilter(v) as ActionSource | null })}
        clearable={f.source !== null}
      />
      <Group justify="flex-end">
        <Button size="xs" onClick={props.onDone}>
          Klaar
        </Button>
      </Group>
    </Stack>
  );
}
