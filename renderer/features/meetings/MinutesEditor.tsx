import { Group, Text } from '@mantine/core';
import { useApi } from '../../data/apiContext';
import { useMutation } from '../../data/data';
import { useRevisionedText, type RevisionedState } from '../../components/useRevisionedText';
import { RichTextEditor } from '../../components/richText/RichTextEditor';
import type { FocusAt } from './MinutesPreview';
import { TextConflictPanel } from '../../components/TextConflictPanel';

const STATUS: Record<RevisionedState, string> = {
  loading: 'Nieuwste tekst ophalen…',
  saved: 'Opgeslagen',
  unsaved: 'Nog niet opgeslagen…',
  saving: 'Opslaan…',
  error:
    'Niet opgeslagen: de app kon de notulen niet bewaren. Typ verder om het opnieuw te proberen.',
  conflict: 'Niet opgeslagen: kies hieronder welke tekst blijft.',
};

/**
 * The minutes of one agenda item, saved while the minute-taker types (at most about a second
 * of typing is unsaved at any time), at once on leaving the field, the screen or the window.
 * It starts from the newest stored text and never overwrites newer text saved elsewhere
 * (useRevisionedText): then both texts are shown and the minute-taker chooses or merges.
 */
export function MinutesEditor(props: {
  itemId: string;
  title: string;
  initialHtml: string;
  initialRevision: number;
  /** Set when the item was drawn because its preview was clicked or focused. */
  focusAt?: FocusAt;
}) {
  const api = useApi();
  const mutate = useMutation();
  const text = useRevisionedText({
    key: `minutes:${props.itemId}`,
    stored: { html: props.initialHtml, revision: props.initialRevision },
    load: async () => {
      const m = await api.invoke('agenda.minutes', { id: props.itemId });
      return { html: m.minutesHtml, revision: m.minutesRevision };
    },
    save: async (html, baseRevision) => {
      const saved = await mutate('agenda.saveMinutes', {
        agendaItemId: props.itemId,
        minutesHtml: html,
        baseRevision,
      });
      return { html: saved.minutesHtml, revision: saved.minutesRevision };
    },
  });
  const label = `Notulen bij ${props.title}`;
  const problem = text.state === 'error' || text.state === 'conflict';
  return (
    <div onBlur={() => void text.flush()} data-minutes={props.itemId}>
      {text.ready ? (
        <RichTextEditor
          key={text.shown.version}
          label={label}
          value={text.shown.html}
          onEdit={text.change}
          focusAt={text.shown.version === 0 ? props.focusAt : undefined}
        />
      ) : (
        <Text size="sm" c="dimmed">
          {label}: nieuwste tekst ophalen…
        </Text>
      )}
      <Group justify="flex-end" mt={4}>
        <Text
          size="xs"
          c={problem ? 'red.8' : 'dimmed'}
          role="status"
          aria-live="polite"
          data-save-state={text.state}
        >
          {STATUS[text.state]}
        </Text>
      </Group>
      {text.conflict && (
        <TextConflictPanel
          subject="Deze notulen zijn"
          conflict={text.conflict}
          onChoose={text.resolve}
        />
      )}
    </div>
  );
}
