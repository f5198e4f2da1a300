import { Card, Stack, Table, Text, Title } from '@mantine/core';
import type { Theme } from '../../../shared/schemas/theme';
import { useQuery } from '../../data/data';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { AddThemeForm } from './AddThemeForm';
import { REQUIRED_THEMES } from './requiredThemes';
import { ThemeRow } from './ThemeRow';
import { TableHeadWithActions } from '../../components/TableHeadWithActions';

/** The themes roles (trekkers) and agreements are about: add, rename, archive, bring back. */
export function ThemeList() {
  const themes = useQuery('themes.list', { includeArchived: true });
  return (
    <>
      <PageHeader
        title="Thema’s"
        description={`De werkstructuur vraagt minimaal de thema’s ${REQUIRED_THEMES.slice(0, -1).join(', ')} en ${REQUIRED_THEMES.at(-1)}. Voeg eigen thema’s toe waar de regio aan werkt.`}
      />
      <Stack gap="lg">
        <Card withBorder>
          <AddThemeForm />
        </Card>
        <QueryState query={themes} label="Thema’s">
          {(rows) => {
            const active = rows.filter((t) => t.archivedAt === null);
            const archived = rows.filter((t) => t.archivedAt !== null);
            return (
              <>
                <Card withBorder>
                  <Title order={2} size="h4" mb="sm" id="actieve-themas">
                    Actieve thema’s
                  </Title>
                  {active.length === 0 ? (
                    <Text c="dimmed">
                      Er zijn geen actieve thema’s. Voeg hierboven een thema toe, of haal een
                      gearchiveerd thema terug.
                    </Text>
                  ) : (
                    <ThemeTable rows={active} labelledBy="actieve-themas" />
                  )}
                </Card>
                <Card withBorder>
                  <Title order={2} size="h4" mb={4} id="gearchiveerde-themas">
                    Gearchiveerd
                  </Title>
                  <Text size="sm" c="dimmed" mb="sm">
                    Een gearchiveerd thema kiest u niet meer bij nieuwe rollen; bestaande rollen
                    houden hun thema.
                  </Text>
                  {archived.length === 0 ? (
                    <Text c="dimmed">Geen gearchiveerde thema’s.</Text>
                  ) : (
                    <ThemeTable rows={archived} labelledBy="gearchiveerde-themas" archived />
                  )}
                </Card>
              </>
            );
          }}
        </QueryState>
      </Stack>
    </>
  );
}

function ThemeTable(props: { rows: Theme[]; labelledBy: string; archived?: boolean }) {
  return (
    <Table verticalSpacing="xs" aria-labelledby={props.labelledBy}>
      <TableHeadWithActions columns={['Naam', props.archived && 'Gearchiveerd op']} />
      <Table.Tbody>
        {props.rows.map((t) => (
          <ThemeRow key={t.id} theme={t} />
        ))}
      </Table.Tbody>
    </Table>
  );
}
