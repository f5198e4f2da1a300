import { Button, Group, MultiSelect, Popover, Select, Stack, Switch } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { FinancingStream } from '../../../shared/domain';
import { useQuery } from '../../data/data';
import { FilterChips, type Chip } from '../../components/FilterChips';
import {
  FINANCING_OPTIONS,
  REVIEW_STATE_LABELS,
  REVIEW_STATE_OPTIONS,
  SORT_OPTIONS,
  type ReviewState,
} from './agreementOptions';
import { hasActiveFilters, useAgreementFilters, type AgreementFilters } from './agreementFilters';
import { ListSearch } from '../../components/ListSearch';

const TOGGLES = [
  { key: 'evaluationOverdue', label: 'Evaluatie verlopen' },
  { key: 'withoutDekking', label: 'Zonder bestuurlijke dekking' },
  { key: 'withoutOwner', label: 'Zonder eigenaar' },
  { key: 'staleProgress', label: 'Geen voortgang in 6 maanden' },
] as const satisfies readonly { key: keyof AgreementFilters; label: string }[];

const MULTI = {
  clearable: true,
  searchable: true,
  w: 230,
  comboboxProps: { withinPortal: true },
} as const;

/**
 * The agreement list's filters in one row: search, themes and parties (used most), and "Meer
 * filters" for the rest. What is set under "Meer filters" shows as chips that remove it. Each
 * part reads only its own filters from the store, so a keystroke in the search box renders the
 * search box, not the whole bar.
 */
export function AgreementFiltersBar({ regionId }: { regionId: string }) {
  const [moreOpened, setMoreOpened] = useState(false);
  const ownerFiltered = useAgreementFilters((f) => f.ownerIds.length > 0);
  // People of this region only (not every person in the file): the owner filter's options,
  // fetched when "Meer filters" opens or an owner filter needs its name.
  const people = useQuery('contacts.list', moreOpened || ownerFiltered ? { regionId } : null);
  const owners = useMemo(
    () => (people.data ?? []).map((c) => ({ value: c.id, label: c.name })),
    [people.data],
  );
  const chips = useChips(owners);
  return (
    <Stack gap={6} mb="sm">
      <Group align="flex-end" gap="sm">
        <SearchBox />
        <ThemeFilter />
        <PartyFilter regionId={regionId} />
        <MoreFilters
          opened={moreOpened}
          onChange={setMoreOpened}
          owners={owners}
          active={chips.length}
        />
        <GroupSwitch />
        <ResetButton />
      </Group>
      <FilterChips chips={chips} label="Actieve filters" />
    </Stack>
  );
}

function SearchBox() {
  const stored = useAgreementFilters((f) => f.search);
  return (
    <ListSearch
      stored={stored}
      commit={(search) => useAgreementFilters.getState().update({ search })}
      placeholder="Titel, tekst of zaaknummer"
      width={240}
    />
  );
}

function ThemeFilter() {
  const themeIds = useAgreementFilters((f) => f.themeIds);
  const themes = useQuery('themes.list', { includeArchived: true });
  const data = useMemo(
    () =>
      (themes.data ?? []).map((t) => ({
        value: t.id,
        label: t.archivedAt ? `${t.name} (gearchiveerd)` : t.name,
      })),
    [themes.data],
  );
  return (
    <MultiSelect
      {...MULTI}
      label="Thema’s"
      placeholder={themeIds.length ? undefined : 'Alle thema’s'}
      data={data}
      value={themeIds}
      onChange={(v) => useAgreementFilters.getState().update({ themeIds: v })}
      clearButtonProps={{ 'aria-label': 'Thema’s wissen' }}
    />
  );
}

function PartyFilter({ regionId }: { regionId: string }) {
  const partyIds = useAgreementFilters((f) => f.partyIds);
  const parties = useQuery('parties.list', { regionId, includeEnded: true });
  const data = useMemo(
    () => (parties.data ?? []).map((p) => ({ value: p.id, label: p.name })),
    [parties.data],
  );
  return (
    <MultiSelect
      {...MULTI}
      label="Partijen"
      placeholder={partyIds.length ? undefined : 'Alle partijen'}
      data={data}
      value={partyIds}
      onChange={(v) => useAgreementFilters.getState().update({ partyIds: v })}
      clearButtonProps={{ 'aria-label': 'Partijen wissen' }}
    />
  );
}

function GroupSwitch() {
  const groupByTheme = useAgreementFilters((f) => f.groupByTheme);
  return (
    <Switch
      label="Groeperen op thema"
      checked={groupByTheme}
      onChange={(e) =>
        useAgreementFilters.getState().update({ groupByTheme: e.currentTarget.checked })
      }
      mb={8}
    />
  );
}

function ResetButton() {
  const active = useAgreementFilters(hasActiveFilters);
  if (!active) return null;
  return (
    <Button
      variant="subtle"
      size="compact-sm"
      onClick={() => useAgreementFilters.getState().reset()}
      mb={6}
    >
      Filters wissen
    </Button>
  );
}

