import { Checkbox, MultiSelect, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { ConversationKind } from '../../../shared/domain';
import { conversationCreate, type ConversationDetail } from '../../../shared/schemas/conversation';
import { useQuery } from '../../data/data';
import { DateField } from '../../components/DateField';
import { textProps, valueProps } from '../../components/fieldProps';
import { KIND_OPTIONS } from './conversationOptions';
import { ParticipantsInput, type ParticipantValue } from './ParticipantsInput';

/**
 * What the verslag's form edits (new and edit alike): the API's input without the text (a new
 * verslag starts from its soort's template), the date empty while typing; the region (new) or
 * the id (edit) ride along.
 */
export type ConversationValues = {
  kind: ConversationKind;
  title: string;
  date: string | null;
  confidential: boolean;
  partyIds: string[];
  participants: ParticipantValue[];
  themeIds: string[];
  agreementIds: string[];
  regionId?: string;
  id?: string;
};

export const emptyConversation: ConversationValues = {
  kind: 'evaluatiegesprek',
  title: '',
  date: null,
  confidential: false,
  partyIds: [],
  participants: [],
  themeIds: [],
  agreementIds: [],
};

/** The stored verslag's values in the form. */
export const conversationFormValues = (c: ConversationDetail): ConversationValues => ({
  kind: c.kind,
  title: c.title,
  date: c.date,
  confidential: c.confidential,
  partyIds: c.parties.map((p) => p.id),
  participants: c.participants.map((p) =>
    p.contactId === null
      ? { contactId: null, guestName: p.name }
      : { contactId: p.contactId, guestName: '' },
  ),
  themeIds: c.themes.map((t) => t.id),
  agreementIds: c.agreements.map((a) => a.id),
});

/** The first message about a list or one of its entries ('partyIds', 'partyIds[0]', 'partyIds.0'). */
export const listError = (errors: Record<string, string | undefined>, name: string) =>
  errors[name] ??
  Object.entries(errors).find(([k]) => k.startsWith(`${name}[`) || k.startsWith(`${name}.`))?.[1];

type Option = { value: string; label: string };
/** The options, with the chosen ones that are not among them (an ended party) in front. */
const withChosen = (options: Option[], chosen: { id: string; name: string }[]) => [
  ...chosen
    .filter((c) => !options.some((o) => o.value === c.id))
    .map((c) => ({ value: c.id, label: c.name })),
  ...options,
];

/** The verslag's own fields, for "Nieuw gespreksverslag" and "Gegevens bewerken". */
export function ConversationFields(props: {
  regionId: string;
  values: ConversationValues;
  errors: Record<string, string>;
  set: <K extends keyof ConversationValues>(name: K, value: ConversationValues[K]) => void;
  /** The stored verslag (edit): its linked records keep their names in the fields. */
  stored?: ConversationDetail;
}) {
  const { values, errors, set, stored } = props;
  const parties = useQuery('parties.list', { regionId: props.regionId, includeEnded: true });
  const people = useQuery('contacts.list', {
    regionId: props.regionId,
    search: '',
    includeInactive: false,
  });
  const themes = useQuery('themes.list', { includeArchived: true });
  const agreements = useQuery('agreements.list', { regionId: props.regionId, limit: 500 });

  const partyOptions = withChosen(
    (parties.data ?? []).map((p) => ({ value: p.id, label: p.name })),
    stored?.parties ?? [],
  );
  const personOptions = (people.data ?? []).map((c) => ({
    value: c.id,
    label: c.partyName ? `${c.name} (${c.partyName})` : c.name,
  }));
  const themeOptions = (themes.data ?? [])
    .filter((t) => !t.archivedAt || values.themeIds.includes(t.id))
    .map((t) => ({ value: t.id, label: t.archivedAt ? `${t.name} (gearchiveerd)` : t.name }));
  const agreementOptions = withChosen(
    (agreements.data?.items ?? []).map((a) => ({ value: a.id, label: a.title })),
    (stored?.agreements ?? []).map((a) => ({ id: a.id, name: a.title })),
  );
  const names = Object.fromEntries(
    (stored?.participants ?? []).flatMap((p) => (p.contactId ? [[p.contactId, p.name]] : [])),
  );

  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <DateField label="Datum" required autoFocus {...valueProps(props, 'date')} />
        <Select
          label="Soort gesprek"
          data={KIND_OPTIONS}
          value={values.kind}
          onChange={(v) => v && set('kind', v as ConversationKind)}
          allowDeselect={false}
          error={errors.kind}
          description={stored ? undefined : 'Het verslag begint met het sjabloon van deze soort'}
          comboboxProps={{ withinPortal: true }}
        />
      </SimpleGrid>
      <TextInput
        label="Titel"
        required
        placeholder="Bijvoorbeeld Evaluatie samenwerkingsafspraken Zorggroep Eemland"
        {...textProps(props, 'title', conversationCreate)}
      />
      <MultiSelect
        label="Partijen"
        required
        placeholder={values.partyIds.length ? undefined : 'Kies minstens één partij'}
        data={partyOptions}
        value={values.partyIds}
        onChange={(v) => set('partyIds', v)}
        error={listError(errors, 'partyIds')}
        searchable
        nothingFoundMessage="Geen partij gevonden"
        comboboxProps={{ withinPortal: true }}
      />
      <ParticipantsInput
        label="Deelnemers"
        description="Kies personen uit het register, of typ een naam en druk op Enter"
        people={personOptions}
        names={names}
        value={values.participants}
        onChange={(v) => set('participants', v)}
        error={listError(errors, 'participants')}
      />
      <MultiSelect
        label="Thema’s"
        placeholder={values.themeIds.length ? undefined : 'Kies thema’s'}
        data={themeOptions}
        value={values.themeIds}
        onChange={(v) => set('themeIds', v)}
        error={listError(errors, 'themeIds')}
        searchable
        nothingFoundMessage="Geen thema gevonden"
        comboboxProps={{ withinPortal: true }}
      />
      <MultiSelect
        label="Gekoppelde afspraken"
        placeholder={values.agreementIds.length ? undefined : 'Zoek een afspraak'}
        data={agreementOptions}
        value={values.agreementIds}
        onChange={(v) => set('agreementIds', v)}
        error={listError(errors, 'agreementIds')}
        searchable
        nothingFoundMessage="Geen afspraak gevonden"
        comboboxProps={{ withinPortal: true }}
      />
      <Checkbox
        label="Vertrouwelijk (niet in stukken voor derden)"
        checked={values.confidential}
        onChange={(e) => set('confidential', e.currentTarget.checked)}
      />
    </Stack>
  );
}
