import { Anchor, Badge, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatDateNl } from '../../../shared/dates';
import { countNl, formatNumberNl } from '../../../shared/numbers';
import type { ActionListItem } from '../../../shared/schemas/actionList';
import { useQuery } from '../../data/data';
import { actionListLink, ActionSourceLink } from '../../components/ActionSourceLink';

const To = (props: { to: string; children: ReactNode }) => (
  <Anchor component={Link} to={props.to} fw={700} c="blue.9">
    {props.children}
  </Anchor>
);

/**
 * "Mijn actiepunten" on the Overzicht: the user's open actiepunten (the person in the register
 * with the user's name, `actions.mine`), each linking to where it was agreed, how many are late,
 * and how many are late in the whole region.
 */
export function MyActionsCard({ regionId }: { regionId: string }) {
  const mine = useQuery('actions.mine', { regionId });
  const settings = useQuery('settings.get', {});
  const data = mine.data;
  return (
    <Card withBorder component="section" aria-labelledby="mijn-actiepunten-kop" mb="lg">
      <Group justify="space-between" align="flex-start">
        <Title order={2} size="h4" id="mijn-actiepunten-kop">
          Mijn actiepunten
        </Title>
        <Anchor component={Link} to="/actiepunten" fw={600} c="blue.9">
          Naar alle actiepunten
        </Anchor>
      </Group>
      {mine.error && !data && (
        <Text size="sm" c="dimmed" mt="xs">
          De actiepunten konden niet worden geladen.
        </Text>
      )}
      {data && (
        <Stack gap="xs" mt="xs">
          {data.contactId === null ? (
            <NoPerson userName={settings.data?.userName ?? ''} />
          ) : data.openCount === 0 ? (
            <Text size="sm">U heeft geen open actiepunten.</Text>
          ) : (
            <>
              <Text size="sm">
                U heeft{' '}
                <To to={actionListLink({ ownerId: data.contactId })}>
                  {countNl(data.openCount, 'open actiepunt', 'open actiepunten')}
                </To>
                {data.overdueCount > 0 ? (
                  <>
                    , waarvan{' '}
                    <To to={actionListLink({ ownerId: data.contactId, overdue: true })}>
                      {formatNumberNl(data.overdueCount)} te laat
                    </To>
                    .
                  </>
                ) : (
                  ', geen ervan te laat.'
                )}
              </Text>
              <List spacing={6} listStyleType="none" aria-label="Mijn open actiepunten">
                {data.open.map((a) => (
                  <MyAction key={a.id} action={a} />
                ))}
              </List>
              {data.openCount > data.open.length && (
                <Text size="sm">
                  <To to={actionListLink({ ownerId: data.contactId })}>
                    Alle {formatNumberNl(data.openCount)} open actiepunten van u
                  </To>
                </Text>
              )}
            </>
          )}
          <Text size="sm">
            In de regio:{' '}
            {data.regionOverdueCount > 0 ? (
              <To to={actionListLink({ overdue: true })}>
                {countNl(data.regionOverdueCount, 'actiepunt', 'actiepunten')} te laat
              </To>
            ) : (
              'geen actiepunten te laat'
            )}
            .
          </Text>
        </Stack>
      )}
    </Card>
  );
}

function MyAction({ action: a }: { action: ActionListItem }) {
  return (
    <List.Item>
      <Text size="sm" fw={600}>
        {a.overdue && (
          <Badge color="red.9" variant="filled" size="sm" mr={6} radius="sm">
            te laat
          </Badge>
        )}
        {a.text}
      </Text>
      <Text size="sm" c="dimmed">
        {a.dueDate ? `vóór ${formatDateNl(a.dueDate)}` : 'geen datum'} ·{' '}
        <ActionSourceLink action={a} />
      </Text>
    </List.Item>
  );
}

/** No person in the register has the user's name: say so, and where to add one. */
function NoPerson({ userName }: { userName: string }) {
  if (!userName.trim()) {
    return (
      <Text size="sm">
        Vul bij <To to="/instellingen">Instellingen</To> uw naam in: dan staan hier de actiepunten
        die op uw naam staan.
      </Text>
    );
  }
  return (
    <Text size="sm">
      Er staat in het register geen persoon met uw naam ({userName}), dus er staan hier geen
      actiepunten van u. Voeg uzelf toe bij <To to="/personen">Personen</To>, met dezelfde naam.
    </Text>
  );
}