/** The filters set under "Meer filters", as removable chips. */
function useChips(owners: { value: string; label: string }[]): Chip[] {
  const f = useAgreementFilters(
    useShallow((s) => ({
      ownerIds: s.ownerIds,
      financing: s.financing,
      reviewStates: s.reviewStates,
      evaluationOverdue: s.evaluationOverdue,
      withoutDekking: s.withoutDekking,
      withoutOwner: s.withoutOwner,
      staleProgress: s.staleProgress,
      evaluationDueWithinDays: s.evaluationDueWithinDays,
    })),
  );
  const update = useAgreementFilters.getState().update;
  const ownerName = (id: string) => owners.find((o) => o.value === id)?.label ?? 'onbekend';
  return [
    ...f.ownerIds.map((id) => ({
      key: `eigenaar:${id}`,
      label: `Eigenaar: ${ownerName(id)}`,
      remove: () => update({ ownerIds: f.ownerIds.filter((o) => o !== id) }),
    })),
    ...f.financing.map((x) => ({
      key: `financiering:${x}`,
      label: `Financiering: ${FINANCING_OPTIONS.find((o) => o.value === x)?.label ?? x}`,
      remove: () => update({ financing: f.financing.filter((y) => y !== x) }),
    })),
    ...f.reviewStates.map((r) => ({
      key: `beoordeling:${r}`,
      label: `Beoordeling: ${REVIEW_STATE_LABELS[r]}`,
      remove: () => update({ reviewStates: f.reviewStates.filter((x) => x !== r) }),
    })),
    ...TOGGLES.filter((t) => f[t.key]).map((t) => ({
      key: t.key,
      label: t.label,
      remove: () => update({ [t.key]: false }),
    })),
    ...(f.evaluationDueWithinDays !== null
      ? [
          {
            key: 'binnen',
            label: `Evaluatie binnen ${f.evaluationDueWithinDays} dagen`,
            remove: () => update({ evaluationDueWithinDays: null }),
          },
        ]
      : []),
  ];
}

/** The less-used filters and the sort order, in a popover; the button counts what is set. */
function MoreFilters(props: {
  opened: boolean;
  onChange: (opened: boolean) => void;
  owners: { value: string; label: string }[];
  active: number;
}) {
  const { opened, onChange: setOpened } = props;
  return (
    <Popover
      opened={opened}
      onChange={setOpened}
      position="bottom-start"
      trapFocus
      returnFocus
      shadow="md"
      width={340}
    >
      <Popover.Target>
        <Button variant="default" onClick={() => setOpened(!opened)} aria-expanded={opened}>
          {props.active > 0 ? `Meer filters (${props.active})` : 'Meer filters'}
        </Button>
      </Popover.Target>
      <Popover.Dropdown aria-label="Meer filters">
        <MoreFiltersFields owners={props.owners} onDone={() => setOpened(false)} />
      </Popover.Dropdown>
    </Popover>
  );
}

/** The fields of "Meer filters" (mounted only while it is open). */
function MoreFiltersFields(props: {
  owners: { value: string; label: string }[];
  onDone: () => void;
}) {
  const filters = useAgreementFilters();
  // Inside the popover, the lists open in place: a list in a portal would count as a click outside.
  const inside = { clearable: true, comboboxProps: { withinPortal: false } } as const;
  return (
    <Stack gap="sm">
      <MultiSelect
        {...inside}
        searchable
        label="Eigenaar"
        placeholder={filters.ownerIds.length ? undefined : 'Iedereen'}
        data={props.owners}
        value={filters.ownerIds}
        onChange={(v) => filters.update({ ownerIds: v })}
        clearButtonProps={{ 'aria-label': 'Eigenaar wissen' }}
      />
      <MultiSelect
        {...inside}
        label="Financiering"
        placeholder={filters.financing.length ? undefined : 'Alle'}
        data={FINANCING_OPTIONS}
        value={filters.financing}
        onChange={(v) => filters.update({ financing: v as FinancingStream[] })}
        clearButtonProps={{ 'aria-label': 'Financiering wissen' }}
      />
      <MultiSelect
        {...inside}
        label="Beoordeling"
        placeholder={filters.reviewStates.length ? undefined : 'Alle'}
        data={REVIEW_STATE_OPTIONS}
        value={filters.reviewStates}
        onChange={(v) => filters.update({ reviewStates: v as ReviewState[] })}
        clearButtonProps={{ 'aria-label': 'Beoordeling wissen' }}
      />
      {TOGGLES.map((t) => (
        <Switch
          key={t.key}
          label={t.label}
          checked={Boolean(filters[t.key])}
          onChange={(e) => filters.update({ [t.key]: e.currentTarget.checked })}
        />
      ))}
      <Select
        label="Sorteren op"
        data={SORT_OPTIONS}
        value={filters.sort}
        onChange={(v) => v && filters.update({ sort: v as AgreementFilters['sort'] })}
        allowDeselect={false}
        comboboxProps={{ withinPortal: false }}
      />
      <Group justify="flex-end">
        <Button size="xs" onClick={props.onDone}>
          Klaar
        </Button>
      </Group>
    </Stack>
  );
}
