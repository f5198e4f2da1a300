import { Button, Checkbox, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { formatDateNl } from '../../../shared/dates';
import { actionCreate, actionUpdate, type ActionItem } from '../../../shared/schemas/meeting';
import { useMutation, useQuery } from '../../data/data';
import { DateField } from '../../components/DateField';
import { DeleteButton } from '../../components/DeleteButton';
import { DraftForm } from '../../components/DraftForm';
import { FormModal } from '../../components/FormModal';
import { notifyError, notifySaved } from '../../components/feedback';
import { textProps, valueProps } from '../../components/fieldProps';
import { LazySelect } from '../../components/LazySelect';
import { FormError, SubmitForm } from '../../components/SubmitForm';
import { useSchemaForm } from '../../components/useSchemaForm';

type People = { value: string; label: string }[];

/** The region's active people as options, "Naam (Organisatie)" (the same cached query as the form's). */
function usePeople(regionId: string): People {
  const people = useQuery('contacts.list', { regionId, search: '', includeInactive: false });
  return (people.data ?? []).map((c) => ({
    value: c.id,
    label: c.partyName ? `${c.name} (${c.partyName})` : c.name,
  }));
}

/**
 * The actiepunten of a gesprek: who does what by when. Added, changed and removed while the
 * verslag is in concept; ticked off (afgerond) also after it is vastgelegd, as follow-up comes later.
 */
export function ConversationActions(props: {
  conversationId: string;
  regionId: string;
  actions: ActionItem[];
  readOnly: boolean;
}) {
  const people = usePeople(props.regionId);
  const mutate = useMutation();
  const [editing, setEditing] = useState<ActionItem | null>(null);
  return (
    <section aria-labelledby="actiepunten-kop">
      <Title order={2} size="h4" id="actiepunten-kop" mb="sm">
        Actiepunten
      </Title>
      {props.actions.length === 0 ? (
        <Text c="dimmed" size="sm" mb="sm">
          Nog geen actiepunten bij dit gesprek.
        </Text>
      ) : (
        <Stack gap={6} mb="sm">
          {props.actions.map((a) => (
            <Group key={a.id} gap="xs" wrap="nowrap" justify="space-between">
              <Checkbox
                label={
                  <>
                    {a.text}
                    <Text span size="sm" c="dimmed">
                      {' '}
                      · {a.ownerName ?? 'nog niemand'}
                      {a.dueDate && ` · vóór ${formatDateNl(a.dueDate)}`}
                      {a.status === 'afgerond' &&
                        a.doneOn &&
                        ` · afgerond op ${formatDateNl(a.doneOn)}`}
                    </Text>
                  </>
                }
                checked={a.status === 'afgerond'}
                onChange={(e) =>
                  void mutate('actions.setStatus', {
                    id: a.id,
                    status: e.currentTarget.checked ? 'afgerond' : 'open',
                  }).catch(notifyError)
                }
              />
              {!props.readOnly && (
                <Group gap={4} wrap="nowrap">
                  <Button
                    size="xs"
                    variant="subtle"
                    aria-label={`Actiepunt ${a.text} bewerken`}
                    data-focus-return={`actie-${a.id}`}
                    onClick={() => setEditing(a)}
                  >
                    Bewerken
                  </Button>
                  <DeleteButton
                    inRow
                    entity="actionItem"
                    id={a.id}
                    label={`Actiepunt ‘${a.text}’`}
                    ariaLabel={`Actiepunt ${a.text} verwijderen`}
                    impact="Het actiepunt gaat naar de prullenbak."
                    remove={() => mutate('actions.delete', { id: a.id })}
                  />
                </Group>
              )}
            </Group>
          ))}
        </Stack>
      )}
      {!props.readOnly && <NewActionForm conversationId={props.conversationId} people={people} />}
      <FormModal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title="Actiepunt bewerken"
      >
        {editing && (
          <EditActionForm action={editing} people={people} onDone={() => setEditing(null)} />
        )}
      </FormModal>
    </section>
  );
}

type ActionValues = { text: string; ownerId: string | null; dueDate: string | null };

function NewActionForm(props: { conversationId: string; people: People }) {
  const empty = { conversationId: props.conversationId, text: '', ownerId: null, dueDate: null };
  const form = useSchemaForm<typeof actionCreate, ActionValues & { conversationId: string }>(
    actionCreate,
    empty,
  );
  const mutate = useMutation();
  const textInput = useRef<HTMLInputElement>(null);
  const submit = () =>
    form.submitWith(async (input) => {
      await mutate('actions.add', input);
      form.reset(empty);
      textInput.current?.focus();
    });
  return (
    <SubmitForm onSubmit={submit} aria-label="Nieuw actiepunt">
      <Stack gap="xs">
        <FormError error={form.formError} />
        <TextInput
          ref={textInput}
          label="Nieuw actiepunt"
          placeholder="Wat moet er gebeuren?"
          {...textProps(form, 'text')}
        />
        <Group align="flex-start" gap="xs">
          <LazySelect
            label="Eigenaar"
            placeholder="Kies een persoon"
            data={props.people}
            {...valueProps(form, 'ownerId')}
            clearable
            clearButtonProps={{ 'aria-label': 'Eigenaar wissen' }}
            nothingFoundMessage="Geen persoon gevonden"
            style={{ flex: '1 1 180px' }}
          />
          <DateField label="Uiterlijk" {...valueProps(form, 'dueDate')} />
          <Button type="submit" variant="default" mt={25}>
            Actiepunt toevoegen
          </Button>
        </Group>
      </Stack>
    </SubmitForm>
  );
}

function EditActionForm(props: { action: ActionItem; people: People; onDone: () => void }) {
  const a = props.action;
  const form = useSchemaForm<typeof actionUpdate, ActionValues & { id: string }>(actionUpdate, {
    id: a.id,
    text: a.text,
    ownerId: a.ownerId,
    dueDate: a.dueDate,
  });
  const mutate = useMutation();
  const submit = () =>
    form.submitWith(async (input) => {
      await mutate('actions.update', input);
      notifySaved('Het actiepunt is bijgewerkt.');
      props.onDone();
    });
  return (
    <DraftForm form={form} onSubmit={submit} onCancel={props.onDone} submitLabel="Opslaan">
      <TextInput label="Actiepunt" required data-autofocus {...textProps(form, 'text')} />
      <LazySelect
        label="Eigenaar"
        placeholder="Kies een persoon"
        data={props.people}
        {...valueProps(form, 'ownerId')}
        clearable
        clearButtonProps={{ 'aria-label': 'Eigenaar wissen' }}
        nothingFoundMessage="Geen persoon gevonden"
      />
      <DateField label="Uiterlijk" {...valueProps(form, 'dueDate')} />
    </DraftForm>
  );
}
