import { FIELD_LABELS } from '../../../shared/fieldLabels';
import { Anchor, Badge, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatDateNl } from '../../../shared/dates';
import { dekkingText } from '../../../shared/dekkingText';
import { AGREEMENT_PARTY_ROLE_LABELS, FINANCING_LABELS } from '../../../shared/domain';
import { AGREEMENT_TEXT_FIELDS, type AgreementDetail } from '../../../shared/schemas/agreement';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="fact-label">{label}</dt>
      <dd className="fact-value">{children}</dd>
    </div>
  );
}

const none = (text: string) => (
  <Text span c="dimmed">
    {text}
  </Text>
);

/** The agreement's fields as a description list. */
export function AgreementFacts({ agreement: a }: { agreement: AgreementDetail }) {
  const date = (value: string | null) => (value ? formatDateNl(value) : none('niet ingevuld'));
  return (
    <Stack gap="md">
      <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm" m={0}>
        {AGREEMENT_TEXT_FIELDS.map((key) => (
          <Fact key={key} label={FIELD_LABELS[key]}>
            {a[key] || none('niet ingevuld')}
          </Fact>
        ))}
        <Fact label={FIELD_LABELS.themes}>
          <Group gap={6}>
            {a.themes.map((t) => (
              <Badge key={t.id} variant="light" color="blue.9">
                {t.name}
              </Badge>
            ))}
          </Group>
        </Fact>
        <Fact label={FIELD_LABELS.ownerId}>
          {a.owner ? (
            <Anchor component={Link} to={`/personen/${a.owner.id}`}>
              {a.owner.name}
              {a.owner.function && ` (${a.owner.function})`}
            </Anchor>
          ) : (
            none('geen eigenaar')
          )}
        </Fact>
        <Fact label={FIELD_LABELS.financing}>
          {a.financing.length
            ? a.financing.map((f) => FINANCING_LABELS[f]).join(', ')
            : none('niet ingevuld')}
        </Fact>
        <Fact label={FIELD_LABELS.dekking}>{dekkingText(a.dekking)}</Fact>
        <Fact label={FIELD_LABELS.adoptedOn}>{date(a.adoptedOn)}</Fact>
        <Fact label={FIELD_LABELS.nextEvaluation}>
          {date(a.nextEvaluation)}
          {a.evaluationOverdue && <span className="overdue-marker"> verlopen</span>}
        </Fact>
        <Fact label="Start">{date(a.startDate)}</Fact>
        <Fact label="Einde">{date(a.endDate)}</Fact>
        <Fact label={FIELD_LABELS.confidential}>{a.confidential ? 'Ja' : 'Nee'}</Fact>
      </SimpleGrid>
      {a.decisionLinks.length > 0 && (
        <div>
          <Text fw={600} size="sm" mb={4} component="h3">
            Besluiten
          </Text>
          <ul className="plain-list">
            {a.decisionLinks.map((d) => (
              <li key={d.decisionId}>
                {d.kind === 'created' ? 'Aangemaakt door' : 'Gewijzigd door'} het besluit “{d.text}”
                in{' '}
                <Anchor component={Link} to={`/overleggen/${d.meetingId}`}>
                  {d.meetingTitle} van {formatDateNl(d.meetingDate)}
                </Anchor>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div>
        <Text fw={600} size="sm" mb={4} component="h3">
          Betrokken partijen
        </Text>
        {a.parties.length === 0 ? (
          none('Nog geen partijen gekoppeld.')
        ) : (
          <ul className="plain-list">
            {a.parties.map((p) => (
              <li key={p.partyId}>
                <Anchor component={Link} to={`/partijen/${p.partyId}`}>
                  {p.name}
                </Anchor>{' '}
                – {AGREEMENT_PARTY_ROLE_LABELS[p.role].toLowerCase()}
              </li>
            ))}
          </ul>
        )}
      </div>
    </Stack>
  );
}
