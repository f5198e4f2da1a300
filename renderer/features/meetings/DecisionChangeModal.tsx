import { Alert, Checkbox, List, Select, Stack, Text, Textarea } from '@mantine/core';
import { FormModal } from '../../components/FormModal';
import { useState } from 'react';
import { formatDateNl, todayIso } from '../../../shared/dates';
import { dekkingText } from '../../../shared/dekkingText';
import { AGREEMENT_STATUS_LABELS, type AgreementStatus } from '../../../shared/domain';
import { decisionApply, type Decision } from '../../../shared/schemas/meeting';
import { useMutation, useQuery } from '../../data/data';
import { DraftForm } from '../../components/DraftForm';
import { notifySaved } from '../../components/feedback';
import { useSchemaForm } from '../../components/useSchemaForm';
import { givesDekking, takenIn } from './decisionAgreement';
import { useMeeting } from './meetingContext';
import { textProps } from '../../components/fieldProps';

const KEEP = '';

/**
 * "Bestaande afspraak wijzigen": the besluit moves an afspraak to a new status (dated the day of
 * the meeting) and/or gives it bestuurlijke dekking "vastgesteld in" this meeting; both then
 * show the link. The agreements of the agenda item come first in the list. Every change is shown
 * as "nu: … → wordt: …" before it is made, and nothing that is already there is replaced unless
 * the user asks for it (the dekking box is pre-ticked only for an afspraak without dekking).
 */
export function DecisionChangeModal(props: {
  decision: Decision;
  opened: boolean;
  onClose: () => void;
}) {
  return (
    <FormModal
      opened={props.opened}
      onClose={props.onClose}
      title="Afspraak wijzigen met dit besluit"
      closeOnClickOutside
    >
      <ChangeForm {...props} />
    </FormModal>
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
    dekking: false,
  });
  // Null until the box is used: then the default follows the chosen afspraak (see below).
  const [dekkingChoice, setDekkingChoice] = useState<boolean | null>(null);
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
  // A besluit of a meeting still to come is not taken yet: it changes nothing, it can only link.
  const toCome = meeting.date > todayIso();
  const taken = takenIn(meeting);
  const newDekking = { granted: true, by: taken, on: meeting.date };
  const current = chosen.data?.dekking ?? null;
  const sameDekking =
    current !== null && current.granted && current.by === taken && current.on === meeting.date;
  // Pre-ticked only when it overwrites nothing: an afspraak that already has dekking keeps it
  // unless the box is ticked on purpose.
  const dekkingByDefault =
    !toCome && givesDekking(meeting.kind) && current !== null && !current.granted;
  const dekking = !toCome && !sameDekking && (dekkingChoice ?? dekkingByDefault);

  const submit = () =>
    form.submitWith(
      async (input) => {
        const a = await mutate('decisions.applyToAgreement', input);
        notifySaved(`“${a.title}” is gewijzigd en aan het besluit gekoppeld.`);
        props.onClose();
      },
      { ...form.values, dekking },
    );

  return (
    <DraftForm form={form} onSubmit={submit} onCancel={props.onClose} submitLabel="Vastleggen">
      <Stack>
        <Text size="sm">
          Besluit: <em>{props.decision.text}</em>
        </Text>
        {toCome && (
          <Alert color="blue">
            Dit overleg moet nog plaatsvinden. Status en bestuurlijke dekking veranderen pas als het
            besluit genomen is; nu kunt u het besluit alleen aan de afspraak koppelen.
          </Alert>
        )}
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
            setDekkingChoice(null);
          }}
          searchable
          nothingFoundMessage="Geen afspraak gevonden"
          error={form.errors.agreementId}
        />
        <Select
          label="Nieuwe status"
          data-autofocus={onAgenda.length > 0 || undefined}
          description={chosen.data ? 'De wijziging krijgt de datum van het overleg.' : undefined}
          data={[
            { value: KEEP, label: 'Status niet wijzigen' },
            ...transitions.map((s) => ({ value: s, label: AGREEMENT_STATUS_LABELS[s] })),
          ]}
          value={form.values.to ?? KEEP}
          onChange={(to) => form.set('to', to ? to : null)}
          allowDeselect={false}
          disabled={!chosen.data || toCome}
          error={form.errors.to}
        />
        {form.values.to === 'vervallen' && (
          <Textarea
            label="Reden"
            required
            autosize
            minRows={2}
            {...textProps(form, 'reason', decisionApply)}
          />
        )}
        <Checkbox
          label={
            current?.granted
              ? `Bestuurlijke dekking vervangen door: vastgesteld in ${taken}`
              : `Bestuurlijke dekking: vastgesteld in ${taken}`
          }
          description={sameDekking ? 'De afspraak heeft deze dekking al.' : undefined}
          checked={dekking}
          disabled={!chosen.data || toCome || sameDekking}
          onChange={(e) => setDekkingChoice(e.currentTarget.checked)}
          error={form.errors.dekking}
        />
        {chosen.data && (
          <ChangeSummary
            status={chosen.data.status}
            to={form.values.to as AgreementStatus | null}
            on={meeting.date}
            dekkingNow={chosen.data.dekking}
            dekkingNew={dekking ? newDekking : null}
          />
        )}
      </Stack>
    </DraftForm>
  );
}

/** What the besluit will do, each change as "nu: … → wordt: …", or "blijft: …". */
function ChangeSummary(props: {
  status: AgreementStatus;
  to: AgreementStatus | null;
  on: string;
  dekkingNow: { granted: boolean; by: string; on: string | null };
  dekkingNew: { granted: boolean; by: string; on: string | null } | null;
}) {
  const label = (s: AgreementStatus) => AGREEMENT_STATUS_LABELS[s].toLocaleLowerCase('nl');
  const status =
    props.to && props.to !== props.status
      ? `nu: ${label(props.status)} → wordt: ${label(props.to)} (op ${formatDateNl(props.on)})`
      : `blijft: ${label(props.status)}`;
  const said = (d: typeof props.dekkingNow) => {
    const text = dekkingText(d);
    return text.charAt(0).toLocaleLowerCase('nl') + text.slice(1);
  };
  const dekking = props.dekkingNew
    ? `nu: ${said(props.dekkingNow)} → wordt: ${said(props.dekkingNew)}`
    : `blijft: ${said(props.dekkingNow)}`;
  return (
    <div>
      <Text size="sm" fw={600} id="decision-change-summary">
        Wat er verandert
      </Text>
      <List size="sm" aria-labelledby="decision-change-summary">
        <List.Item>Status — {status}</List.Item>
        <List.Item>Bestuurlijke dekking — {dekking}</List.Item>
      </List>
    </div>
  );
}
