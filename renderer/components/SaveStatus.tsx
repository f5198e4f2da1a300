import { Text } from '@mantine/core';
import type { SaveState } from './useAutosave';

const TEXT: Record<SaveState, string> = {
  idle: 'Wijzigingen worden automatisch opgeslagen.',
  saving: 'Opslaan…',
  saved: 'Alle wijzigingen zijn opgeslagen.',
  error: 'Niet opgeslagen: controleer de gemarkeerde velden.',
};

export function SaveStatus({ state }: { state: SaveState }) {
  return (
    <Text size="sm" c={state === 'error' ? 'red.8' : 'dimmed'} role="status" aria-live="polite">
      {TEXT[state]}
    </Text>
  );
}
