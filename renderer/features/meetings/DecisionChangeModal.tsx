import { Checkbox, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { AGREEMENT_STATUS_LABELS } from '../../../shared/domain';
import { decisionApply, type Decision } from '../../../shared/schemas/meeting';
import { maxLengthOf } from '../../../shared/schemaFields';
import { useMutation, useQuery } from '../../app/data';
import { DraftForm } from '../../components/DraftForm';
import { notifySaved } from '../../components/feedback';
import { useSchemaForm } from '../../components/useSchemaForm';
import { givesDekking, takenIn } from './decisionAgreement';
import { useMeeting } from './meetingContext';

const KEEP = '';

/**
 * "Bestaande afspraak wijzigen": the besluit moves an afspraak to a new status (dated the day of
 * the meeting) and/or gives it bestuurlijke dekking "vastgesteld in" this meeting; both then
 * show the link. The agreements of the agenda item come first in the list.
 */
export function DecisionChangeModal(props: {
  decision: Decision;
  opened: boolean;
  onClose: () => void;
}) {
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title="Afspraak wijzigen met dit besluit"
      size="lg"
    >
      {props.opened && <ChangeForm {...props} />}
    </Modal>
  );
}

function ChangeForm(props: { decision: Decision; onClose: () => void }) {
  const meeting = useMeeting();
  const item = meeting.agenda.find((i) => i.id === props.decision.agendaItemId);
  const onAgenda = item?.agreements ?? [];
  const form = useSchemaForm(decisionApply, {
    decisionId: props.decision.id,
    agreementId: onAgenda[0]?.id ?? '',
    to: null as string | null,
    reason: '',
    dekking: givesDekking(meeting.kind),
  });
  const list = useQuery('agreements.list', { regionId: meeting.regionId, limit: 500 });
  const chosen = useQuery(
    'agreements.get',
    form.values.agreementId ? { id: form.values.agreementId } : null,
  );
  const options = [
    ...onAgenda,
    ...(list.data?.items ?? []).filter((a) => !onAgenda.some((l) => l.id === a.id)),
  ].map((a) => ({ value: a.id, label: a.title }));
  const transitions = chosen.data?.allowedTransitions ?? [];
  const mutate = useMutation();

  const submit = async () => {
    const input = form.validate();
    if (!input) return;
    try {
      const a = await mutate('decisions.applyToAgreement', input);
      notifySaved(`“${a.title}” is gewijzigd en aan het besluit gekoppeld.`);
      props.onClose();
    } catch (error) {
      form.showError(error);
    }
  };

  return (
    <DraftForm form={form} onSubmit={submit} onCancel={props.onClose} submitLabel="Vastleggen">
      <Stack>
        <Text size="sm">
          Besluit: <em>{props.decision.text}</em>
        </Text>
        <Select
          label="Afspraak"
          required
          // A searchable list opens on focus: start there only when nothing is chosen yet.
          data-autofocus={onAgenda.length === 0 || undefined}
          placeholder="Zoek een afspraak"
          data={options}
          value={form.values.agreementId || null}
          onChange={(id) => {
            form.set('agreementId', id ?? '');
            form.set('to', null);
          }}
          searchable
          nothingFoundMessage="Geen afspraak gevonden"
          error={form.errors.agreementId}
        />
        <Select
          label="Nieuwe status"
          data-autofocus={onAgenda.length > 0 || undefined}
          description={
            chosen.data
              ? `Nu: ${AGREEMENT_STATUS_LABELS[chosen.data.status].toLocaleLowerCase('nl')}. De wijziging krijgt de datum van het overleg.`
              : undefined
          }
          data={[
            { value: KEEP, label: 'Status niet wijzigen' },
            ...transitions.map((s) => ({ value: s, label: AGREEMENT_STATUS_LABELS[s] })),
          ]}
          value={form.values.to ?? KEEP}
          onChange={(to) => form.set('to', to ? to : null)}
          allowDeselect={false}
          disabled={!chosen.data}
          error={form.errors.to}
        />
        {form.values.to === 'vervallen' && (
          <Textarea
            label="Reden"
            required
            autosize
            minRows={2}
            value={form.values.reason}
            maxLength={maxLengthOf(decisionApply, 'reason')}
            onChange={(e) => form.set('reason', e.currentTarget.value)}
            error={form.errors.reason}
          />
        )}
        <Checkbox
          label={`Bestuurlijke dekking: vastgesteld in ${takenIn(meeting)}`}
          checked={form.values.dekking}
          onChange={(e) => form.set('dekking', e.currentTarget.checked)}
        />
      </Stack>
    </DraftForm>
  );
}
