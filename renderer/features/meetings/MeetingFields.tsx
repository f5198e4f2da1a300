import { Checkbox, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { MeetingKind } from '../../../shared/domain';
import { meetingCreate } from '../../../shared/schemas/meeting';
import { maxLengthOf } from '../../../shared/schemaFields';
import { useRegionPeople } from './useRegionPeople';
import { DateField } from '../../components/DateField';
import { TimeField } from '../../components/TimeField';
import { KIND_OPTIONS } from './meetingOptions';

export interface MeetingValues {
  kind: MeetingKind;
  title: string;
  date: string | null;
  startTime: string;
  endTime: string;
  location: string;
  online: boolean;
  chairId: string | null;
  minuteTakerId: string | null;
  [key: string]: unknown;
}

export const emptyMeeting: MeetingValues = {
  kind: 'voortgangsgesprek',
  title: '',
  date: null,
  startTime: '14:00',
  endTime: '16:00',
  location: '',
  online: false,
  chairId: null,
  minuteTakerId: null,
};

/** The meeting's own fields, for "Nieuw overleg" and "Overleg bewerken". */
export function MeetingFields(props: {
  regionId: string;
  values: MeetingValues;
  errors: Record<string, string>;
  set: <K extends keyof MeetingValues>(name: K, value: MeetingValues[K]) => void;
}) {
  const { values, errors, set } = props;
  const personOptions = useRegionPeople(props.regionId);
  return (
    <Stack gap="md">
      <Select
        label="Soort overleg"
        data={KIND_OPTIONS}
        value={values.kind}
        onChange={(v) => v && set('kind', v as MeetingKind)}
        allowDeselect={false}
        data-autofocus
        error={errors.kind}
      />
      <TextInput
        label="Titel"
        required
        placeholder="Bijvoorbeeld Voortgangsgesprek najaar 2026"
        value={values.title}
        maxLength={maxLengthOf(meetingCreate, 'title')}
        onChange={(e) => set('title', e.currentTarget.value)}
        error={errors.title}
      />
      <SimpleGrid cols={3}>
        <DateField
          label="Datum"
          required
          value={values.date}
          onChange={(v) => set('date', v)}
          error={errors.date}
        />
        <TimeField
          label="Begintijd"
          required
          placeholder="14:00"
          value={values.startTime}
          onChange={(v) => set('startTime', v)}
          error={errors.startTime}
        />
        <TimeField
          label="Eindtijd"
          required
          placeholder="16:00"
          value={values.endTime}
          onChange={(v) => set('endTime', v)}
          error={errors.endTime}
        />
      </SimpleGrid>
      <Group align="flex-end" grow>
        <TextInput
          label="Locatie"
          placeholder="Bijvoorbeeld Stadhuis, zaal 2"
          value={values.location}
          maxLength={maxLengthOf(meetingCreate, 'location')}
          onChange={(e) => set('location', e.currentTarget.value)}
          error={errors.location}
        />
        <Checkbox
          label="Online (of deels online)"
          checked={values.online}
          onChange={(e) => set('online', e.currentTarget.checked)}
          mb={8}
        />
      </Group>
      <SimpleGrid cols={2}>
        <Select
          label="Voorzitter"
          placeholder="Kies een persoon"
          data={personOptions}
          value={values.chairId}
          onChange={(v) => set('chairId', v)}
          searchable
          clearable
          nothingFoundMessage="Geen persoon gevonden"
          error={errors.chairId}
        />
        <Select
          label="Notulist"
          placeholder="Kies een persoon"
          data={personOptions}
          value={values.minuteTakerId}
          onChange={(v) => set('minuteTakerId', v)}
          searchable
          clearable
          nothingFoundMessage="Geen persoon gevonden"
          error={errors.minuteTakerId}
        />
      </SimpleGrid>
    </Stack>
  );
}
