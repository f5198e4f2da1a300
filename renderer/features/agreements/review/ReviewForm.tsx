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
import { useState, type ReactNode } from 'react';
import { formatDateNl, todayIso } from '../../../../shared/dates';
import { REVIEW_VERDICT_LABELS, type ReviewVerdict } from '../../../../shared/domain';
import { reviewCreate } from '../../../../shared/schemas/agreement';
import { useMutation } from '../../../data/data';
import { DateField } from '../../../components/DateField';
import { useSchemaForm } from '../../../components/useSchemaForm';
import { FormError, SubmitForm } from '../../../components/SubmitForm';
import { textProps, valueProps } from '../../../components/fieldProps';

interface Values {
  agreementIds: string[];
  reviewerName: string;
  on: string | null;
  verdict: ReviewVerdict | '';
  remark: string;
  [key: string]: unknown;
}

/** The reviewer is the wethouder, not the coordinator whose laptop it is: remember who typed last. */
const REVIEWER_KEY = 'regiodossier:beoordelaar';
const lastReviewer = () => window.localStorage.getItem(REVIEWER_KEY) ?? '';

interface Recorded {
  verdict: ReviewVerdict;
  reviewerName: string;
  on: string;
  remark: string;
}

/**
 * "Uw oordeel" over one agreement: akkoord or a remark, with the reviewer's name and the date.
 * After saving, the form shows what was recorded, and offers the next agreement.
 */
export function ReviewForm(props: { id: string; title: string; onNext?: () => void }) {
  const initial: Values = {
    agreementIds: [props.id],
    reviewerName: lastReviewer(),
    on: todayIso(),
    verdict: '',
    remark: '',
  };
  const form = useSchemaForm(reviewCreate, initial);
  const mutate = useMutation();
  const [recorded, setRecorded] = useState<Recorded | null>(null);
  const [busy, setBusy] = useState(false);
  const { values, errors, set } = form;

  const submit = async () => {
    const v = form.validate();
    if (!v) return;
    setBusy(true);
    try {
      await mutate('agreements.review', { ...v, agreementIds: [props.id] });
      window.localStorage.setItem(REVIEWER_KEY, v.reviewerName);
      setRecorded({ verdict: v.verdict, reviewerName: v.reviewerName, on: v.on, remark: v.remark });
      form.reset({ ...initial, reviewerName: v.reviewerName, on: v.on });
    } catch (error) {
      form.showError(error);
    } finally {
      setBusy(false);
    }
  };

  if (recorded) {
    return (
      <ReviewFrame title={props.title}>
        <Alert color="teal.9" role="status" title="Vastgelegd" mt="md">
          <Text fw={600}>
            {REVIEW_VERDICT_LABELS[recorded.verdict]} — {recorded.reviewerName},{' '}
            {formatDateNl(recorded.on)}
          </Text>
          {recorded.remark && <Text className="review-remark">{recorded.remark}</Text>}
        </Alert>
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={() => setRecorded(null)}>
            Nog een oordeel geven
          </Button>
          {props.onNext && (
            <Button size="md" onClick={props.onNext} data-autofocus>
              Volgende afspraak →
            </Button>
          )}
        </Group>
      </ReviewFrame>
    );
  }

  return (
    <ReviewFrame title={props.title}>
      <Text c="dimmed" mb="md">
        Uw oordeel wordt bij deze afspraak bewaard, met uw naam en de datum.
      </Text>
      <SubmitForm onSubmit={submit}>
        <Stack gap="md">
          <FormError error={form.formError} />
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
            {...textProps(form, 'remark')}
          />
          <Group grow align="flex-start">
            <TextInput label="Uw naam" required {...textProps(form, 'reviewerName')} />
            <DateField label="Datum" required {...valueProps(form, 'on')} />
          </Group>
          <Group justify="flex-end">
            <Button type="submit" size="md" loading={busy}>
              Oordeel vastleggen
            </Button>
          </Group>
        </Stack>
      </SubmitForm>
    </ReviewFrame>
  );
}

/** The section around the form and around what was recorded: one heading for both. */
function ReviewFrame(props: { title: string; children: ReactNode }) {
  return (
    <Card
      withBorder
      component="section"
      aria-labelledby="oordeel-kop"
      className="review-form review-no-print"
      p="lg"
    >
      <Title order={2} size="h3" id="oordeel-kop">
        Uw oordeel over “{props.title}”
      </Title>
      {props.children}
    </Card>
  );
}
