import {
  Button,
  CloseButton,
  Group,
  MultiSelect,
  Popover,
  Select,
  Stack,
  Switch,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import type { FinancingStream } from '../../../shared/domain';
import { useQuery } from '../../app/data';
import { FilterChips, type Chip } from '../../components/FilterChips';
import {
  FINANCING_OPTIONS,
  REVIEW_STATE_LABELS,
  REVIEW_STATE_OPTIONS,
  SORT_OPTIONS,
  type ReviewState,
} from './agreementOptions';
import { hasActiveFilters, useAgreementFilters, type AgreementFilters } from './agreementFilters';
import { useSearchBox } from '../../components/listScreen';

const TOGGLES = [
  { key: 'evaluationOverdue', label: 'Evaluatie verlopen' },
  { key: 'withoutDekking', label: 'Zonder bestuurlijke dekking' },
  { key: 'withoutOwner', label: 'Zonder eigenaar' },
  { key: 'staleProgress', label: 'Geen voortgang in 6 maanden' },
] as const satisfies readonly { key: keyof AgreementFilters; label: string }[];

/**
 * The agreement list's filters in one row: search, themes and parties (used most), and "Meer
 * filters" for the rest. What is set under "Meer filters" shows as chips that remove it.
 */
export function AgreementFiltersBar({ regionId }: { regionId: string }) {
  const filters = useAgreementFilters();
  const [search, setSearch] = useSearchBox(filters.search, (s) => filters.update({ search: s }));
  const themes = useQuery('themes.list', { includeArchived: true });
  const parties = useQuery('parties.list', { regionId, includeEnded: true });
  const [moreOpened, setMoreOpened] = useState(false);
  // People of this region only (not every person in the file): the owner filter's options,
  // fetched when "Meer filters" opens or an owner filter needs its name.
  const people = useQuery(
    'contacts.list',
    moreOpened || filters.ownerIds.length > 0 ? { regionId } : null,
  );

  const multi = {
    clearable: true,
    searchable: true,
    w: 230,
    comboboxProps: { withinPortal: true },
  } as const;
  const ownerName = (id: string) => people.data?.find((c) => c.id === id)?.name ?? 'onbekend';
  const chips: Chip[] = [
    ...filters.ownerIds.map((id) => ({
      key: `eigenaar:${id}`,
      label: `Eigenaar: ${ownerName(id)}`,
      remove: () => filters.update({ ownerIds: filters.ownerIds.filter((o) => o !== id) }),
    })),
    ...filters.financing.map((f) => ({
      key: `financiering:${f}`,
      label: `Financiering: ${FINANCING_OPTIONS.find((o) => o.value === f)?.label ?? f}`,
      remove: () => filters.update({ financing: filters.financing.filter((x) => x !== f) }),
    })),
    ...filters.reviewStates.map((r) => ({
      key: `beoordeling:${r}`,
      label: `Beoordeling: ${REVIEW_STATE_LABELS[r]}`,
      remove: () => filters.update({ reviewStates: filters.reviewStates.filter((x) => x !== r) }),
    })),
    ...TOGGLES.filter((t) => filters[t.key]).map((t) => ({
      key: t.key,
      label: t.label,
      remove: () => filters.update({ [t.key]: false }),
    })),
    ...(filters.evaluationDueWithinDays !== null
      ? [
          {
            key: 'binnen',
            label: `Evaluatie binnen ${filters.evaluationDueWithinDays} dagen`,
            remove: () => filters.update({ evaluationDueWithinDays: null }),
          },
        ]
      : []),
  ];

  return (
    <Stack gap={6} mb="sm">
      <Group align="flex-end" gap="sm">
        <TextInput
          label="Zoeken"
          placeholder="Titel, tekst of zaaknummer"
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          data-search
          w={240}
          rightSection={
            search ? (
              <CloseButton aria-label="Zoekterm wissen" onClick={() => setSearch('')} />
            ) : undefined
          }
        />
        <MultiSelect
          {...multi}
          label="Thema’s"
          placeholder={filters.themeIds.length ? undefined : 'Alle thema’s'}
          data={(themes.data ?? []).map((t) => ({
            value: t.id,
            label: t.archivedAt ? `${t.name} (gearchiveerd)` : t.name,
          }))}
          value={filters.themeIds}
          onChange={(v) => filters.update({ themeIds: v })}
          clearButtonProps={{ 'aria-label': 'Thema’s wissen' }}
        />
        <MultiSelect
          {...multi}
          label="Partijen"
          placeholder={filters.partyIds.length ? undefined : 'Alle partijen'}
          data={(parties.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
          value={filters.partyIds}
          onChange={(v) => filters.update({ partyIds: v })}
          clearButtonProps={{ 'aria-label': 'Partijen wissen' }}
        />
        <MoreFilters
          opened={moreOpened}
          onChange={setMoreOpened}
          owners={(people.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
          active={chips.length}
        />
        <Switch
          label="Groeperen op thema"
          checked={filters.groupByTheme}
          onChange={(e) => filters.update({ groupByTheme: e.currentTarget.checked })}
          mb={8}
        />
        {hasActiveFilters(filters) && (
          <Button variant="subtle" size="compact-sm" onClick={() => filters.reset()} mb={6}>
            Filters wissen
          </Button>
        )}
      </Group>
      <FilterChips chips={chips} label="Actieve filters" />
    </Stack>
  );
}

/** The less-used filters and the sort order, in a popover; the button counts what is set. */
function MoreFilters(props: {
  opened: boolean;
  onChange: (opened: boolean) => void;
  owners: { value: string; label: string }[];
  active: number;
}) {
  const filters = useAgreementFilters();
  const { opened, onChange: setOpened } = props;
  // Inside the popover, the lists open in place: a list in a portal would count as a click outside.
  const inside = { clearable: true, comboboxProps: { withinPortal: false } } as const;
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
            <Button size="xs" onClick={() => setOpened(false)}>
              Klaar
            </Button>
          </Group>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
