import { Group, Text } from '@mantine/core';
import type { HTMLAttributes } from 'react';
import { RichTextEditor } from './richText/RichTextEditor';
import { TextConflictPanel } from './TextConflictPanel';
import { useRevisionedText, type RevisionedState, type StoredText } from './useRevisionedText';

const status = (noun: string): Record<RevisionedState, string> => ({
  loading: 'Nieuwste tekst ophalen…',
  saved: 'Opgeslagen',
  unsaved: 'Nog niet opgeslagen…',
  saving: 'Opslaan…',
  error: `Niet opgeslagen: de app kon ${noun} niet bewaren. Typ verder om het opnieuw te proberen.`,
  conflict: 'Niet opgeslagen: kies hieronder welke tekst blijft.',
});

/**
 * Rich text saved while the user types (at most about a second of typing is unsaved at any time),
 * at once on leaving the field, the screen or the window: the notulen of an agenda item and the
 * text of a gespreksverslag. It starts from the newest stored text and never overwrites newer
 * text saved elsewhere (useRevisionedText): then both texts are shown and the user chooses or
 * merges. The save state is announced politely and carried in data-save-state.
 */
export function AutosavedRichText(props: {
  /** The text's own key for the pending saves, e.g. `minutes:<id>`. */
  textKey: string;
  label: string;
  initialHtml: string;
  initialRevision: number;
  load: () => Promise<StoredText>;
  save: (html: string, baseRevision: number) => Promise<StoredText>;
  /** "de notulen", "het verslag": what could not be saved. */
  noun: string;
  /** "Deze notulen zijn", "Dit verslag is": the conflict panel's subject. */
  subject: string;
  /** Where the caret goes when the editor opens (the notulen's preview that was clicked). */
  focusAt?: { x: number; y: number } | 'end' | undefined;
  /** The wrapper's class and data attributes. */
  wrapper?: HTMLAttributes<HTMLDivElement> & Record<`data-${string}`, string>;
}) {
  const text = useRevisionedText({
    key: props.textKey,
    stored: { html: props.initialHtml, revision: props.initialRevision },
    load: props.load,
    save: props.save,
  });
  const problem = text.state === 'error' || text.state === 'conflict';
  return (
    <div {...props.wrapper} onBlur={() => void text.flush()}>
      {text.ready ? (
        <RichTextEditor
          key={text.shown.version}
          label={props.label}
          value={text.shown.html}
          onEdit={text.change}
          focusAt={text.shown.version === 0 ? props.focusAt : undefined}
        />
      ) : (
        <Text size="sm" c="dimmed">
          {props.label}: nieuwste tekst ophalen…
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
          {status(props.noun)[text.state]}
        </Text>
      </Group>
      {text.conflict && (
        <TextConflictPanel
          subject={props.subject}
          conflict={text.conflict}
          onChoose={text.resolve}
        />
      )}
    </div>
  );
}
