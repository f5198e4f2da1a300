import { Alert, Button, Checkbox, Group, List, Stack, Text, Textarea } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { TaskOutput } from '../../../shared/api/tasks';
import {
  reviewPackageForm,
  type ReviewPackageFormValues,
  type ReviewPackageSource,
} from '../../../shared/schemas/reviewPackage';
import { countNl } from '../../../shared/numbers';
import { useApi } from '../../data/apiContext';
import { useQuery } from '../../data/data';
import { DateField } from '../../components/DateField';
import { FormModal } from '../../components/FormModal';
import { LazySelect } from '../../components/LazySelect';
import { FormError, SubmitForm } from '../../components/SubmitForm';
import { notifySaved } from '../../components/feedback';
import { textProps, valueProps } from '../../components/fieldProps';
import { useSchemaForm } from '../../components/useSchemaForm';

type Made = NonNullable<TaskOutput<'review.makePackage'>>;

/**
 * "Beoordelingspakket maken": for the agreements `source` gives (a selection, a meeting's agenda,
 * or all that wait for a reaction), the reviewer from the register, a message and a reply-by
 * date; vertrouwelijke afspraken only when ticked; the standalone page beside it by default.
 * Saving asks where (the save dialog), then records and writes the package in one go.
 */
export function MakePackageModal(props: {
  opened: boolean;
  onClose: () => void;
  source: ReviewPackageSource;
  /** What the source is, for the title: "3 geselecteerde afspraken". */
  what: string;
}) {
  return (
    <FormModal opened={props.opened} onClose={props.onClose} title="Beoordelingspakket maken">
      <MakePackageForm {...props} />
    </FormModal>
  );
}

function MakePackageForm(props: {
  onClose: () => void;
  source: ReviewPackageSource;
  what: string;
}) {
  const api = useApi();
  const client = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [made, setMade] = useState<Made | null>(null);
  const form = useSchemaForm<typeof reviewPackageForm, ReviewPackageFormValues>(reviewPackageForm, {
    reviewerId: null,
    message: '',
    replyBy: null,
    includeConfidential: false,
    html: true,
  });
  const { values } = form;
  const preview = useQuery('reviewPackages.preview', {
    source: props.source,
    includeConfidential: values.includeConfidential,
  });
  const people = useQuery('contacts.list', { search: '', includeInactive: false });
  const options = useMemo(
    () =>
      (people.data ?? []).map((p) => ({
        value: p.id,
        label: p.partyName ? `${p.name} (${p.partyName})` : p.name,
      })),
    [people.data],
  );

  const submit = () =>
    form.submitWith(async (input) => {
      setBusy(true);
      const result = await api
        .task('review.makePackage', {
          source: props.source,
          reviewerId: input.reviewerId!,
          message: input.message,
          replyBy: input.replyBy,
          includeConfidential: input.includeConfidential,
          html: input.html,
        })
        .finally(() => setBusy(false));
      if (!result) return;
      setMade(result);
      // The agreements now wait for a reaction; the package is on the Overzicht.
      void client.invalidateQueries();
      notifySaved(`Beoordelingspakket opgeslagen als ${result.name}.`);
    });

  if (made) return <Made made={made} onClose={props.onClose} />;
  const p = preview.data;
  return (
    <SubmitForm onSubmit={submit} data-enter="hold" aria-label="Beoordelingspakket maken">
      <Stack gap="md">
        <FormError error={form.formError} title="Het pakket is niet gemaakt" />
        <Text size="sm">
          Een pakket is een klein bestand dat u per e-mail of USB-stick stuurt. De beoordelaar opent
          het in Regiodossier of, zonder Regiodossier, als webpagina in de browser, en stuurt een
          reactie terug die u hier inleest.
        </Text>
        <LazySelect
          label="Beoordelaar"
          description="Een persoon uit het register, meestal een wethouder"
          placeholder="Zoek op naam"
          required
          data={options}
          nothingFoundMessage="Geen persoon gevonden"
          {...valueProps(form, 'reviewerId')}
          clearable
          clearButtonProps={{ 'aria-label': 'Beoordelaar wissen' }}
          comboboxProps={{ withinPortal: true }}
        />
        <Textarea
          label="Bericht"
          description="Niet verplicht: wat de beoordelaar bovenaan leest"
          autosize
          minRows={3}
          {...textProps(form, 'message', reviewPackageForm)}
        />
        <DateField label="Graag reageren vóór" {...valueProps(form, 'replyBy')} />
        <Checkbox
          label="Vertrouwelijke afspraken meenemen"
          description={
            p && p.confidentialLeftOut > 0
              ? `${countNl(p.confidentialLeftOut, 'vertrouwelijke afspraak blijft', 'vertrouwelijke afspraken blijven')} anders buiten het pakket.`
              : 'Alleen als de beoordelaar ze mag zien.'
          }
          checked={values.includeConfidential}
          onChange={(e) => form.set('includeConfidential', e.currentTarget.checked)}
        />
        <Checkbox
          label="Ook als webpagina (.html) voor wie Regiodossier niet heeft"
          checked={values.html}
          onChange={(e) => form.set('html', e.currentTarget.checked)}
        />
        <div aria-live="polite">
          {preview.error && (
            <Alert color="red.9" title="Deze afspraken kunnen niet in een pakket">
              {preview.error.message}
            </Alert>
          )}
          {p && (
            <>
              <Text fw={600} size="sm">
                {p.included === 0
                  ? `Geen afspraken uit ${props.what} gaan in het pakket.`
                  : `In het pakket (${p.regionName}): ${countNl(p.included, 'afspraak', 'afspraken')}`}
              </Text>
              <List size="sm" mt={4}>
                {p.agreements
                  .filter((a) => a.included)
                  .slice(0, 12)
                  .map((a) => (
                    <List.Item key={a.id}>
                      {a.title}
                      {a.confidential ? ' (vertrouwelijk)' : ''}
                    </List.Item>
                  ))}
                {p.included > 12 && <List.Item>en nog {p.included - 12}</List.Item>}
              </List>
            </>
          )}
        </div>
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            Annuleren
          </Button>
          <Button type="submit" loading={busy} disabled={!p || p.included === 0}>
            Pakket opslaan…
          </Button>
        </Group>
      </Stack>
    </SubmitForm>
  );
}

function Made({ made, onClose }: { made: Made; onClose: () => void }) {
  return (
    <Stack gap="md">
      <Alert color="teal.9" title="Het pakket is opgeslagen" role="status">
        <Text>
          {countNl(made.agreements, 'afspraak', 'afspraken')} voor {made.reviewerName}, opgeslagen
          als <strong>{made.name}</strong>
          {made.pageName ? (
            <>
              {' '}
              en <strong>{made.pageName}</strong>
            </>
          ) : null}
          .
        </Text>
        <Text mt="xs">
          Stuur {made.pageName ? 'beide bestanden' : 'het bestand'} naar {made.reviewerName}. De
          afspraken wachten nu op reactie; het pakket staat op het Overzicht tot de reactie is
          ingelezen (Bestand → Reactie inlezen…).
        </Text>
      </Alert>
      <Group justify="flex-end">
        <Button onClick={onClose} data-autofocus>
          Sluiten
        </Button>
      </Group>
    </Stack>
  );
}
