import { DateInput } from '@mantine/dates';

/** A date field showing "22 november 2026" and holding 'YYYY-MM-DD' (or null). */
export function DateField(props: {
  label: string;
  value: string | null;
  onChange: (value: string | null) => void;
  error?: string;
  description?: string;
  required?: boolean;
}) {
  return (
    <DateInput
      label={props.label}
      description={props.description}
      value={props.value}
      onChange={(v) => props.onChange(v ? String(v).slice(0, 10) : null)}
      error={props.error}
      required={props.required}
      valueFormat="D MMMM YYYY"
      placeholder="Kies een datum"
      clearable
      clearButtonProps={{ 'aria-label': `${props.label} wissen` }}
      popoverProps={{ withinPortal: true }}
    />
  );
}
