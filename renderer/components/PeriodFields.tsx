import { Group } from '@mantine/core';
import { DateField } from './DateField';

/** Sinds and Tot side by side: the period of a role or a deelname. */
export function PeriodFields(props: {
  values: { since: string | null; until: string | null };
  errors: Record<string, string | undefined>;
  set: (name: 'since' | 'until', value: string | null) => void;
}) {
  const { values, errors, set } = props;
  return (
    <Group grow align="flex-start">
      <DateField
        label="Sinds"
        value={values.since}
        onChange={(v) => set('since', v)}
        error={errors.since}
      />
      <DateField
        label="Tot"
        value={values.until}
        onChange={(v) => set('until', v)}
        error={errors.until}
      />
    </Group>
  );
}
