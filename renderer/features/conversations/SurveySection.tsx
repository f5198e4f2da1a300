import { Button, Group, Table, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import {
  PARTY_TYPE_LABELS,
  SURVEY_FACTOR_LABELS,
  URGENCY_LABELS,
  type SurveyFactor,
} from '../../../shared/domain';
import type { Survey } from '../../../shared/schemas/survey';
import { useMutation } from '../../data/data';
import { confirmAction, notifyError, notifySaved } from '../../components/feedback';
import { FormModal } from '../../components/FormModal';
import { SurveyForm } from './SurveyForm';

/** "Vertrouwen, Anders: korte lijnen" */
const factorList = (list: SurveyFactor[], other: string) =>
  list.length === 0
    ? 'Niet ingevuld'
    : list.map((f) => (f === 'anders' ? `Anders: ${other}` : SURVEY_FACTOR_LABELS[f])).join(', ');

const scoreText = (n: number | null) => (n === null ? 'Niet ingevuld' : String(n));

/**
 * The enquête of the gesprek (optional): who answered, a rapportcijfer for the cooperation at
 * the start and now, what helped and what hindered, the urgency and an explanation. Added,
 * changed and removed while the verslag is in concept.
 */
export function SurveySection(props: {
  conversationId: string;
  survey: Survey | null;
  readOnly: boolean;
}) {
  const { survey } = props;
  const [editing, setEditing] = useState(false);
  const mutate = useMutation();
  const remove = async () => {
    const yes = await confirmAction({
      title: 'Enquête verwijderen?',
      message: 'De antwoorden van de enquête bij dit gesprek worden verwijderd.',
      confirmLabel: 'Enquête verwijderen',
      danger: true,
    });
    if (!yes) return;
    try {
      await mutate('conversations.setSurvey', {
        conversationId: props.conversationId,
        survey: null,
      });
      notifySaved('De enquête is verwijderd.');
    } catch (error) {
      notifyError(error);
    }
  };

  return (
    <section aria-labelledby="enquete-kop">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="enquete-kop">
          Enquête
        </Title>
        {!props.readOnly && (
          <Group gap="xs">
            <Button
              size="xs"
              variant="outline"
              data-focus-return="enquete"
              onClick={() => setEditing(true)}
            >
              {survey ? 'Enquête bewerken' : 'Enquête toevoegen'}
            </Button>
            {survey && (
              <Button size="xs" variant="subtle" color="red.9" onClick={() => void remove()}>
                Enquête verwijderen
              </Button>
            )}
          </Group>
        )}
      </Group>
      {survey ? (
        <Table variant="vertical" withTableBorder>
          <caption className="visually-hidden">Antwoorden van de enquête</caption>
          <Table.Tbody>
            <Row label="Ingevuld door">{PARTY_TYPE_LABELS[survey.respondentType]}</Row>
            <Row label="Rapportcijfer bij aanvang">{scoreText(survey.scoreStart)}</Row>
            <Row label="Rapportcijfer nu">{scoreText(survey.scoreNow)}</Row>
            <Row label="Positieve factoren">
              {factorList(survey.positive, survey.positiveOther)}
            </Row>
            <Row label="Negatieve factoren">
              {factorList(survey.negative, survey.negativeOther)}
            </Row>
            <Row label="Urgentie">
              {survey.urgency ? URGENCY_LABELS[survey.urgency] : 'Niet ingevuld'}
            </Row>
            <Row label="Toelichting">
              <span style={{ whiteSpace: 'pre-wrap' }}>{survey.explanation || '—'}</span>
            </Row>
          </Table.Tbody>
        </Table>
      ) : (
        <Text c="dimmed" size="sm">
          Geen enquête bij dit gesprek.
          {!props.readOnly &&
            ' Met de enquête legt u vast hoe de deelnemers de samenwerking beoordelen.'}
        </Text>
      )}
      <FormModal
        opened={editing}
        onClose={() => setEditing(false)}
        title={survey ? 'Enquête bewerken' : 'Enquête toevoegen'}
      >
        <SurveyForm
          conversationId={props.conversationId}
          stored={survey}
          onDone={() => setEditing(false)}
        />
      </FormModal>
    </section>
  );
}

function Row(props: { label: string; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th scope="row" w={220}>
        {props.label}
      </Table.Th>
      <Table.Td>{props.children}</Table.Td>
    </Table.Tr>
  );
}
