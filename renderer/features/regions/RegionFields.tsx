import { regionFields } from '../../../shared/schemas/region';
import { NumberInput, Stack, TextInput, Textarea } from '@mantine/core';
import { textProps } from '../../components/fieldProps';

export interface RegionValues {
  name: string;
  zorgkantoorNumber: number | null;
  description: string;
  [key: string]: unknown;
}

export const emptyRegion: RegionValues = { name: '', zorgkantoorNumber: null, description: '' };

/** The region's fields, shared by the create dialog and the Regio screen. */
export function RegionFields(props: {
  values: RegionValues;
  errors: Record<string, string>;
  set: <K extends keyof RegionValues>(name: K, value: RegionValues[K]) => void;
  autoFocus?: boolean;
}) {
  const { values, errors, set } = props;
  return (
    <Stack gap="md">
      <TextInput
        label="Naam van de regio"
        description="Bijvoorbeeld de naam van de zorgkantoorregio"
        required
        data-autofocus={props.autoFocus || undefined}
        // Outside a modal (first run) nothing else moves focus to the form.
        autoFocus={props.autoFocus}
        {...textProps(props, 'name', regionFields)}
      />
      <NumberInput
        label="Zorgkantoorregionummer"
        description="Optioneel"
        value={values.zorgkantoorNumber ?? ''}
        onChange={(v) => set('zorgkantoorNumber', v === '' ? null : Number(v))}
        allowDecimal={false}
        allowNegative={false}
        hideControls
        error={errors.zorgkantoorNumber}
      />
      <Textarea
        label="Omschrijving"
        autosize
        minRows={3}
        {...textProps(props, 'description', regionFields)}
      />
    </Stack>
  );
}
