import { Group, Text } from '@mantine/core';
import { useApi } from '../../data/apiContext';
import { useMutation } from '../../data/data';
import { RichTextEditor } from '../../components/richText/RichTextEditor';
import { TextConflictPanel } from '../../components/TextConflictPanel';
import { useRevisionedText, type RevisionedState } from '../../components/useRevisionedText';
import './conversations.css';

const STATUS: Record<RevisionedState, string> = {
  loading: 'Nieuwste tekst ophalen…',
  saved: 'Opgeslagen',
  unsaved: 'Nog niet opgeslagen…',
  saving: 'Opslaan…',
  error:
    'Niet opgeslagen: de app kon het verslag niet bewaren. Typ verder om het opnieuw te proberen.',
  conflict: 'Niet opgeslagen: kies hieronder welke tekst blijft.',
};

/**
 * The verslag itself, saved while the user types (at most about a second of typing is unsaved),
 * at once on leaving the field, the screen or the window, exactly as the notulen (MinutesEditor):
 * it starts from the newest stored text and never overwrites newer text saved elsewhere; then
 * both texts are shown and the user chooses or merges. A new verslag holds its template's headings.
 */
export function ReportEditor(props: {
  conversationId: string;
  initialHtml: string;
  initialRevision: number;
}) {
  const api = useApi();
  const mutate = useMutation();
  const text = useRevisionedText({
    key: `verslag:${props.conversationId}`,
    stored: { html: props.initialHtml, revision: props.initialRevision },
    load: async () => {
      const r = await api.invoke('conversations.report', { id: props.conversationId });
      return { html: r.reportHtml, revision: r.reportRevision };
    },
    save: async (html, baseRevision) => {
      const saved = await mutate('conversations.saveReport', {
        conversationId: props.conversationId,
        reportHtml: html,
        baseRevision,
      });
      return { html: saved.reportHtml, revision: saved.reportRevision };
    },
  });
  const label = 'Tekst van het verslag';
  const problem = text.state === 'error' || text.state === 'conflict';
  return (
    <div
      className="conversation-report"
      onBlur={() => void text.flush()}
      data-report={props.conversationId}
    >
      {text.ready ? (
        <RichTextEditor
          key={text.shown.version}
          label={label}
          value={text.shown.html}
          onEdit={text.change}
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
          subject="Dit verslag is"
          conflict={text.conflict}
          onChoose={text.resolve}
        />
      )}
    </div>
  );
}
