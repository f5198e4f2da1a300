import { Anchor, Badge, Checkbox, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
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

type AgendaItem = MeetingDetail['agenda'][number];

/** What one agenda item holds of a list, numbered "agendapunt.nr" over the whole agenda. */
function numbered<R>(meeting: MeetingDetail, pick: (item: AgendaItem) => R[]) {
  return meeting.agenda.flatMap((item, i) =>
    pick(item).map((row, j) => ({ no: `${i + 1}.${j + 1}`, item, row })),
  );
}

/** A titled table numbered by agenda item, or a line saying there is nothing yet. */
function NumberedTable<R extends { id: string }>(props: {
  id: string;
  title: string;
  empty: string;
  headers: string[];
  rows: { no: string; item: AgendaItem; row: R }[];
  cells: (row: R, item: AgendaItem) => ReactNode;
}) {
  return (
    <section aria-labelledby={props.id}>
      <Title order={2} size="h3" id={props.id} mb="sm">
        {props.title}
      </Title>
      {props.rows.length === 0 ? (
        <Text c="dimmed">{props.empty}</Text>
      ) : (
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={60}>Nr.</Table.Th>
              {props.headers.map((header) => (
                <Table.Th key={header}>{header}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {props.rows.map(({ no, item, row }) => (
              <Table.Tr key={row.id}>
                <Table.Td>{no}</Table.Td>
                {props.cells(row, item)}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </section>
  );
}

/**
 * The besluitenlijst and the actielijst of one meeting: every besluit and actiepunt of its agenda
 * on one page, numbered by agenda item, as they go round after the meeting.
 */
export function DecisionList({ meeting }: { meeting: MeetingDetail }) {
  return (
    <NumberedTable
      id="besluitenlijst-kop"
      title="Besluitenlijst"
      empty="Er zijn in dit overleg (nog) geen besluiten vastgelegd."
      headers={['Agendapunt', 'Besluit', 'Afspraken']}
      rows={numbered(meeting, (item) => item.decisions)}
      cells={(d, item) => (
        <>
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
        </>
      )}
    />
  );
}

export function ActionList({ meeting }: { meeting: MeetingDetail }) {
  const mutate = useMutation();
  return (
    <NumberedTable
      id="actielijst-kop"
      title="Actielijst"
      empty="Er zijn in dit overleg (nog) geen actiepunten vastgelegd."
      headers={['Actiepunt', 'Wie', 'Uiterlijk', 'Afgerond']}
      rows={numbered(meeting, (item) => item.actions)}
      cells={(a, item) => (
        <>
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
        </>
      )}
    />
  );
}
