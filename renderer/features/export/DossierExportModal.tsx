import {
  Checkbox,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
  Group,
  Button,
  Alert,
  Text,
} from '@mantine/core';
import { useEffect, useRef } from 'react';
import {
  DEFAULT_DOSSIER_SECTIONS,
  DOSSIER_MARKING_LABELS,
  DOSSIER_MARKINGS,
  DOSSIER_SECTION_LABELS,
  DOSSIER_SECTIONS,
  dossierOptions,
  type DossierMarking,
  type DossierSection,
} from '../../../shared/schemas/dossier';
import { useQuery } from '../../data/data';
import { useCurrentRegion } from '../../data/useCurrentRegion';
import { DateField } from '../../components/DateField';
import { useSchemaForm } from '../../components/useSchemaForm';
import { ExportModal } from './ExportModal';
import { useExportTask } from './useExportTask';
import { SubmitForm } from '../../components/SubmitForm';
import { valueProps } from '../../components/fieldProps';

interface Values extends Record<string, unknown> {
  regionId: string;
  from: string | null;
  to: string | null;
  sections: DossierSection[];
  minutes: 'vastgesteld' | 'alle';
  minutesText: boolean;
  includeConfidential: boolean;
  cards: boolean;
  marking: DossierMarking;
  title: string;
  author: string;
}

/**
 * "Regiodossier exporteren" (Bestand menu, Ctrl+P, and on the overzicht): the choices, then the
 * save dialog, then the export's progress with "Afbreken", and "Openen" / "Toon in map" at the
 * end. Escape closes the dialog, or while the export runs, breaks it off.
 */
export function DossierExportModal(props: { opened: boolean; onClose: () => void }) {
  const task = useExportTask();
  return (
    <ExportModal
      opened={props.opened}
      onClose={props.onClose}
      title="Regiodossier exporteren"
      saved="Het regiodossier is opgeslagen als"
      size="lg"
      task={task}
    >
      {(close) => (
        <ExportForm
          onStart={(options) => task.start({ kind: 'dossier', options })}
          choosing={task.choosing}
          error={task.error}
          onCancel={close}
        />
      )}
    </ExportModal>
  );
}

function ExportForm(props: {
  onStart: (options: Values) => Promise<boolean>;
  choosing: boolean;
  error: string | null;
  onCancel: () => void;
}) {
  const current = useCurrentRegion();
  const settings = useQuery('settings.get', {});
  const form = useSchemaForm<typeof dossierOptions, Values>(dossierOptions, {
    regionId: current.regionId ?? '',
    from: null,
    to: null,
    sections: [...DEFAULT_DOSSIER_SECTIONS],
    minutes: 'vastgesteld',
    minutesText: true,
    includeConfidential: false,
    cards: true,
    marking: 'geen',
    title: '',
    author: settings.data?.userName ?? '',
  });
  const { values, set, errors } = form;
  // Also when the choices come back after "Opnieuw" (the dialog was open already).
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  const regionName = current.regions.find((r) => r.id === values.regionId)?.name ?? '';
  const submit = async () => {
    const parsed = form.validate();
    if (parsed) await props.onStart(values);
  };
  return (
    <SubmitForm onSubmit={submit}>
      <Stack gap="md">
        {(form.formError || props.error) && (
          <Alert color="red.9" role="alert">
            {props.error ?? form.formError}
          </Alert>
        )}
        <Select
          label="Regio"
          data={current.regions.map((r) => ({ value: r.id, label: r.name }))}
          value={values.regionId || null}
          onChange={(id) => id && set('regionId', id)}
          allowDeselect={false}
          error={errors.regionId}
          ref={first}
          data-autofocus
        />
        <SimpleGrid cols={2}>
          <DateField label="Periode van" {...valueProps({ values, errors, set }, 'from')} />
          <DateField label="Tot en met" {...valueProps({ values, errors, set }, 'to')} />
        </SimpleGrid>
        <Text size="sm" c="dimmed" mt={-8}>
          De periode kiest de overleggen, de gespreksverslagen en de wijzigingen. Afspraken staan er
          altijd in, zoals ze er vandaag voor staan; de monitor toont alle jaren. Leeg: alles tot en
          met vandaag.
        </Text>
        <Checkbox.Group
          label="Onderdelen"
          value={values.sections}
          onChange={(v) => set('sections', v as DossierSection[])}
          error={errors.sections}
        >
          <Stack gap={6} mt={6}>
            {DOSSIER_SECTIONS.map((s) => (
              <Checkbox key={s} value={s} label={DOSSIER_SECTION_LABELS[s]} />
            ))}
          </Stack>
        </Checkbox.Group>
        <Checkbox
          label="Afspraken zonder kaarten (alleen het overzicht per thema en status)"
          description="Voor een grote regio: geen pagina per afspraak, wel elke afspraak in het overzicht."
          checked={!values.cards}
          disabled={!values.sections.includes('afspraken')}
          onChange={(e) => set('cards', !e.currentTarget.checked)}
        />
        <Radio.Group
          label="Notulen"
          value={values.minutes}
          onChange={(v) => set('minutes', v as Values['minutes'])}
        >
          <Group mt={6}>
            <Radio value="vastgesteld" label="Alleen vastgestelde" />
            <Radio value="alle" label="Ook conceptnotulen" />
          </Group>
        </Radio.Group>
        <Checkbox
          label="Notulentekst opnemen"
          description="Uit: per overleg alleen de agenda met de besluiten en actiepunten."
          checked={values.minutesText}
          onChange={(e) => set('minutesText', e.currentTarget.checked)}
        />
        <Checkbox
          label="Vertrouwelijke afspraken en agendapunten opnemen"
          description="Standaard blijven ze buiten het dossier. Opnemen zet de markering op Vertrouwelijk."
          checked={values.includeConfidential}
          onChange={(e) => {
            const checked = e.currentTarget.checked;
            set('includeConfidential', checked);
            if (checked && values.marking === 'geen') set('marking', 'vertrouwelijk');
          }}
        />
        <Radio.Group
          label="Markering (bovenaan elke pagina)"
          value={values.marking}
          onChange={(v) => set('marking', v as DossierMarking)}
          error={errors.marking}
        >
          <Group mt={6}>
            {DOSSIER_MARKINGS.map((m) => (
              <Radio key={m} value={m} label={DOSSIER_MARKING_LABELS[m] || 'Geen'} />
            ))}
          </Group>
        </Radio.Group>
        <SimpleGrid cols={2}>
          <TextInput
            label="Titel"
            placeholder={`Regiodossier ${regionName}`}
            description="Leeg: de standaardtitel"
            {...form.input('title')}
          />
          <TextInput
            label="Auteur"
            placeholder={settings.data?.userName || 'Uw naam'}
            description={settings.data?.organisation || 'Uit Instellingen'}
            {...form.input('author')}
          />
        </SimpleGrid>
        <Group justify="flex-end" mt="xs">
          <Button variant="default" onClick={props.onCancel}>
            Annuleren
          </Button>
          <Button type="submit" loading={props.choosing}>
            Exporteren…
          </Button>
        </Group>
      </Stack>
    </SubmitForm>
  );
}
