import { Select, TextInput, Textarea } from '@mantine/core';
import type { PartyType } from '../../../shared/domain';
import { partyFields } from '../../../shared/schemas/party';
import { textProps, type BoundValues } from '../../components/fieldProps';
import { PARTY_TYPE_OPTIONS } from './partyOptions';

export interface PartyValues {
  type: PartyType | '';
  name: string;
  notes: string;
}

/**
 * The party's own fields: type, naam, notities; shared by "Nieuwe partij" (`isNew`: the type is
 * still to choose and takes the focus) and the party's page.
 */
export function PartyFields<V extends PartyValues>(props: BoundValues<V> & { isNew?: boolean }) {
  const { values, errors, set, isNew } = props;
  return (
    <>
      <Select
        label="Type organisatie"
        required={isNew}
        data={PARTY_TYPE_OPTIONS}
        value={values.type || null}
        onChange={(v) => {
          // A stored party keeps a type; a new one may be left without until submitted.
          if (v || isNew) set('type', (v ?? '') as V['type']);
        }}
        allowDeselect={isNew ? undefined : false}
        error={errors.type}
        data-autofocus={isNew || undefined}
      />
      <TextInput label="Naam" required {...textProps(props, 'name', partyFields)} />
      <Textarea
        label="Notities"
        autosize
        minRows={isNew ? 2 : 3}
        {...textProps(props, 'notes', partyFields)}
      />
    </>
  );
}
