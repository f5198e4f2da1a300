import {
  ActionIcon,
  Button,
  Checkbox,
  Group,
  List,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { forwardRef, useImperativeHandle, useRef, useState } from 'react';
import { formatDateNl } from '../../../shared/dates';
import { actionCreate, decisionCreate, type AgendaItem } from '../../../shared/schemas/meeting';
import { maxLengthOf } from '../../../shared/schemaFields';
import { useMutation } from '../../data/data';
import { LazySelect } from '../../components/LazySelect';
import { DateField } from '../../components/DateField';
import { notifyError } from '../../components/feedback';
import { DecisionRow } from './DecisionRow';
import { SubmitForm } from '../../components/SubmitForm';

export interface OutcomesHandle {
  /** Puts the cursor in the new-decision field (shortcut Alt+Shift+B). */
  newDecision: () => void;
  /** Puts the cursor in the new-action field (shortcut Alt+Shift+A). */
  newAction: () => void;
}

/** Besluiten and actiepunten of one agenda item: what was decided, and who does what by when. */
export const ItemOutcomes = forwardRef<
  OutcomesHandle,
  { item: AgendaItem; people: { value: string; label: string }[]; readOnly: boolean }
>(function ItemOutcomes({ item, people, readOnly }, ref) {
  const mutate = useMutation();
  const decisionInput = useRef<HTMLInputElement>(null);
  const actionInput = useRef<HTMLInputElement>(null);
  useImperativeHandle(ref, () => ({
    newDecision: () => decisionInput.current?.focus(),
    newAction: () => actionInput.current?.focus(),
  }));
  const [decision, setDecision] = useState('');
  const [decisionError, setDecisionError] = useState<string>();
  const [action, setAction] = useState({
    text: '',
    ownerId: null as string | null,
    dueDate: null as string | null,
  });
  const [actionError, setActionError] = useState<Record<string, string>>({});

  const addDecision = async () => {
    const parsed = decisionCreate.safeParse({ agendaItemId: item.id, text: decision });
    if (!parsed.success) return setDecisionError(parsed.error.issues[0]?.message);
    try {
      await mutate('decisions.add', parsed.data);
      setDecision('');
    } catch (error) {
      notifyError(error);
    }
  };
  const addAction = async () => {
    const parsed = actionCreate.safeParse({ agendaItemId: item.id, ...action });
    if (!parsed.success) {
      return setActionError(
        Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])),
      );
    }
    try {
      await mutate('actions.add', parsed.data);
      setAction({ text: '', ownerId: null, dueDate: null });
    } catch (error) {
      notifyError(error);
    }
  };

  return (
    <Stack gap="sm" mt="md">
      <section aria-label={`Besluiten bij ${item.title}`}>
        <Title order={4} size="h5">
          Besluiten
        </Title>
        {item.decisions.length > 0 && (
          <List size="sm" spacing={4} mb="xs">
            {item.decisions.map((d) => (
              <DecisionRow key={d.id} decision={d} readOnly={readOnly} />
            ))}
          </List>
        )}
        <SubmitForm hidden={readOnly} onSubmit={addDecision}>
          <Group align="flex-start" gap="xs">
            <TextInput
              ref={decisionInput}
              label="Nieuw besluit"
              placeholder="Nieuw besluit (Alt+Shift+B)"
              value={decision}
              maxLength={maxLengthOf(decisionCreate, 'text')}
              onChange={(e) => {
                setDecision(e.currentTarget.value);
                setDecisionError(undefined);
              }}
              error={decisionError}
              w={520}
            />
            <Button type="submit" variant="default" mt={25}>
              Besluit toevoegen
            </Button>
          </Group>
        </SubmitForm>
      </section>
      <section aria-label={`Actiepunten bij ${item.title}`}>
        <Title order={4} size="h5">
          Actiepunten
        </Title>
        {item.actions.length > 0 && (
          <Stack gap={4} mb="xs">
            {item.actions.map((a) => (
              <Group key={a.id} gap="xs" wrap="nowrap">
                <Checkbox
                  label={
                    <>
                      {a.text}
                      <Text span size="sm" c="dimmed">
                        {' '}
                        · {a.ownerName ?? 'nog niemand'}
                        {a.dueDate && ` · vóór ${formatDateNl(a.dueDate)}`}
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
                <ActionIcon
                  hidden={readOnly}
                  size="sm"
                  variant="subtle"
                  color="red.8"
                  aria-label={`Actiepunt ${a.text} verwijderen`}
                  onClick={() => void mutate('actions.delete', { id: a.id }).catch(notifyError)}
                >
                  ×
                </ActionIcon>
              </Group>
            ))}
          </Stack>
        )}
        <SubmitForm hidden={readOnly} onSubmit={addAction}>
          <Group align="flex-start" gap="xs">
            <TextInput
              ref={actionInput}
              label="Nieuw actiepunt"
              placeholder="Nieuw actiepunt (Alt+Shift+A)"
              value={action.text}
              maxLength={maxLengthOf(actionCreate, 'text')}
              onChange={(e) => {
                setAction({ ...action, text: e.currentTarget.value });
                setActionError({});
              }}
              error={actionError.text}
              w={300}
            />
            <LazySelect
              label="Eigenaar"
              placeholder="Eigenaar"
              data={people}
              value={action.ownerId}
              onChange={(ownerId) => setAction({ ...action, ownerId })}
              clearable
              nothingFoundMessage="Geen persoon gevonden"
              w={200}
            />
            <DateField
              label="Uiterlijk"
              value={action.dueDate}
              onChange={(dueDate) => setAction({ ...action, dueDate })}
              error={actionError.dueDate}
            />
            <Button type="submit" variant="default" mt={25}>
              Actiepunt toevoegen
            </Button>
          </Group>
        </SubmitForm>
      </section>
    </Stack>
  );
});
