import { Alert, Button, Group, Modal, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { formatDateNl, todayIso } from '../../../shared/dates';
import {
  minutesApprove,
  minutesCorrect,
  type MeetingDetail,
} from '../../../shared/schemas/meeting';
import { useMutation } from '../../data/data';
import { DateField } from '../../components/DateField';
import { DraftForm } from '../../components/DraftForm';
import { notifySaved } from '../../components/feedback';
import { useSchemaForm } from '../../components/useSchemaForm';
import { MinutesVersions } from './MinutesVersions';
import { MinutesExportButton } from '../export/MinutesExportButton';
import { textProps, valueProps } from '../../components/fieldProps';

/**
 * Concept → vastgesteld: "Notulen vaststellen…" (date and meeting of approval) makes the minutes
 * read-only; "Correctie maken…" (with a reason) starts a new concept version, and the approved
 * versions stay readable below.
 */
export function MinutesStatusPanel(props: { meeting: MeetingDetail }) {
  const m = props.meeting;
  const [dialog, setDialog] = useState<'approve' | 'correct' | null>(null);
  const close = () => setDialog(null);
  return (
    <section aria-label="Status van de notulen">
      {m.minutesStatus === 'vastgesteld' ? (
        <Alert color="#1e6b2f" title={`Notulen vastgesteld (versie ${m.minutesVersion})`}>
          <Stack gap="xs" align="flex-start">
            <Text size="sm">
              Vastgesteld op {formatDateNl(m.approvedOn!)} in {m.approvedIn}. De notulen, besluiten
              en actiepunten zijn alleen-lezen; actiepunten kunt u wel afvinken.
            </Text>
            <Group gap="sm">
              <Button
                variant="default"
                data-focus-return="minutes-status"
                onClick={() => setDialog('correct')}
              >
                Correctie maken…
              </Button>
              <MinutesExportButton meeting={m} />
            </Group>
          </Stack>
        </Alert>
      ) : (
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            Notulen in concept (versie {m.minutesVersion}): wijzigingen worden meteen bewaard.
          </Text>
          <Group gap="sm">
            <MinutesExportButton meeting={m} />
            <Button data-focus-return="minutes-status" onClick={() => setDialog('approve')}>
              Notulen vaststellen…
            </Button>
          </Group>
        </Group>
      )}
      <MinutesVersions meetingId={m.id} />
      <Modal opened={dialog === 'approve'} onClose={close} title="Notulen vaststellen">
        {dialog === 'approve' && <ApproveForm meeting={m} onDone={close} />}
      </Modal>
      <Modal opened={dialog === 'correct'} onClose={close} title="Correctie maken">
        {dialog === 'correct' && <CorrectForm meeting={m} onDone={close} />}
      </Modal>
    </section>
  );
}

function ApproveForm(props: { meeting: MeetingDetail; onDone: () => void }) {
  const form = useSchemaForm(minutesApprove, {
    meetingId: props.meeting.id,
    approvedOn: todayIso() as string | null,
    approvedIn: '',
  });
  const mutate = useMutation();
  const submit = () =>
    form.submitWith(async (input) => {
      await mutate('minutes.approve', input);
      notifySaved('De notulen zijn vastgesteld.');
      props.onDone();
    });
  return (
    <DraftForm
      form={form}
      onSubmit={submit}
      onCancel={props.onDone}
      submitLabel="Vaststellen…"
      finalStep={{
        title: 'Notulen definitief vaststellen?',
        message: `Versie ${props.meeting.minutesVersion} van de notulen wordt vastgesteld en is daarna alleen-lezen, met de besluiten en actiepunten. Dit kan niet ongedaan worden gemaakt; een latere correctie wordt een nieuwe versie.`,
        confirmLabel: 'Ja, vaststellen',
      }}
    >
      <Text size="sm">
        Daarna zijn de notulen alleen-lezen. Een latere correctie wordt een nieuwe versie; deze
        versie blijft leesbaar. Ga verder met de knop of met Ctrl+Enter.
      </Text>
      <DateField label="Vastgesteld op" required {...valueProps(form, 'approvedOn')} autoFocus />
      <TextInput
        label="Vastgesteld in"
        required
        placeholder="Bijvoorbeeld het bestuurlijk regio-overleg van 12 mei 2027"
        {...textProps(form, 'approvedIn', minutesApprove)}
      />
    </DraftForm>
  );
}

function CorrectForm(props: { meeting: MeetingDetail; onDone: () => void }) {
  const form = useSchemaForm(minutesCorrect, { meetingId: props.meeting.id, reason: '' });
  const mutate = useMutation();
  const submit = () =>
    form.submitWith(async (input) => {
      const m = await mutate('minutes.correct', input);
      notifySaved(
        `Versie ${m.minutesVersion} van de notulen is in concept; de vorige blijft leesbaar.`,
      );
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
        {...textProps(form, 'reason', minutesCorrect)}
      />
    </DraftForm>
  );
}
