import { ActionIcon, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useRef, useState, type KeyboardEvent } from 'react';
import type { AgendaItem } from '../../../shared/schemas/meeting';
import { agendaItemCreate } from '../../../shared/schemas/meeting';
import { maxLengthOf } from '../../../shared/schemaFields';
import { useMutation } from '../../data/data';
import { useRegionPeople } from './useRegionPeople';
import { useProgressive } from '../../components/useProgressive';
import './meetings.css';
import { AgendaItemFrame, AgendaItemShell, ItemHeading } from './AgendaItemShell';
import { useAgendaDrag } from './useAgendaDrag';
import type { FocusAt } from './MinutesPreview';
import { DeleteButton } from '../../components/DeleteButton';
import { notifyError } from '../../components/feedback';
import { AgendaItemEditModal } from './AgendaItemEditModal';
import { ItemOutcomes, type OutcomesHandle } from './ItemOutcomes';
import { MinutesEditor } from './MinutesEditor';
import { RichTextView } from '../../components/richText/RichTextView';
import { ShortcutHelp } from './ShortcutHelp';
import { SubmitForm } from '../../components/SubmitForm';

/** The item the keyboard is in (or the first): shortcuts act on it. */
function currentItem(agenda: AgendaItem[]): number {
  const article = document.activeElement?.closest('article[data-item]');
  const index = agenda.findIndex((i) => i.id === article?.getAttribute('data-item'));
  return Math.max(0, index);
}

/** Puts the cursor in an item's minutes. */
/** The item's minutes: the editor, or its preview (which becomes the editor when focused). */
const focusMinutes = (id: string) =>
  document.querySelector<HTMLElement>(`[data-minutes="${id}"] [role="textbox"]`)?.focus();

/**
 * The agenda in its order: per item its title, presenter, linked agreements and the minutes
 * editor. Items move with the arrow buttons (Alt+↑ / Alt+↓ on a focused item header as well).
 */
export function AgendaSection(props: {
  meetingId: string;
  regionId: string;
  agenda: AgendaItem[];
  /** Vastgestelde notulen: nothing to add, move or type. */
  readOnly: boolean;
}) {
  const mutate = useMutation();
  const outcomes = useRef(new Map<string, OutcomesHandle>());
  const people = useRegionPeople(props.regionId);
  const live = useProgressive(props.agenda.length, 2, 2);
  /** The minute-taker's shortcuts (ShortcutHelp lists them). */
  const onKeyDown = (e: KeyboardEvent) => {
    if (!e.altKey || props.agenda.length === 0 || props.readOnly) return;
    const index = currentItem(props.agenda);
    const item = props.agenda[index]!;
    const key = e.key.toLowerCase();
    if (e.shiftKey && key === 'b') outcomes.current.get(item.id)?.newDecision();
    else if (e.shiftKey && key === 'a') outcomes.current.get(item.id)?.newAction();
    else if (e.key === 'PageDown' && props.agenda[index + 1])
      focusMinutes(props.agenda[index + 1]!.id);
    else if (e.key === 'PageUp' && index > 0) focusMinutes(props.agenda[index - 1]!.id);
    else return;
    e.preventDefault();
  };
  const move = async (item: AgendaItem, to: number) => {
    if (to < 0 || to >= props.agenda.length) return;
    try {
      await mutate('agenda.move', { id: item.id, position: to });
      // Keep the keyboard where it was: on the moved item's header.
      requestAnimationFrame(() => document.getElementById(`agendapunt-${item.id}`)?.focus());
    } catch (error) {
      notifyError(error);
    }
  };
  const drag = useAgendaDrag(props.agenda.length, (from, to) => {
    const item = props.agenda[from];
    if (item) void move(item, to);
  });
  return (
    <section aria-labelledby="agenda-kop" onKeyDown={onKeyDown}>
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h3" id="agenda-kop">
          Agenda en notulen
        </Title>
        <ShortcutHelp />
      </Group>
      {props.agenda.length === 0 && (
        <Text c="dimmed" mb="sm">
          Nog geen agendapunten. Voeg hieronder het eerste punt toe, bijvoorbeeld ‘Opening en
          vaststellen agenda’.
        </Text>
      )}
      <Stack gap="md">
        {props.agenda.map((item, index) => (
          <div key={item.id} className="agenda-drop" {...(!props.readOnly && drag.target(index))}>
            <AgendaItemCard
              item={item}
              number={index + 1}
              last={index === props.agenda.length - 1}
              onMove={(to) => void move(item, to)}
              readOnly={props.readOnly}
              live={index < live}
              regionId={props.regionId}
              people={people}
              outcomesRef={(handle) => {
                if (handle) outcomes.current.set(item.id, handle);
                else outcomes.current.delete(item.id);
              }}
              grip={drag.grip(index, () =>
                document.querySelector<HTMLElement>(`article[data-item="${item.id}"]`),
              )}
            />
          </div>
        ))}
      </Stack>
      {!props.readOnly && <AddAgendaItem meetingId={props.meetingId} />}
    </section>
  );
}

