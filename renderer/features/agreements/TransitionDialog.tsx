import { focusHeadingAfterDialog } from '../../components/focus';
import { WarningAlert } from '../../components/WarningAlert';
import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { FormModal } from '../../components/FormModal';
import { useState } from 'react';
import {
  DELIBERATE_STATUSES,
  TRANSITION_ACTION_LABELS,
  transitionProblem,
  UNDO_TRANSITION_MINUTES,
} from '../../../shared/agreementStatus';
import { todayIso } from '../../../shared/dates';
import { AGREEMENT_STATUS_LABELS, type AgreementStatus } from '../../../shared/domain';
import { agreementTransition } from '../../../shared/schemas/agreement';
import { useMutation } from '../../data/data';
import { DateField } from '../../components/DateField';
import { notifyWithUndo } from '../../components/feedback';
import { useSchemaForm } from '../../components/useSchemaForm';
import { FormError } from '../../components/SubmitForm';
import { textProps } from '../../components/fieldProps';

export interface TransitionTarget {
  id: string;
  title: string;
  from: AgreementStatus;
  to: AgreementStatus;
  /** Whether bestuurlijke dekking is recorded (vaststellen without it gets a warning). */
  dekkingGranted: boolean;
}

/** Asks the date of a status change, a note, and (for vervallen) the required reason. */
export function TransitionDialog({
  target,
  onClose,
}: {
  target: TransitionTarget | null;
  onClose: () => void;
}) {
  return (
    <FormModal
      opened={target !== null}
      onClose={onClose}
      title={target ? TRANSITION_ACTION_LABELS[target.to] : ''}
      size="md"
      closeOnClickOutside
    >
      {target && (
        <TransitionForm
          target={target}
          onCancel={onClose}
          onDone={() => {
            onClose();
            // The button that opened the dialog is gone now that the status changed.
            focusHeadingAfterDialog();
          }}
        />
      )}
    </FormModal>
  );
}

function TransitionForm(props: {
  target: TransitionTarget;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { target, onDone } = props;
  const form = useSchemaForm(agreementTransition, {
    id: target.id,
    to: target.to,
    on: todayIso(),
    note: '',
    reason: '',
  });
  const mutate = useMutation();
  const { values, errors, set } = form;
  const needsReason = target.to === 'vervallen';
  const deliberate = DELIBERATE_STATUSES.includes(target.to);
  const statusWord = AGREEMENT_STATUS_LABELS[target.to].toLowerCase();
  const [reasonError, setReasonError] = useState<string | null>(null);

  const submit = () =>
    form.submitWith(async (input) => {
      const problem = transitionProblem(target.from, target.to, { reason: input.reason });
      if (problem) {
        setReasonError(problem.message);
        return;
      }
      await mutate('agreements.transition', input);
      notifyWithUndo(
        `De afspraak is nu ${statusWord}.`,
        () => mutate('agreements.undoTransition', { id: target.id, status: target.to }),
        `De afspraak is weer ${AGREEMENT_STATUS_LABELS[target.from].toLowerCase()}.`,
      );
      onDone();
    });

  return (
    <form
      noValidate
      onSubmit={(e) => {
        // Enter in a field confirms only a step that is easily taken back; a deliberate one
        // (vaststellen, afronden, laten vervallen) needs the button or Ctrl+Enter.
        e.preventDefault();
        if (!deliberate) void submit();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          void submit();
        }
      }}
    >
      <Stack gap="md">
        <Text size="sm">
          “{target.title}” gaat van {AGREEMENT_STATUS_LABELS[target.from].toLowerCase()} naar{' '}
          <strong>{AGREEMENT_STATUS_LABELS[target.to].toLowerCase()}</strong>.
        </Text>
        <FormError error={form.formError} />
        {target.to === 'vastgesteld' && !target.dekkingGranted && (
          <WarningAlert title="Nog geen bestuurlijke dekking">
            Voor deze afspraak is geen bestuurlijke dekking vastgelegd. Vaststellen kan, maar leg de
            dekking vast zodra die er is.
          </WarningAlert>
        )}
        <DateField
          label="Datum"
          autoFocus={!needsReason}
          required
          value={values.on ?? null}
          onChange={(v) => set('on', v ?? '')}
          error={errors.on}
        />
        {needsReason && (
          <Textarea
            label="Reden"
            description="Waarom vervalt de afspraak?"
            required
            autosize
            minRows={2}
            value={values.reason ?? ''}
            maxLength={form.maxLength('reason')}
            onChange={(e) => {
              set('reason', e.currentTarget.value);
              setReasonError(null);
            }}
            error={errors.reason ?? reasonError ?? undefined}
            data-autofocus
          />
        )}
        <Textarea
          label="Toelichting (niet verplicht)"
          autosize
          minRows={2}
          {...textProps(form, 'note')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onCancel}>
            Annuleren
          </Button>
          <Button
            type={deliberate ? 'button' : 'submit'}
            onClick={deliberate ? () => void submit() : undefined}
            color={target.to === 'vervallen' ? 'red.8' : undefined}
            aria-keyshortcuts={deliberate ? 'Control+Enter' : undefined}
          >
            {TRANSITION_ACTION_LABELS[target.to]}
          </Button>
        </Group>
        {deliberate && (
          <Text size="xs" c="dimmed" ta="right">
            Bevestig met de knop of met Ctrl+Enter. Binnen {UNDO_TRANSITION_MINUTES} minuten kun je
            dit nog ongedaan maken.
          </Text>
        )}
      </Stack>
    </form>
  );
}
