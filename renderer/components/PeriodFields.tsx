import { Group } from '@mantine/core';
import { DateField } from './DateField';
import { valueProps } from './fieldProps';

/** Sinds and Tot side by side: the period of a role or a deelname. */
export function PeriodFields(props: {
  values: { since: string | null; until: string | null };
  errors: Record<string, string | undefined>;
  set: (name: 'since' | 'until', value: string | null) => void;
}) {
  return (
    <Group grow align="flex-start">
      <DateField label="Sinds" {...valueProps(props, 'since')} />
      <DateField label="Tot" {...valueProps(props, 'until')} />
    </Group>
  );
}
