import { Anchor, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatDateNl } from '../../../shared/dates';
import { CONVERSATION_KIND_LABELS } from '../../../shared/domain';
import type { ConversationDetail } from '../../../shared/schemas/conversation';
import './conversations.css';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

const none = (text: string) => (
  <Text span c="dimmed" size="sm">
    {text}
  </Text>
);

/** A list of links, or a dimmed note when there are none. */
function Links(props: { items: { id: string; name: string }[]; to: string; empty: string }) {
  if (props.items.length === 0) return none(props.empty);
  return (
    <ul>
      {props.items.map((i) => (
        <li key={i.id}>
          <Anchor component={Link} to={`${props.to}/${i.id}`}>
            {i.name}
          </Anchor>
        </li>
      ))}
    </ul>
  );
}

/** The gesprek's facts: when, what kind, who took part, and what it is about. */
export function ConversationFacts({ conversation: c }: { conversation: ConversationDetail }) {
  return (
    <Stack component="dl" gap="sm" className="conversation-facts">
      <Fact label="Datum">{formatDateNl(c.date)}</Fact>
      <Fact label="Soort gesprek">{CONVERSATION_KIND_LABELS[c.kind]}</Fact>
      <Fact label="Partijen">
        <Links items={c.parties} to="/partijen" empty="geen partijen" />
      </Fact>
      <Fact label="Deelnemers">
        {c.participants.length === 0 ? (
          none('geen deelnemers vastgelegd')
        ) : (
          <ul>
            {c.participants.map((p) => (
              <li key={p.id}>
                {p.contactId ? (
                  <Anchor component={Link} to={`/personen/${p.contactId}`}>
                    {p.name}
                  </Anchor>
                ) : (
                  p.name
                )}
                {p.partyName && ` (${p.partyName})`}
              </li>
            ))}
          </ul>
        )}
      </Fact>
      <Fact label="Thema’s">
        {c.themes.length ? c.themes.map((t) => t.name).join(', ') : none('geen thema’s')}
      </Fact>
      <Fact label="Gekoppelde afspraken">
        <Links
          items={c.agreements.map((a) => ({ id: a.id, name: a.title }))}
          to="/afspraken"
          empty="geen afspraken gekoppeld"
        />
      </Fact>
      <Fact label="Vertrouwelijk">{c.confidential ? 'Ja' : 'Nee'}</Fact>
    </Stack>
  );
}
