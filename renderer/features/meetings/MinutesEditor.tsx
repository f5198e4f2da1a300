import { Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useMutation } from '../../app/data';
import { useThrottledSave, type ThrottledSaveState } from '../../components/useThrottledSave';
import { RichTextEditor } from '../agreements/RichTextEditor';
import type { FocusAt } from './MinutesPreview';

const STATUS: Record<ThrottledSaveState, string> = {
  saved: 'Opgeslagen',
  unsaved: 'Nog niet opgeslagen…',
  saving: 'Opslaan…',
  error:
    'Niet opgeslagen: de app kon de notulen niet bewaren. Typ verder om het opnieuw te proberen.',
};

/**
 * The minutes of one agenda item, saved while the minute-taker types (at most about a second
 * of typing is unsaved at any time), at once on leaving the field, the screen or the window.

 */
export function MinutesEditor(props: {
  itemId: string;
  title: string;
  initialHtml: string;
  /** Set when the item was drawn because its preview was clicked or focused. */
  focusAt?: FocusAt;
}) {
  const mutate = useMutation();
  // The editor holds the text from here on; a refetched meeting must not overwrite what is typed.
  const [initial] = useState(props.initialHtml);
  const autosave = useThrottledSave((read: () => string) =>
    mutate('agenda.saveMinutes', { agendaItemId: props.itemId, minutesHtml: read() }),
  );
  const label = `Notulen bij ${props.title}`;
  return (
    <div onBlur={() => void autosave.flush()} data-minutes={props.itemId}>
      <RichTextEditor
        label={label}
        value={initial}
        onEdit={autosave.change}
        focusAt={props.focusAt}
      />
      <Group justify="flex-end" mt={4}>
        <Text
          size="xs"
          c={autosave.state === 'error' ? 'red.8' : 'dimmed'}
          role="status"
          aria-live="polite"
          data-save-state={autosave.state}
        >
          {STATUS[autosave.state]}
        </Text>
      </Group>
    </div>
  );
}
