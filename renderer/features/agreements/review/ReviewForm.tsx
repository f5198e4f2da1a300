import {
  Alert,
  Button,
  Card,
  Group,
  Radio,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { formatDateNl, todayIso } from '../../../../shared/dates';
import { REVIEW_VERDICT_LABELS, type ReviewVerdict } from '../../../../shared/domain';
import { reviewCreate } from '../../../../shared/schemas/agreement';
import { useMutation } from '../../../app/data';
import { DateField } from '../../../components/DateField';
import { useSchemaForm } from '../../../components/useSchemaForm';
import { countAgreements } from '../dashboard/dashboardLinks';

interface Values {
  agreementIds: string[];
  reviewerName: string;
  on: string | null;
  verdict: ReviewVerdict | '';
  remark: string;
  [key: string]: unknown;
}

/** "Uw oordeel": one verdict (akkoord or a remark) for every agreement in the selection. */
export function ReviewForm(props: { ids: string[]; userName: string }) {
  const initial: Values = {
    agreementIds: props.ids,
    reviewerName: props.userName,
    on: todayIso(),
    verdict: '',
    remark: '',
  };
  const form = useSchemaForm(reviewCreate, initial);
  const mutate = useMutation();
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { values, errors, set } = form;
  const n = props.ids.length;
  const scope = n === 1 ? 'deze afspraak' : `deze ${n} afspraken`;

  const submit = async () => {
    setDone(null);
    const v = form.validate();
    if (!v) return;
    setBusy(true);
    try {
      const result = await mutate('agreements.review', { ...v, agreementIds: props.ids });
      const message = `${REVIEW_VERDICT_LABELS[v.verdict]} — ${v.reviewerName}, ${formatDateNl(v.on)} is vastgelegd bij ${countAgreements(result.count)}.`;
      setDone(message);
      form.reset({ ...initial, reviewerName: v.reviewerName, on: v.on });
    } catch (error) {
      form.showError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card
      withBorder
      component="section"
      aria-labelledby="oordeel-kop"
      className="review-form review-no-print"
      p="lg"
    >
      <Title order={2} size="h3" id="oordeel-kop">
        Uw oordeel over {scope}
      </Title>
      <Text c="dimmed" mb="md">
        {n === 1
          ? 'Uw oordeel wordt bij de afspraak bewaard, met uw naam en de datum.'
          : `Uw oordeel geldt voor alle ${n} geselecteerde afspraken en wordt bij elk ervan bewaard.`}
      </Text>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack gap="md">
          {done && (
            <Alert color="teal.9" role="status" title="Vastgelegd">
              {done}
            </Alert>
          )}
          {form.formError && (
            <Alert color="red" role="alert">
              {form.formError}
            </Alert>
          )}
          <Radio.Group
            label="Uw oordeel"
            required
            value={values.verdict}
            onChange={(v) => set('verdict', v as ReviewVerdict)}
            error={errors.verdict}
          >
            <Group mt="xs" gap="xl">
              <Radio value="akkoord" label="Akkoord" size="md" />
              <Radio value="opmerking" label="Opmerking" size="md" />
            </Group>
          </Radio.Group>
          <Textarea
            label="Opmerking"
            description={
              values.verdict === 'opmerking'
                ? 'Verplicht bij een opmerking.'
                : 'Optioneel bij akkoord.'
            }
            required={values.verdict === 'opmerking'}
            autosize
            minRows={3}
            value={values.remark}
            maxLength={form.maxLength('remark')}

            onChange={(e) => set('remark', e.currentTarget.value)}
            error={errors.remark}
          />
          <Group grow align="flex-start">
            <TextInput
              label="Uw naam"
              required
              value={values.reviewerName}
              maxLength={form.maxLength('reviewerName')}

              onChange={(e) => set('reviewerName', e.currentTarget.value)}
              error={errors.reviewerName}
            />
            <DateField
              label="Datum"
              required
              value={values.on}
              onChange={(v) => set('on', v)}
              error={errors.on}
            />
          </Group>
          <Group justify="flex-end">
            <Button type="submit" size="md" loading={busy}>
              Oordeel vastleggen
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
