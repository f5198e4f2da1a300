import {
  Anchor,
  Button,
  Card,
  Group,
  List,
  Modal,
  SimpleGrid,
  Text,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { formatDateNl } from '../../../shared/dates';
import { countNl } from '../../../shared/numbers';
import { dayOff } from '../../../shared/workingDays';
import { planNext } from '../../../shared/schemas/meeting';
import { useMutation, useQuery } from '../../data/data';
import { DateField } from '../../components/DateField';
import { TimeField } from '../../components/TimeField';
import { DraftForm } from '../../components/DraftForm';
import { notifySaved } from '../../components/feedback';
import { useSchemaForm } from '../../components/useSchemaForm';
import { textProps, valueProps } from '../../components/fieldProps';

/**
 * The werkstructuur's cycle on the regio-overzicht: the next planned meeting, and "Plan volgend
 * voortgangsgesprek" with a proposed date about six months after the last one and an agenda of
 * the agreements due for evaluation and the open actions.
 */
export function MeetingCycleCard(props: { regionId: string }) {
  const cycle = useQuery('meetings.cycle', { regionId: props.regionId });
  const [planning, setPlanning] = useState(false);
  if (!cycle.data) return null;
  const { next, proposal } = cycle.data;
  return (
    <Card withBorder mb="lg" component="section" aria-label="Overleggen">
      <Group justify="space-between">
        <Text>
          {next ? (
            <>
              Volgend overleg:{' '}
              <Anchor component={Link} to={`/overleggen/${next.id}`}>
                {next.title}
              </Anchor>{' '}
              op {formatDateNl(next.date)} om {next.startTime}
            </>
          ) : (
            'Er is nog geen volgend overleg gepland.'
          )}
        </Text>
        <Button variant={next ? 'default' : 'filled'} onClick={() => setPlanning(true)}>
          Plan volgend voortgangsgesprek
        </Button>
      </Group>
      <Modal
        opened={planning}
        onClose={() => setPlanning(false)}
        title="Volgend voortgangsgesprek plannen"
        size="lg"
      >
        {planning && (
          <PlanForm
            regionId={props.regionId}
            proposal={proposal}
            onDone={() => setPlanning(false)}
          />
        )}
      </Modal>
    </Card>
  );
}

function PlanForm(props: {
  regionId: string;
  proposal: {
    date: string;
    title: string;
    agreements: { id: string; title: string; nextEvaluation: string }[];
    openActions: number;
  };
  onDone: () => void;
}) {
  const { proposal } = props;
  const form = useSchemaForm(planNext, {
    regionId: props.regionId,
    title: proposal.title,
    date: proposal.date as string | null,
    startTime: '14:00',
    endTime: '16:00',
  });
  const mutate = useMutation();
  const navigate = useNavigate();
  const day = form.values.date ? dayOff(form.values.date) : null;
  const offDay =
    day === null
      ? null
      : day === 'zaterdag' || day === 'zondag'
        ? `een ${day}`
        : `${day}, een feestdag`;
  const submit = () =>
    form.submitWith(async (input) => {
      const meeting = await mutate('meetings.planNext', input);
      notifySaved(`${meeting.title} is gepland, met een voorstel voor de agenda.`);
      props.onDone();
      navigate(`/overleggen/${meeting.id}`);
    });
  return (
    <DraftForm form={form} onSubmit={submit} onCancel={props.onDone} submitLabel="Inplannen">
      <Text size="sm">
        Voorgestelde datum: ongeveer zes maanden na het vorige voortgangsgesprek, op een werkdag. De
        agenda krijgt {countNl(proposal.agreements.length, 'afspraak', 'afspraken')} die vóór die
        datum geëvalueerd moeten worden
        {proposal.openActions > 0 &&
          ` en de actiepuntenlijst (${countNl(proposal.openActions, 'open actiepunt', 'open actiepunten')})`}
        .
      </Text>
      {proposal.agreements.length > 0 && (
        <List size="sm">
          {proposal.agreements.map((a) => (
            <List.Item key={a.id}>
              {a.title} (evaluatie {formatDateNl(a.nextEvaluation)})
            </List.Item>
          ))}
        </List>
      )}
      <TextInput label="Titel" required data-autofocus {...textProps(form, 'title', planNext)} />
      <SimpleGrid cols={3}>
        <DateField
          label="Datum"
          required
          {...valueProps(form, 'date')}
          description={offDay ? `Let op: dit is ${offDay}.` : undefined}
        />
        <TimeField label="Begintijd" required {...valueProps(form, 'startTime')} />
        <TimeField label="Eindtijd" required {...valueProps(form, 'endTime')} />
      </SimpleGrid>
    </DraftForm>
  );
}
