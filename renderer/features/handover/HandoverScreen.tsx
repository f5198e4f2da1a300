import { Alert, Anchor, Button, Card, Grid, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { formatDateNl } from '../../../shared/dates';
import { countNl } from '../../../shared/numbers';
import type { Handover } from '../../../shared/schemas/handover';
import { useQuery } from '../../data/data';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { HandoverExportButton } from '../export/HandoverExportButton';
import { HandoverDetails } from './HandoverDetails';
import { HandoverForm, joinNl, type HandoverDone } from './HandoverForm';

/**
 * Overdracht (issue 22, item 5), from a person's page: what they carry (handover.get) and the
 * step that hands it to a successor (handover.perform). Afterwards the screen shows what is left,
 * which is nothing when the roles ended today, and what was done.
 */
export function HandoverScreen() {
  const { id = '' } = useParams();
  const handover = useQuery('handover.get', { contactId: id });
  const [done, setDone] = useState<HandoverDone | null>(null);
  return (
    <QueryState query={handover} label="Overdracht">
      {(h) => (
        <>
          <PageHeader
            title={`Overdracht van ${h.person.name}`}
            description={
              <>
                {h.person.function || 'Geen functie vastgelegd'}
                {h.person.partyName && ` bij ${h.person.partyName}`}. Stand van{' '}
                {formatDateNl(h.day)} ·{' '}
                <Anchor component={Link} to={`/personen/${h.person.id}`} underline="always">
                  Naar de persoon
                </Anchor>
              </>
            }
            actions={<HandoverExportButton contactId={h.person.id} name={h.person.name} />}
          />
          {done && <DoneNote done={done} leaver={h.person.name} />}
          <Grid gap="lg" align="flex-start">
            <Grid.Col span={{ base: 12, md: 7 }}>
              <Stack gap="md">
                <HandoverDetails handover={h} />
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 5 }}>
              <Card withBorder className="handover-form">
                {carries(h) ? (
                  <HandoverForm key={formKey(h)} handover={h} onDone={setDone} />
                ) : (
                  <NothingLeft handover={h} />
                )}
              </Card>
            </Grid.Col>
          </Grid>
        </>
      )}
    </QueryState>
  );
}

/** Whether anything is left to hand over: a role, an afspraak or an open actiepunt. */
const carries = (h: Handover) =>
  h.roles.length + h.ownedAgreements.length + h.openActions.length > 0;

/** A new form (fresh choices) whenever what is carried changes. */
const formKey = (h: Handover) =>
  [...h.roles, ...h.ownedAgreements, ...h.openActions].map((x) => x.id).join(',');

function NothingLeft({ handover: h }: { handover: Handover }) {
  return (
    <EmptyState
      title="Niets over te dragen"
      action={
        <Button component={Link} to={`/personen/${h.person.id}`}>
          Terug naar {h.person.name}
        </Button>
      }
    >
      {h.person.name} heeft geen lopende rollen, geen afspraken als eigenaar en geen open
      actiepunten.
    </EmptyState>
  );
}

/** What the last overdracht did; takes the focus, since the form it replaces is gone. */
function DoneNote({ done, leaver }: { done: HandoverDone; leaver: string }) {
  const note = useRef<HTMLDivElement>(null);
  useEffect(() => note.current?.focus(), [done]);
  const parts = [
    done.roles ? countNl(done.roles, 'rol', 'rollen') : '',
    done.agreements ? countNl(done.agreements, 'afspraak', 'afspraken') : '',
    done.actions ? countNl(done.actions, 'actiepunt', 'actiepunten') : '',
  ].filter(Boolean);
  const ended = done.endedRoles - done.roles;
  const moved = done.roles + done.agreements + done.actions;
  return (
    <Alert
      ref={note}
      tabIndex={-1}
      color="teal.9"
      title="Overdracht uitgevoerd"
      mb="lg"
      role="status"
    >
      <Text size="sm">
        {parts.length
          ? `${joinNl(parts)} van ${leaver} ${moved === 1 ? 'is' : 'zijn'} overgedragen aan `
          : 'Opvolger: '}
        <Anchor component={Link} to={`/personen/${done.successorId}`} underline="always">
          {done.successorName}
        </Anchor>
        , per {formatDateNl(done.endDate)}.
        {ended > 0 && ` ${countNl(ended, 'rol eindigde', 'rollen eindigden')} zonder opvolger.`}{' '}
        <Anchor component={Link} to="/overzicht" underline="always">
          Naar het Overzicht
        </Anchor>
      </Text>
    </Alert>
  );
}
