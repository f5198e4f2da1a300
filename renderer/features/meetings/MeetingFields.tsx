import { Checkbox, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import type { MeetingKind } from '../../../shared/domain';
import { fieldLabel } from '../../../shared/fieldLabels';
import {
  MEETING_HEADING_FIELDS,
  meetingCreate,
  meetingText,
  type Meeting,
  type MeetingTextField,
} from '../../../shared/schemas/meeting';
import { maxLengthOf } from '../../../shared/schemaFields';
import type { z } from '../../../shared/zod';
import { useRegionPeople } from './useRegionPeople';
import { DateField } from '../../components/DateField';
import { TimeField } from '../../components/TimeField';
import { KIND_OPTIONS } from './meetingOptions';
import { textProps, valueProps } from '../../components/fieldProps';

/**
 * What the meeting form edits (create and edit alike): the API's input, the date empty while
 * typing; the region (create) or the id (edit) ride along.
 */
export type MeetingValues = Omit<z.output<typeof meetingCreate>, 'regionId' | 'date'> & {
  date: string | null;
  regionId?: string;
  id?: string;
};

export const emptyMeeting: MeetingValues = {
  kind: 'voortgangsgesprek',
  title: '',
  date: null,
  startTime: '14:00',
  endTime: '16:00',
  ...meetingText.empty,
  online: false,
  chairId: null,
  minuteTakerId: null,
};

/** The stored meeting's values in the form. */
export const meetingFormValues = (m: Meeting): MeetingValues => ({
  kind: m.kind,
  title: m.title,
  date: m.date,
  startTime: m.startTime,
  endTime: m.endTime,
  ...meetingText.of(m),
  online: m.online,
  chairId: m.chairId,
  minuteTakerId: m.minuteTakerId,
});

/** The meeting's own fields, for "Nieuw overleg" and "Overleg bewerken". */
export function MeetingFields(props: {
  regionId: string;
  values: MeetingValues;
  errors: Record<string, string>;
  set: <K extends keyof MeetingValues>(name: K, value: MeetingValues[K]) => void;
}) {
  const { values, errors, set } = props;
  const personOptions = useRegionPeople(props.regionId);
  /** Voorzitter and notulist: one of the region's people, or nobody yet. */
  const personSelect = (key: 'chairId' | 'minuteTakerId', label: string) => (
    <Select
      label={label}
      placeholder="Kies een persoon"
      data={personOptions}
      {...valueProps(props, key)}
      searchable
      clearable
      nothingFoundMessage="Geen persoon gevonden"
    />
  );
  const textInput = (key: MeetingTextField, placeholder?: string) => (
    <TextInput
      key={key}
      label={fieldLabel(key)}
      placeholder={placeholder}
      value={values[key]}
      maxLength={maxLengthOf(meetingCreate, key)}
      onChange={(e) => set(key, e.currentTarget.value)}
      error={errors[key]}
    />
  );
  /** Each text field's input: a field added to `meetingText` fails typecheck here until it has one. */
  const text: Record<MeetingTextField, ReactNode> = {
    location: textInput('location', 'Bijvoorbeeld Stadhuis, zaal 2'),
  };
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
        {...textProps(props, 'title', meetingCreate)}
      />
      <SimpleGrid cols={3}>
        <DateField label="Datum" required {...valueProps(props, 'date')} />
        <TimeField
          label="Begintijd"
          required
          placeholder="14:00"
          {...valueProps(props, 'startTime')}
        />
        <TimeField
          label="Eindtijd"
          required
          placeholder="16:00"
          {...valueProps(props, 'endTime')}
        />
      </SimpleGrid>
      <Group align="flex-end" grow>
        {text.location}
        <Checkbox
          label="Online (of deels online)"
          checked={values.online}
          onChange={(e) => set('online', e.currentTarget.checked)}
          mb={8}
        />
      </Group>
      <SimpleGrid cols={2}>
        {personSelect('chairId', 'Voorzitter')}
        {personSelect('minuteTakerId', 'Notulist')}
      </SimpleGrid>
      {meetingText.keys
        .filter((key) => !MEETING_HEADING_FIELDS.includes(key))
        .map((key) => text[key])}
    </Stack>
  );
}
