import { roleAssignmentFields } from '../../../shared/schemas/roleAssignment';
import { Select, Textarea } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Input } from '../../../shared/api/contract';
import type { RoleKind } from '../../../shared/domain';
import { useQuery } from '../../data/data';
import { PeriodFields } from '../../components/PeriodFields';
import { ROLE_KIND_OPTIONS } from './roleOptions';
import { textProps, type BoundValues } from '../../components/fieldProps';

/** What a role holds besides its person: shared by "Rol toewijzen" and "Rol wijzigen". */
export interface RoleFieldValues {
  partyId: string | null;
  role: RoleKind | '';
  themeId: string | null;
  mandate: string;
  since: string | null;
  until: string | null;
}

export function RoleFields<V extends RoleFieldValues>(props: {
  values: V;
  errors: Record<string, string>;
  set: <K extends keyof V>(name: K, value: V[K]) => void;
  /** Which parties to offer under "Namens partij". */
  parties: Input<'parties.list'>;
  onPartyChange?: (partyId: string | null) => void;
  /** The person (chosen or new), between the party and the theme. */
  person?: ReactNode;
  autoFocus?: boolean;
}) {
  const { values, errors } = props;
  const set = props.set as <K extends keyof RoleFieldValues>(
    name: K,
    value: RoleFieldValues[K],
  ) => void;
  const bound: BoundValues<RoleFieldValues> = { values, errors, set };
  const parties = useQuery('parties.list', props.parties);
  const themes = useQuery('themes.list', {});
  return (
    <>
      <Select
        label="Rol"
        required
        data={ROLE_KIND_OPTIONS}
        value={values.role || null}
        onChange={(v) => set('role', (v ?? '') as RoleKind)}
        error={errors.role}
        allowDeselect={false}
        data-autofocus={props.autoFocus || undefined}
      />
      <Select
        label="Namens partij"
        description="De organisatie die deze persoon in deze rol vertegenwoordigt"
        data={(parties.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
        value={values.partyId}
        onChange={(v) => {
          set('partyId', v);
          props.onPartyChange?.(v);
        }}
        searchable
        clearable
        clearButtonProps={{ 'aria-label': 'Namens partij wissen' }}
        nothingFoundMessage="Geen partij gevonden"
        error={errors.partyId}
      />
      {props.person}
      <Select
        label="Thema"
        description={values.role === 'trekker_thema' ? 'Verplicht voor een trekker' : 'Optioneel'}
        data={(themes.data ?? []).map((t) => ({ value: t.id, label: t.name }))}
        value={values.themeId}
        onChange={(v) => set('themeId', v)}
        clearable
        clearButtonProps={{ 'aria-label': 'Thema wissen' }}
        error={errors.themeId}
      />
      <Textarea
        label="Mandaat"
        description="Waartoe mag deze persoon zich vastleggen, en namens wie?"
        autosize
        minRows={2}
        {...textProps(bound, 'mandate', roleAssignmentFields)}
      />
      <PeriodFields values={values} errors={errors} set={set} />
    </>
  );
}