function AgendaItemCard(props: {
  item: AgendaItem;
  /** Drawn in full (useProgressive); before that a light shell stands in (AgendaItemShell). */
  live: boolean;
  number: number;
  last: boolean;
  onMove: (to: number) => void;
  readOnly: boolean;
  regionId: string;
  people: { value: string; label: string }[];
  outcomesRef: (handle: OutcomesHandle | null) => void;
  /** Drag handlers for the item's grip (useAgendaDrag). */
  grip: ReturnType<ReturnType<typeof useAgendaDrag>['grip']>;
}) {
  const { item, number } = props;
  const mutate = useMutation();
  const index = number - 1;
  const [editing, setEditing] = useState(false);
  const [openedAt, setOpenedAt] = useState<FocusAt | null>(null);
  if (!props.live && !openedAt) {
    return (
      <AgendaItemShell
        item={item}
        number={number}
        onMove={props.onMove}
        readOnly={props.readOnly}
        onOpen={setOpenedAt}
      />
    );
  }
  return (
    <AgendaItemFrame id={item.id}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" mb="xs">
        <ItemHeading item={item} number={number} onMove={props.onMove} />
        <Group gap={4} wrap="nowrap" hidden={props.readOnly}>
          {/* For the mouse only: the keyboard has Alt+↑ / Alt+↓ and the buttons beside it. */}
          <div
            className="agenda-grip"
            role="img"
            aria-label={`${item.title} verslepen`}
            title="Sleep om de volgorde te veranderen (of Alt+↑ / Alt+↓ op de titel)"
            {...props.grip}
          >
            ⠿
          </div>
          <Button
            variant="subtle"
            size="compact-sm"
            aria-label={`${item.title} bewerken`}
            onClick={() => setEditing(true)}
          >
            Bewerken
          </Button>
          <ActionIcon
            variant="default"
            aria-label={`${item.title} omhoog`}
            disabled={index === 0}
            onClick={() => props.onMove(index - 1)}
          >
            ↑
          </ActionIcon>
          <ActionIcon
            variant="default"
            aria-label={`${item.title} omlaag`}
            disabled={props.last}
            onClick={() => props.onMove(index + 1)}
          >
            ↓
          </ActionIcon>
          <DeleteButton
            entity="agendaItem"
            id={item.id}
            label={`Agendapunt ‘${item.title}’`}
            impact={`Agendapunt ‘${item.title}’ gaat met de notulen ervan naar de prullenbak. U kunt het daar terugzetten.`}
            remove={() => mutate('agenda.delete', { id: item.id })}
            inRow
            ariaLabel={`${item.title} verwijderen`}
          />
        </Group>
      </Group>
      {props.readOnly ? (
        <RichTextView html={item.minutesHtml} empty="Geen notulen bij dit punt." />
      ) : (
        <MinutesEditor
          key={item.id}
          itemId={item.id}
          title={item.title}
          initialHtml={item.minutesHtml}
          initialRevision={item.minutesRevision}
          focusAt={openedAt ?? undefined}
        />
      )}
      <AgendaItemEditModal
        item={item}
        regionId={props.regionId}
        opened={editing}
        onClose={() => setEditing(false)}
      />
      <ItemOutcomes
        ref={props.outcomesRef}
        item={item}
        people={props.people}
        readOnly={props.readOnly}
      />
    </AgendaItemFrame>
  );
}

function AddAgendaItem(props: { meetingId: string }) {
  const mutate = useMutation();
  const [title, setTitle] = useState('');
  const [presenter, setPresenter] = useState('');
  const [error, setError] = useState<string | undefined>();
  const submit = async () => {
    const parsed = agendaItemCreate.safeParse({ meetingId: props.meetingId, title, presenter });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message);
      return;
    }
    try {
      await mutate('agenda.add', parsed.data);
      setTitle('');
      setPresenter('');
      setError(undefined);
    } catch (e) {
      notifyError(e);
    }
  };
  return (
    <SubmitForm onSubmit={submit}>
      <Group align="flex-start" mt="md" gap="sm">
        <TextInput
          label="Nieuw agendapunt"
          placeholder="Bijvoorbeeld Voortgang valpreventie"
          value={title}
          maxLength={maxLengthOf(agendaItemCreate, 'title')}
          onChange={(e) => {
            setTitle(e.currentTarget.value);
            setError(undefined);
          }}
          error={error}
          w={360}
        />
        <TextInput
          label="Inleider"
          placeholder="Optioneel"
          value={presenter}
          maxLength={maxLengthOf(agendaItemCreate, 'presenter')}
          onChange={(e) => setPresenter(e.currentTarget.value)}
          w={220}
        />
        <Button type="submit" mt={25}>
          Agendapunt toevoegen
        </Button>
      </Group>
    </SubmitForm>
  );
}
