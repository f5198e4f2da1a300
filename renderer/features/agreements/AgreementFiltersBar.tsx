import { Button, CloseButton, Group, MultiSelect, Select, Switch, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import type { FinancingStream } from '../../../shared/domain';
import { useQuery } from '../../app/data';
import { FINANCING_OPTIONS, REVIEW_STATE_OPTIONS, SORT_OPTIONS, type ReviewState } from './agreementOptions';
import { hasActiveFilters, useAgreementFilters, type AgreementFilters } from './agreementFilters';

const TOGGLES: { key: keyof AgreementFilters; label: string }[] = [
  { key: 'evaluationOverdue', label: 'Evaluatie verlopen' },
  { key: 'withoutDekking', label: 'Zonder bestuurlijke dekking' },
  { key: 'withoutOwner', label: 'Zonder eigenaar' },
  { key: 'staleProgress', label: 'Geen voortgang in 6 maanden' },
];

/** Every filter of the agreement list except the status chips; state lives in the store. */
export function AgreementFiltersBar({ regionId }: { regionId: string }) {
  const filters = useAgreementFilters();
  const [search, setSearch] = useState(filters.search);
  const [debounced] = useDebouncedValue(search, 150);
  const themes = useQuery('themes.list', { includeArchived: true });
  const parties = useQuery('parties.list', { regionId, includeEnded: true });
  // People of this region only (not every person in the file): the owner filter's options.
  const people = useQuery('contacts.list', { regionId });

  useEffect(() => filters.update({ search: debounced }), [debounced]); // eslint-disable-line react-hooks/exhaustive-deps
  // A filter set from elsewhere (a link from the regio-overzicht, "Filters wissen") shows here too.
  useEffect(() => setSearch(filters.search), [filters.search]);

  const multi = {
    clearable: true,
    searchable: true,
    w: 210,
    comboboxProps: { withinPortal: true },
  } as const;

  return (
    <>
      <Group mb="sm" align="flex-end" gap="sm">
        <TextInput
          label="Zoeken"
          placeholder="Titel of tekst"
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          data-search
          w={220}
          rightSection={
            search ? <CloseButton aria-label="Zoekterm wissen" onClick={() => setSearch('')} /> : undefined
          }
        />
        <MultiSelect
          {...multi}
          label="Thema’s"
          placeholder={filters.themeIds.length ? undefined : 'Alle thema’s'}
          data={(themes.data ?? []).map((t) => ({ value: t.id, label: t.archivedAt ? `${t.name} (gearchiveerd)` : t.name }))}
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
        <MultiSelect
          {...multi}
          label="Eigenaar"
          placeholder={filters.ownerIds.length ? undefined : 'Iedereen'}
          data={(people.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
          value={filters.ownerIds}
          onChange={(v) => filters.update({ ownerIds: v })}
          clearButtonProps={{ 'aria-label': 'Eigenaar wissen' }}
        />
        <MultiSelect
          {...multi}
          searchable={false}
          w={170}
          label="Financiering"
          placeholder={filters.financing.length ? undefined : 'Alle'}
          data={FINANCING_OPTIONS}
          value={filters.financing}
          onChange={(v) => filters.update({ financing: v as FinancingStream[] })}
          clearButtonProps={{ 'aria-label': 'Financiering wissen' }}
        />
        <MultiSelect
          {...multi}
          searchable={false}
          w={190}
          label="Beoordeling"
          placeholder={filters.reviewStates.length ? undefined : 'Alle'}
          data={REVIEW_STATE_OPTIONS}
          value={filters.reviewStates}
          onChange={(v) => filters.update({ reviewStates: v as ReviewState[] })}
          clearButtonProps={{ 'aria-label': 'Beoordeling wissen' }}
        />
        <Select
          label="Sorteren op"
          data={SORT_OPTIONS}
          value={filters.sort}
          onChange={(v) => v && filters.update({ sort: v as AgreementFilters['sort'] })}
          allowDeselect={false}
          w={180}
        />
      </Group>
      <Group mb="sm" gap="lg">
        {TOGGLES.map((t) => (
          <Switch
            key={t.key}
            label={t.label}
            checked={Boolean(filters[t.key])}
            onChange={(e) => filters.update({ [t.key]: e.currentTarget.checked })}
          />
        ))}
        {filters.evaluationDueWithinDays !== null && (
          <Switch
            label={`Evaluatie binnen ${filters.evaluationDueWithinDays} dagen`}
            checked
            onChange={() => filters.update({ evaluationDueWithinDays: null })}
          />
        )}
        <Switch
          label="Groeperen op thema"
          checked={filters.groupByTheme}
          onChange={(e) => filters.update({ groupByTheme: e.currentTarget.checked })}
        />
        {hasActiveFilters(filters) && (
          <Button variant="subtle" size="compact-sm" onClick={() => filters.reset()}>
            Filters wissen
          </Button>
        )}
      </Group>
    </>
  );
}
