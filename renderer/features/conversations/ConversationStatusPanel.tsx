import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { formatDateNl, todayIso } from '../../../shared/dates';
import {
  conversationCorrect,
  conversationLock,
  type ConversationDetail,
} from '../../../shared/schemas/conversation';
import { useMutation } from '../../data/data';
import { DateField } from '../../components/DateField';
import { DraftForm } from '../../components/DraftForm';
import { FormModal } from '../../components/FormModal';
import { notifySaved } from '../../components/feedback';
import { textProps, valueProps } from '../../components/fieldProps';
import { flushAll } from '../../components/pendingSaves';
import { useSchemaForm } from '../../components/useSchemaForm';
import { ConversationVersions } from './ConversationVersions';

/**
 * Concept → vastgelegd: "Vastleggen…" (with the date) makes the verslag, its enquête and
 * actiepunten read-only and keeps this version; "Corrigeren…" (with a reason) opens a new
 * concept version, and the vastgelegde versions stay readable below.
 */
export function ConversationStatusPanel(props: { conversation: ConversationDetail }) {
  const c = props.conversation;
  const [dialog, setDialog] = useState<'lock' | 'correct' | null>(null);
  const close = () => setDialog(null);
  return (
    <section aria-label="Status van het verslag">
      {c.status === 'vastgelegd' ? (
        <Alert color="#1e6b2f" title={`Verslag vastgelegd (versie ${c.version})`}>
          <Stack gap="xs" align="flex-start">
            <Text size="sm">
              Vastgelegd op {formatDateNl(c.lockedOn)}. Het verslag, de enquête en de actiepunten
              zijn alleen-lezen; actiepunten kunt u wel afvinken.
            </Text>
            <Button
              variant="default"
              data-focus-return="conversation-status"
              onClick={() => setDialog('correct')}
            >
              Corrigeren…
            </Button>
          </Stack>
        </Alert>
      ) : (
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            Verslag in concept (versie {c.version}): wijzigingen worden meteen bewaard.
          </Text>
          <Button data-focus-return="conversation-status" onClick={() => setDialog('lock')}>
            Vastleggen…
          </Button>
        </Group>
      )}
      <ConversationVersions conversationId={c.id} />
      <FormModal opened={dialog === 'lock'} onClose={close} title="Verslag vastleggen">
        <LockForm conversation={c} onDone={close} />
      </FormModal>
      <FormModal opened={dialog === 'correct'} onClose={close} title="Verslag corrigeren">
        <CorrectForm conversation={c} onDone={close} />
      </FormModal>
    </section>
  );
}

function LockForm(props: { conversation: ConversationDetail; onDone: () => void }) {
  const form = useSchemaForm(conversationLock, {
    id: props.conversation.id,
    lockedOn: todayIso() as string | null,
  });
  const mutate = useMutation();
  const submit = () =>
    form.submitWith(async (input) => {
      // What was typed last in the verslag is saved before this version is kept.
      await flushAll();
      await mutate('conversations.lock', input);
      notifySaved('Het verslag is vastgelegd.');
      props.onDone();
    });
  return (
    <DraftForm
      form={form}
      onSubmit={submit}
      onCancel={props.onDone}
      submitLabel="Vastleggen…"
      finalStep={{
        title: 'Verslag definitief vastleggen?',
        message: `Versie ${props.conversation.version} van het verslag wordt vastgelegd en is daarna alleen-lezen, met de enquête en de actiepunten. Een latere correctie wordt een nieuwe versie; deze blijft leesbaar.`,
        confirmLabel: 'Ja, vastleggen',
      }}
    >
      <Text size="sm">
        Daarna is het verslag alleen-lezen. Een latere correctie wordt een nieuwe versie; deze
        versie blijft leesbaar. Ga verder met de knop of met Ctrl+Enter.
      </Text>
      <DateField label="Vastgelegd op" required autoFocus {...valueProps(form, 'lockedOn')} />
    </DraftForm>
  );
}

function CorrectForm(props: { conversation: ConversationDetail; onDone: () => void }) {
  const form = useSchemaForm(conversationCorrect, { id: props.conversation.id, reason: '' });
  const mutate = useMutation();
  const submit = () =>
    form.submitWith(async (input) => {
      const c = await mutate('conversations.correct', input);
      notifySaved(`Versie ${c.version} van het verslag is in concept; de vorige blijft leesbaar.`);
      props.onDone();
    });
  return (
    <DraftForm
      form={form}
      onSubmit={submit}
      onCancel={props.onDone}
      submitLabel="Nieuwe versie maken"
    >
      <Textarea
        label="Reden van de correctie"
        required
        data-autofocus
        autosize
        minRows={2}
        {...textProps(form, 'reason', conversationCorrect)}
      />
    </DraftForm>
  );
}
