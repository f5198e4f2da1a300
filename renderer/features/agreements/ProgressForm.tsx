import { Button, Group, Select, Stack, Textarea } from '@mantine/core';
import { TRANSITION_ACTION_LABELS, transitionProblem } from '../../../shared/agreementStatus';
import { todayIso } from '../../../shared/dates';
import { AGREEMENT_STATUS_LABELS, type AgreementStatus } from '../../../shared/domain';
import { progressCreate, type AgreementDetail } from '../../../shared/schemas/agreement';
import { useMutation } from '../../data/data';
import { DateField } from '../../components/DateField';
import { notifySaved } from '../../components/feedback';
import { useSchemaForm } from '../../components/useSchemaForm';
import { FormError, SubmitForm } from '../../components/SubmitForm';
import { textProps } from '../../components/fieldProps';

/** "Voortgang toevoegen": a dated update, optionally with a status change. Typed text is kept as a draft. */
export function ProgressForm({ agreement }: { agreement: AgreementDetail }) {
  const empty = {
    agreementId: agreement.id,
    on: todayIso(),
    text: '',
    status: null as AgreementStatus | null,
    reason: '',
  };
  const form = useSchemaForm(progressCreate, empty, `concept:voortgang:${agreement.id}`);
  const mutate = useMutation();
  const { values, errors, set } = form;
  const status = values.status ?? null;
  const options = agreement.allowedTransitions.map((to) => ({
    value: to,
    label: `${TRANSITION_ACTION_LABELS[to]} (wordt ${AGREEMENT_STATUS_LABELS[to].toLowerCase()})`,
  }));

  const submit = () =>
    form.submitWith(async (input) => {
      if (input.status) {
        const problem = transitionProblem(agreement.status, input.status, { reason: input.reason });
        if (problem) {
          form.showError(new Error(problem.message));
          return;
        }
      }
      await mutate('agreements.addProgress', input);
      form.reset({ ...empty, on: todayIso() });
      notifySaved('De voortgang is vastgelegd.');
    });

  return (
    <SubmitForm aria-labelledby="voortgang-kop" onSubmit={submit}>
      <Stack gap="sm">
        <FormError error={form.formError} />
        <Group grow align="flex-start">
          <DateField
            label="Datum"
            required
            value={values.on ?? null}
            onChange={(v) => set('on', v ?? '')}
            error={errors.on}
          />
          {options.length > 0 && (
            <Select
              label="Status wijzigen (niet verplicht)"
              placeholder="Status blijft gelijk"
              data={options}
              value={status}
              onChange={(v) => set('status', (v as AgreementStatus | null) ?? null)}
              clearable
              clearButtonProps={{ 'aria-label': 'Statuswijziging wissen' }}
              error={errors.status}
              comboboxProps={{ withinPortal: true }}
            />
          )}
        </Group>
        <Textarea
          label="Wat is er gebeurd?"
          required
          autosize
          minRows={3}
          {...textProps(form, 'text')}
        />
        {status === 'vervallen' && (
          <Textarea
            label="Reden"
            description="Waarom vervalt de afspraak?"
            required
            autosize
            minRows={2}
            {...textProps(form, 'reason')}
          />
        )}
        <Group justify="flex-end">
          <Button type="submit">Voortgang toevoegen</Button>
        </Group>
      </Stack>
    </SubmitForm>
  );
}
