import {
  Group,
  MultiSelect,
  NumberInput,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import type { PartyType, SurveyFactor, Urgency } from '../../../shared/domain';
import { SURVEY_FACTORS_MAX, survey, type Survey } from '../../../shared/schemas/survey';
import { useMutation } from '../../data/data';
import { DraftForm } from '../../components/DraftForm';
import { notifySaved } from '../../components/feedback';
import { textProps } from '../../components/fieldProps';
import { useSchemaForm } from '../../components/useSchemaForm';
import { listError } from './ConversationFields';
import { FACTOR_OPTIONS, RESPONDENT_OPTIONS, URGENCY_OPTIONS } from './conversationOptions';

/** The enquête in the form: nothing chosen yet where the schema wants a choice. */
type SurveyValues = {
  respondentType: PartyType | null;
  scoreStart: number | null;
  scoreNow: number | null;
  positive: SurveyFactor[];
  positiveOther: string;
  negative: SurveyFactor[];
  negativeOther: string;
  urgency: Urgency | null;
  explanation: string;
};

const emptySurvey: SurveyValues = {
  respondentType: null,
  scoreStart: null,
  scoreNow: null,
  positive: [],
  positiveOther: '',
  negative: [],
  negativeOther: '',
  urgency: null,
  explanation: '',
};

/** The API answers about `survey.scoreNow`; the form's field is `scoreNow`. */
const rename = (path: string) => path.replace(/^survey\./, '');

/** "Enquête toevoegen" / "Enquête bewerken": the questionnaire's answers, saved at once. */
export function SurveyForm(props: {
  conversationId: string;
  stored: Survey | null;
  onDone: () => void;
}) {
  const form = useSchemaForm<typeof survey, SurveyValues>(
    survey,
    props.stored ?? emptySurvey,
    `concept:enquete-${props.conversationId}`,
    { rename },
  );
  const mutate = useMutation();
  const { values, set, errors } = form;
  const submit = () =>
    form.submitWith(async (input) => {
      await mutate('conversations.setSurvey', {
        conversationId: props.conversationId,
        survey: input,
      });
      form.reset(input as SurveyValues);
      notifySaved('De enquête is opgeslagen.');
      props.onDone();
    });

  const score = (name: 'scoreStart' | 'scoreNow', label: string) => (
    <NumberInput
      label={label}
      description="Een heel getal van 1 tot en met 10"
      placeholder="1–10"
      min={1}
      max={10}
      step={1}
      allowDecimal={false}
      allowNegative={false}
      clampBehavior="none"
      value={values[name] ?? ''}
      onChange={(v) => set(name, v === '' ? null : Number(v))}
      error={errors[name]}
    />
  );

  const factors = (list: 'positive' | 'negative', other: 'positiveOther' | 'negativeOther') => {
    const label = list === 'positive' ? 'Positieve factoren' : 'Negatieve factoren';
    const which = list === 'positive' ? 'positief' : 'negatief';
    return (
      <Stack gap="xs">
        <MultiSelect
          label={label}
          description={`Wat werkte ${list === 'positive' ? 'mee' : 'tegen'} in de samenwerking? Kies hoogstens ${SURVEY_FACTORS_MAX}.`}
          placeholder={values[list].length ? undefined : 'Kies factoren'}
          data={FACTOR_OPTIONS}
          value={values[list]}
          maxValues={SURVEY_FACTORS_MAX}
          onChange={(v) => {
            set(list, v as SurveyFactor[]);
            if (!v.includes('anders')) set(other, '');
          }}
          error={listError(errors, list)}
          searchable
          nothingFoundMessage="Geen factor gevonden"
          comboboxProps={{ withinPortal: true }}
        />
        {values[list].includes('anders') && (
          <TextInput label={`Andere factor (${which})`} required {...textProps(form, other)} />
        )}
      </Stack>
    );
  };

  return (
    <DraftForm form={form} onSubmit={submit} onCancel={props.onDone} submitLabel="Enquête opslaan">
      <Select
        label="Ingevuld door (soort organisatie)"
        required
        placeholder="Kies de soort organisatie"
        data={RESPONDENT_OPTIONS}
        value={values.respondentType}
        onChange={(v) => set('respondentType', v as PartyType | null)}
        error={errors.respondentType}
        allowDeselect={false}
        data-autofocus
        comboboxProps={{ withinPortal: true }}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {score('scoreStart', 'Rapportcijfer samenwerking bij aanvang')}
        {score('scoreNow', 'Rapportcijfer samenwerking nu')}
      </SimpleGrid>
      {factors('positive', 'positiveOther')}
      {factors('negative', 'negativeOther')}
      <Radio.Group
        label="Urgentie van het thema"
        value={values.urgency}
        onChange={(v) => set('urgency', v as Urgency)}
        error={errors.urgency}
      >
        <Group mt={6} gap="md">
          {URGENCY_OPTIONS.map((o) => (
            <Radio key={o.value} value={o.value} label={o.label} />
          ))}
        </Group>
      </Radio.Group>
      <Textarea
        label="Toelichting"
        autosize
        minRows={3}
        maxRows={10}
        {...textProps(form, 'explanation')}
      />
      <Text size="xs" c="dimmed">
        Alleen de soort organisatie is verplicht; de andere vragen mogen open blijven.
      </Text>
    </DraftForm>
  );
}
