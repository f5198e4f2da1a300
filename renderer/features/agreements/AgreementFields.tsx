import { FIELD_LABELS } from '../../../shared/fieldLabels';
import { agreementCreate } from '../../../shared/schemas/agreement';
import { maxLengthOf } from '../../../shared/schemaFields';
import {
  Checkbox,
  Group,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  TextInput,
} from '@mantine/core';
import type { FinancingStream } from '../../../shared/domain';
import { useQuery } from '../../data/data';
import { DateField } from '../../components/DateField';
import { FINANCING_OPTIONS } from './agreementOptions';
import type { AgreementFormValues } from './agreementFormValues';
import { PartyRoleRows } from './PartyRoleRows';
import { RichTextEditor } from '../../components/richText/RichTextEditor';
import { textProps, valueProps } from '../../components/fieldProps';

type Set = <K extends keyof AgreementFormValues>(name: K, value: AgreementFormValues[K]) => void;

/** The fields of an agreement, shared by "Nieuwe afspraak" and "Bewerken". */
export function AgreementFields(props: {
  regionId: string;
  values: AgreementFormValues;
  errors: Record<string, string>;
  set: Set;
}) {
  const { values, errors, set } = props;
  const themes = useQuery('themes.list', { includeArchived: true });
  const parties = useQuery('parties.list', { regionId: props.regionId, includeEnded: true });
  // Owners come from the people of this region (members' people and people with a role here).
  const people = useQuery('contacts.list', { regionId: props.regionId });
  const themeOptions = (themes.data ?? [])
    .filter((t) => !t.archivedAt || values.themeIds.includes(t.id))
    .map((t) => ({ value: t.id, label: t.archivedAt ? `${t.name} (gearchiveerd)` : t.name }));
  const partyOptions = (parties.data ?? []).map((p) => ({ value: p.id, label: p.name }));
  const personOptions = (people.data ?? []).map((c) => ({
    value: c.id,
    label: [c.name, c.partyName].filter(Boolean).join(' – ') + (c.active ? '' : ' (niet actief)'),
  }));
  const themeError =
    errors.themeIds ?? Object.entries(errors).find(([k]) => k.startsWith('themeIds['))?.[1];
  const dekking = values.dekking;

  return (
    <Stack gap="md">
      <TextInput
        label={FIELD_LABELS.title}
        required
        {...textProps(props, 'title', agreementCreate)}
        data-autofocus
      />
      <TextInput
        label={FIELD_LABELS.caseNumber}
        description="Het nummer van de afspraak in het zaaksysteem van de gemeente (niet verplicht)"
        {...textProps(props, 'caseNumber', agreementCreate)}
        w={{ base: '100%', sm: 320 }}
      />
      <MultiSelect
        label={FIELD_LABELS.themes}
        required
        placeholder={values.themeIds.length ? undefined : 'Kies minstens één thema'}
        data={themeOptions}
        value={values.themeIds}
        onChange={(v) => set('themeIds', v)}
        error={themeError}
        searchable
        clearable
        clearButtonProps={{ 'aria-label': 'Thema’s wissen' }}
        comboboxProps={{ withinPortal: true }}
      />
      <PartyRoleRows
        value={values.parties}
        onChange={(rows) => set('parties', rows)}
        parties={partyOptions}
        errors={errors}
      />
      <Select
        label={FIELD_LABELS.ownerId}
        description="De persoon die de afspraak bewaakt"
        placeholder="Nog niemand"
        data={personOptions}
        {...valueProps(props, 'ownerId')}
        searchable
        clearable
        clearButtonProps={{ 'aria-label': 'Eigenaar wissen' }}
        comboboxProps={{ withinPortal: true }}
      />
      <Checkbox.Group
        label={FIELD_LABELS.financing}
        value={values.financing}
        onChange={(v) => set('financing', v as FinancingStream[])}
        error={errors.financing}
      >
        <Group mt={6}>
          {FINANCING_OPTIONS.map((o) => (
            <Checkbox key={o.value} value={o.value} label={o.label} />
          ))}
        </Group>
      </Checkbox.Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <DateField label={FIELD_LABELS.adoptedOn} {...valueProps(props, 'adoptedOn')} />
        <DateField label={FIELD_LABELS.nextEvaluation} {...valueProps(props, 'nextEvaluation')} />
        <DateField label={FIELD_LABELS.startDate} {...valueProps(props, 'startDate')} />
        <DateField label={FIELD_LABELS.endDate} {...valueProps(props, 'endDate')} />
      </SimpleGrid>
      <fieldset className="plain-fieldset">
        <legend className="filter-legend">Bestuurlijke dekking</legend>
        <Stack gap="xs">
          <Switch
            label={FIELD_LABELS.dekkingGranted}
            checked={dekking.granted}
            onChange={(e) => set('dekking', { ...dekking, granted: e.currentTarget.checked })}
          />
          {dekking.granted && (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label="Door wie / welk overleg"
                required
                value={dekking.by}
                maxLength={maxLengthOf(agreementCreate, 'dekking.by')}
                onChange={(e) => set('dekking', { ...dekking, by: e.currentTarget.value })}
                error={errors['dekking.by']}
              />
              <DateField
                label={FIELD_LABELS.dekkingOn}
                value={dekking.on}
                onChange={(v) => set('dekking', { ...dekking, on: v })}
                error={errors['dekking.on']}
              />
            </SimpleGrid>
          )}
        </Stack>
      </fieldset>
      <Checkbox
        label="Vertrouwelijk (niet in exports, tenzij daarom gevraagd)"
        checked={values.confidential}
        onChange={(e) => set('confidential', e.currentTarget.checked)}
      />
      <RichTextEditor
        label={FIELD_LABELS.descriptionHtml}
        value={values.descriptionHtml}
        onChange={(html) => set('descriptionHtml', html)}
        error={errors.descriptionHtml}
        description="Wat is er afgesproken? Alt+F10 gaat naar de opmaakknoppen."
      />
    </Stack>
  );
}
