import { Anchor, Badge, Checkbox, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { formatDateNl } from '../../../shared/dates';
import { DECISION_LINK_KIND_LABELS } from '../../../shared/schemas/decisionLink';
import type { MeetingDetail } from '../../../shared/schemas/meeting';
import { useMutation } from '../../data/data';
import { notifyError } from '../../components/feedback';

/**
 * The agenda as it goes out with the invitation: when and where, and per item its number, title,
 * inleider and the afspraken it is about. Vertrouwelijke items are marked.
 */
export function AgendaOverview({ meeting }: { meeting: MeetingDetail }) {
  return (
    <section aria-labelledby="agenda-overzicht-kop">
      <Title order={2} size="h3" id="agenda-overzicht-kop" mb="xs">
        Agenda
      </Title>
      <Text mb="sm">
        {formatDateNl(meeting.date)}, {meeting.startTime}–{meeting.endTime}
        {meeting.location && ` · ${meeting.location}`}
        {meeting.online && ' · online'}
        {meeting.chairName && ` · voorzitter ${meeting.chairName}`}
      </Text>
      {meeting.agenda.length === 0 ? (
        <Text c="dimmed">Nog geen agendapunten.</Text>
      ) : (
        <ol className="agenda-overview">
          {meeting.agenda.map((item) => (
            <li key={item.id}>
              <Text fw={600} span>
                {item.title}
              </Text>
              {item.confidential && (
                <Badge ml="xs" size="xs" variant="light" color="red.9">
                  Vertrouwelijk
                </Badge>
              )}
              {item.presenter && (
                <Text size="sm" c="dimmed">
                  Inleider: {item.presenter}
                </Text>
              )}
              {item.agreements.length > 0 && (
                <Text size="sm" c="dimmed">
                  Afspraken:{' '}
                  {item.agreements.map((a, i) => (
                    <span key={a.id}>
                      {i > 0 && ', '}
                      <Anchor component={Link} to={`/afspraken/${a.id}`} size="sm">
                        {a.title}
                      </Anchor>
                    </span>
                  ))}
                </Text>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/**
 * The besluitenlijst and the actielijst of one meeting: every besluit and actiepunt of its agenda
 * on one page, numbered by agenda item, as they go round after the meeting.
 */
export function DecisionList({ meeting }: { meeting: MeetingDetail }) {
  const rows = meeting.agenda.flatMap((item, i) =>
    item.decisions.map((d, j) => ({ no: `${i + 1}.${j + 1}`, item, d })),
  );
  return (
    <section aria-labelledby="besluitenlijst-kop">
      <Title order={2} size="h3" id="besluitenlijst-kop" mb="sm">
        Besluitenlijst
      </Title>
      {rows.length === 0 ? (
        <Text c="dimmed">Er zijn in dit overleg (nog) geen besluiten vastgelegd.</Text>
      ) : (
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={60}>Nr.</Table.Th>
              <Table.Th>Agendapunt</Table.Th>
              <Table.Th>Besluit</Table.Th>
              <Table.Th>Afspraken</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map(({ no, item, d }) => (
              <Table.Tr key={d.id}>
                <Table.Td>{no}</Table.Td>
                <Table.Td>
                  {item.title}
                  {item.confidential && (
                    <Badge ml="xs" size="xs" variant="light" color="red.9">
                      Vertrouwelijk
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'pre-line' }}>{d.text}</Table.Td>
                <Table.Td>
                  {d.agreements.map((a) => (
                    <div key={a.id}>
                      <Anchor component={Link} to={`/afspraken/${a.id}`} size="sm">
                        {a.title}
                      </Anchor>{' '}
                      <Text span size="xs" c="dimmed">
                        ({DECISION_LINK_KIND_LABELS[a.kind]})
                      </Text>
                    </div>
                  ))}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </section>
  );
}

export function ActionList({ meeting }: { meeting: MeetingDetail }) {
  const mutate = useMutation();
  const rows = meeting.agenda.flatMap((item, i) =>
    item.actions.map((a, j) => ({ no: `${i + 1}.${j + 1}`, item, a })),
  );
  return (
    <section aria-labelledby="actielijst-kop">
      <Title order={2} size="h3" id="actielijst-kop" mb="sm">
        Actielijst
      </Title>
      {rows.length === 0 ? (
        <Text c="dimmed">Er zijn in dit overleg (nog) geen actiepunten vastgelegd.</Text>
      ) : (
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={60}>Nr.</Table.Th>
              <Table.Th>Actiepunt</Table.Th>
              <Table.Th>Wie</Table.Th>
              <Table.Th>Uiterlijk</Table.Th>
              <Table.Th>Afgerond</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map(({ no, item, a }) => (
              <Table.Tr key={a.id}>
                <Table.Td>{no}</Table.Td>
                <Table.Td>
                  {a.text}
                  <Text size="xs" c="dimmed">
                    {item.title}
                  </Text>
                </Table.Td>
                <Table.Td>{a.ownerName ?? 'nog niemand'}</Table.Td>
                <Table.Td>{a.dueDate ? formatDateNl(a.dueDate) : '—'}</Table.Td>
                <Table.Td>
                  <Checkbox
                    aria-label={`${a.text} afgerond`}
                    checked={a.status === 'afgerond'}
                    label={a.doneOn ? formatDateNl(a.doneOn) : undefined}
                    onChange={(e) =>
                      void mutate('actions.setStatus', {
                        id: a.id,
                        status: e.currentTarget.checked ? 'afgerond' : 'open',
                      }).catch(notifyError)
                    }
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </section>
  );
}
