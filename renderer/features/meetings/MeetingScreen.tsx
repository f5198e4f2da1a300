import { Badge, Button, Divider, Group, Stack, Tabs, Text } from '@mantine/core';
import { useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { formatDateNl } from '../../../shared/dates';
import { MEETING_KIND_LABELS, MINUTES_STATUS_LABELS } from '../../../shared/domain';
import { meetingFacts } from '../../../shared/schemas/meeting';
import { useApi } from '../../data/apiContext';
import { useMutation, useQuery } from '../../data/data';
import { DeleteButton } from '../../components/DeleteButton';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { AgendaSection } from './AgendaSection';
import { AttendeesSection } from './AttendeesSection';
import { CarriedActions } from './CarriedActions';
import { MinutesStatusPanel } from './MinutesStatusPanel';
import { CalendarButtons } from './CalendarButtons';
import { PackageButton } from '../reviewPackages/PackageButton';
import { MeetingFormModal } from './MeetingFormModal';
import { timeRange } from './meetingOptions';
import { MeetingContext } from './meetingContext';
import { ActionList, AgendaOverview, DecisionList } from './MeetingLists';

/**
 * The views of a meeting (?weergave=…): the whole meeting (agenda with minutes, where the work is
 * done), the agenda as sent, the besluitenlijst and the actielijst.
 */
const VIEWS = ['overleg', 'agenda', 'besluiten', 'acties'] as const;

/** One overleg: when and where, who came, and the agenda with the minutes per item. */
export function MeetingScreen() {
  const { id = '' } = useParams();
  const meeting = useQuery('meetings.get', { id });
  const api = useApi();
  const mutate = useMutation();
  const navigate = useNavigate();
  const [editing, setEditing] = useState(false);
  const [search, setSearch] = useSearchParams();
  const view = VIEWS.find((v) => v === search.get('weergave')) ?? 'overleg';
  const decisionCount = meeting.data?.agenda.reduce((n, i) => n + i.decisions.length, 0) ?? 0;
  const actionCount = meeting.data?.agenda.reduce((n, i) => n + i.actions.length, 0) ?? 0;

  return (
    <QueryState query={meeting} label="Overleg">
      {(m) => (
        <MeetingContext.Provider value={m}>
          <PageHeader
            title={m.title}
            description={
              <>
                {MEETING_KIND_LABELS[m.kind]} · {formatDateNl(m.date)}, {timeRange(m)}
                {m.location && ` · ${m.location}`}
                {m.online && ' · online'}
              </>
            }
            actions={
              <>
                <CalendarButtons meetingId={m.id} />
                <Button variant="default" onClick={() => setEditing(true)}>
                  Bewerken
                </Button>
                <DeleteButton
                  entity="meeting"
                  id={m.id}
                  label={`Overleg ‘${m.title}’`}
                  impact={() => api.invoke('meetings.deleteImpact', { id: m.id })}
                  remove={() => mutate('meetings.delete', { id: m.id })}
                  onDeleted={() => navigate('/overleggen')}
                />
              </>
            }
          />
          <Group gap="lg" mb="lg">
            <Text size="sm">
              Voorzitter: <strong>{m.chairName ?? 'nog niet gekozen'}</strong>
            </Text>
            <Text size="sm">
              Notulist: <strong>{m.minuteTakerName ?? 'nog niet gekozen'}</strong>
            </Text>
            {meetingFacts(m).map((f) => (
              <Text size="sm" key={f.key}>
                {f.label}: <strong>{f.value}</strong>
              </Text>
            ))}
            <Badge variant="light" color={m.minutesStatus === 'vastgesteld' ? '#1e6b2f' : 'gray.8'}>
              Notulen {MINUTES_STATUS_LABELS[m.minutesStatus].toLocaleLowerCase('nl')}
            </Badge>
          </Group>
          <MinutesStatusPanel meeting={m} />
          <Tabs
            mt="lg"
            value={view}
            onChange={(v) =>
              setSearch(v === 'overleg' ? {} : { weergave: v ?? '' }, { replace: true })
            }
            keepMounted={false}
          >
            <Tabs.List mb="lg">
              <Tabs.Tab value="overleg">Agenda en notulen</Tabs.Tab>
              <Tabs.Tab value="agenda">Agenda</Tabs.Tab>
              <Tabs.Tab value="besluiten">Besluitenlijst ({decisionCount})</Tabs.Tab>
              <Tabs.Tab value="acties">Actielijst ({actionCount})</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="overleg">
              <Stack gap="xl">
                <AttendeesSection meeting={m} readOnly={m.minutesStatus === 'vastgesteld'} />
                <Divider />
                <CarriedActions actions={m.openActionsBefore} />
                <Divider />
                <AgendaSection
                  meetingId={m.id}
                  regionId={m.regionId}
                  agenda={m.agenda}
                  readOnly={m.minutesStatus === 'vastgesteld'}
                />
              </Stack>
            </Tabs.Panel>
            <Tabs.Panel value="agenda">
              {/* The afspraken on this agenda, to a wethouder for review before the meeting. */}
              <Group justify="flex-end" mb="md">
                <PackageButton
                  source={{ kind: 'meeting', meetingId: m.id }}
                  what="de agenda van dit overleg"
                />
              </Group>
              <AgendaOverview meeting={m} />
            </Tabs.Panel>
            <Tabs.Panel value="besluiten">
              <DecisionList meeting={m} />
            </Tabs.Panel>
            <Tabs.Panel value="acties">
              <ActionList meeting={m} />
            </Tabs.Panel>
          </Tabs>
          <MeetingFormModal
            opened={editing}
            onClose={() => setEditing(false)}
            regionId={m.regionId}
            meeting={m}
          />
        </MeetingContext.Provider>
      )}
    </QueryState>
  );
}
