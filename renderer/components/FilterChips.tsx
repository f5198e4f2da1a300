import { CloseButton, Group } from '@mantine/core';

export interface Chip {
  key: string;
  label: string;
  remove: () => void;
}

/**
 * Active filters as chips; each chip's × (a real button, reachable with Tab) removes its filter.
 * Mantine's Pill hides its remove button from keyboard and screen readers, so not that one.
 */
export function FilterChips(props: { chips: Chip[]; label: string }) {
  if (props.chips.length === 0) return null;
  return (
    <Group gap={6} role="group" aria-label={props.label}>
      {props.chips.map((chip) => (
        <span key={chip.key} className="filter-chip">
          <span>{chip.label}</span>
          <CloseButton
            size="sm"
            aria-label={`Filter ${chip.label} verwijderen`}
            onClick={chip.remove}
          />
        </span>
      ))}
    </Group>
  );
}
