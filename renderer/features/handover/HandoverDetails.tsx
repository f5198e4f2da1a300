import { Anchor, Card, List, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { AGREEMENT_STATUS_LABELS, ROLE_KIND_LABELS } from '../../../shared/domain';
import { formatDateNl } from '../../../shared/dates';
import { countNl } from '../../../shared/numbers';
import type { Handover } from '../../../shared/schemas/handover';
import { actionSourcePath } from '../../components/ActionSourceLink';

/** "sinds 1 november 2025", "tot 1 januari 2027", or both. */
export function periodText(since: string | null, until: string | null): string {
  const parts = [
    since ? `sinds ${formatDateNl(since)}` : '',
    until ? `tot ${formatDateNl(until)}` : '',
  ];
  return parts.filter(Boolean).join(', ') || 'zonder begindatum';
}

/**
 * What a leaving person carries (handover.get), read-only: roles with their mandates, the
 * afspraken they own and those their organisation takes part in, their open actiepunten with a
 * link to where each was agreed, the last overleggen and verslagen, and their key contacts.
 */
export function HandoverDetails({ handover: h }: { handover: Handover }) {
  const first = h.person.name;
  return (
    <>
      <Block title="Rollen en mandaten" count={h.roles.length}>
        {h.roles.length === 0 ? (
          <None>{first} heeft geen lopende rollen.</None>
        ) : (
          <Table.ScrollContainer minWidth={560}>
            <Table withTableBorder verticalSpacing={6}>
              <caption className="visually-hidden">Lopende rollen van {first}</caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Rol</Table.Th>
                  <Table.Th scope="col">Regio en partij</Table.Th>
                  <Table.Th scope="col">Mandaat</Table.Th>
                  <Table.Th scope="col">Periode</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {h.roles.map((r) => (
                  <Table.Tr key={r.id}>
                    <Table.Th scope="row" fw={600}>
                      {ROLE_KIND_LABELS[r.role]}
                      {r.themeName && (
                        <Text size="sm" fw={400}>
                          Thema {r.themeName}
                        </Text>
                      )}
                    </Table.Th>
                    <Table.Td>
                      {r.regionName}
                      {r.partyName && <Text size="sm">{r.partyName}</Text>}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'pre-wrap' }}>
                      {r.mandate || (
                        <Text span c="dimmed" size="sm">
                          Geen mandaat vastgelegd
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{periodText(r.since, r.until)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Block>

      <Block title="Afspraken als eigenaar" count={h.ownedAgreements.length}>
        {h.ownedAgreements.length === 0 ? (
          <None>{first} is van geen lopende afspraak eigenaar.</None>
        ) : (
          <List spacing={6}>
            {h.ownedAgreements.map((a) => (
              <List.Item key={a.id}>
                <Anchor component={Link} to={`/afspraken/${a.id}`} underline="always">
                  {a.title}
                </Anchor>{' '}
                <Text span size="sm" c="dimmed">
                  {AGREEMENT_STATUS_LABELS[a.status]} · {a.regionName}
                  {a.nextEvaluation && ` · evaluatie ${formatDateNl(a.nextEvaluation)}`}
                </Text>
              </List.Item>
            ))}
          </List>
        )}
      </Block>

      <Block title="Open actiepunten" count={h.openActions.length}>
        {h.openActions.length === 0 ? (
          <None>{first} heeft geen open actiepunten.</None>
        ) : (
          <List spacing={6}>
            {h.openActions.map((a) => (
              <List.Item key={a.id}>
                {a.text}{' '}
                <Text span size="sm" c="dimmed">
                  {a.dueDate ? `uiterlijk ${formatDateNl(a.dueDate)}` : 'geen deadline'} ·{' '}
                </Text>
                <Anchor component={Link} to={actionSourcePath(a)} underline="always" size="sm">
                  {a.source === 'overleg' ? 'Overleg' : 'Gespreksverslag'} ‘{a.sourceTitle}’
                </Anchor>
              </List.Item>
            ))}
          </List>
        )}
      </Block>

      <Block
        title={
          h.person.partyName ? `Lopende afspraken van ${h.person.partyName}` : 'Lopende afspraken'
        }
        count={h.involvedTotal}
      >
        {h.involvedTotal === 0 ? (
          <None>Geen lopende afspraken waarin de organisatie van {first} meedoet.</None>
        ) : (
          <>
            <Text size="sm" c="dimmed" mb={6}>
              Afspraken met een andere eigenaar, waarin de organisatie meedoet: ze blijven bij hun
              eigenaar, maar de opvolger moet ze kennen.
            </Text>
            <List spacing={4}>
              {h.involvedAgreements.map((a) => (
                <List.Item key={a.id}>
                  <Anchor component={Link} to={`/afspraken/${a.id}`} underline="always">
                    {a.title}
                  </Anchor>{' '}
                  <Text span size="sm" c="dimmed">
                    {AGREEMENT_STATUS_LABELS[a.status]} · {a.regionName}
                  </Text>
                </List.Item>
              ))}
            </List>
            {h.involvedTotal > h.involvedAgreements.length && (
              <Text size="sm" mt={6}>
                En nog{' '}
                {countNl(h.involvedTotal - h.involvedAgreements.length, 'afspraak', 'afspraken')}.
              </Text>
            )}
          </>
        )}
      </Block>

      <Block title="Laatste overleggen" count={h.meetings.length}>
        <Dated items={h.meetings} path="/overleggen" none={`${first} was bij geen overleg.`} />
      </Block>
      <Block title="Laatste gespreksverslagen" count={h.conversations.length}>
        <Dated
          items={h.conversations}
          path="/gespreksverslagen"
          none={`${first} staat in geen gespreksverslag.`}
        />
      </Block>
      <Block title="Belangrijkste contacten" count={h.contacts.length}>
        {h.contacts.length === 0 ? (
          <None>Nog geen contacten uit overleggen of gespreksverslagen.</None>
        ) : (
          <List spacing={4}>
            {h.contacts.map((c) => (
              <List.Item key={c.id}>
                <Anchor component={Link} to={`/personen/${c.id}`} underline="always">
                  {c.name}
                </Anchor>
                <Text span size="sm" c="dimmed">
                  {c.partyName && ` · ${c.partyName}`} · {countNl(c.together, 'keer', 'keer')} samen
                </Text>
              </List.Item>
            ))}
          </List>
        )}
      </Block>
    </>
  );
}

function Block(props: { title: string; count: number; children: ReactNode }) {
  return (
    <Card withBorder component="section" aria-label={props.title}>
      <Title order={2} size="h4" mb="xs">
        {props.title}{' '}
        <Text span c="dimmed" fw={400} size="md">
          ({props.count})
        </Text>
      </Title>
      {props.children}
    </Card>
  );
}

function None(props: { children: ReactNode }) {
  return (
    <Text size="sm" c="dimmed">
      {props.children}
    </Text>
  );
}

function Dated(props: { items: Handover['meetings']; path: string; none: string }) {
  if (props.items.length === 0) return <None>{props.none}</None>;
  return (
    <List spacing={4}>
      {props.items.map((m) => (
        <List.Item key={m.id}>
          <Anchor component={Link} to={`${props.path}/${m.id}`} underline="always">
            {m.title}
          </Anchor>{' '}
          <Text span size="sm" c="dimmed">
            {formatDateNl(m.date)} · {m.regionName}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}
