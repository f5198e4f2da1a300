import { Alert, Badge, Button, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import {
  MEMBERSHIP_ROLE_LABELS,
  PARTY_TYPE_LABELS,
  ROLE_KIND_LABELS,
  type MembershipRole,
} from '../../../shared/domain';
import { formatDateNl } from '../../../shared/dates';
import type { OverviewRow } from '../../../shared/schemas/roleAssignment';
import { useQuery } from '../../data/data';
import { useCurrentRegion } from '../../data/useCurrentRegion';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { VirtualTable, type Column } from '../../components/VirtualTable';
import { AgreementSummaryCard } from '../agreements/dashboard/AgreementSummaryCard';
import { MeetingCycleCard } from '../meetings/MeetingCycleCard';
import { NoRegion } from '../../components/NoRegion';
import { DossierExportModal } from '../export/DossierExportModal';
import { AssignRoleModal, type RolePreset } from '../roles/AssignRoleModal';
import { RowLink } from '../../components/RowLink';
import { regionTitle } from '../../../shared/withNoun';
import { EmptyState } from '../../components/EmptyState';
import { MyActionsCard } from './MyActionsCard';
import { OpenPackagesCard } from '../reviewPackages/OpenPackagesCard';

/**
 * The Overzicht of the region (the menu's first screen): the meeting cycle, the afspraken in
 * short, the user's actiepunten, and the aanspreekpunten-overzicht, every party with its
 * bestuurlijk and ambtelijk aanspreekpunt.
 */
export function OverviewScreen() {
  const { region, regionId } = useCurrentRegion();
  const overview = useQuery('roles.overview', regionId ? { regionId } : null);
  const [preset, setPreset] = useState<RolePreset | null>(null);
  const [exporting, setExporting] = useState(false);
  if (!regionId) return <NoRegion />;

  return (
    <>
      <PageHeader
        title={region ? `Overzicht ${regionTitle(region.name)}` : 'Overzicht'}
        actions={
          <>
            <Button variant="default" onClick={() => setExporting(true)}>
              Regiodossier als PDF…
            </Button>
            <Button onClick={() => setPreset({})}>Rol toewijzen</Button>
          </>
        }
      />
      <MeetingCycleCard regionId={regionId} />
      <AgreementSummaryCard regionId={regionId} />
      <MyActionsCard regionId={regionId} />
      <OpenPackagesCard regionId={regionId} />
      <Title order={2} size="h4" id="aanspreekpunten-kop">
        Aanspreekpunten
      </Title>
      <Text c="dimmed" mb="sm">
        Elke deelnemende partij heeft volgens de werkstructuur een bestuurlijk én een ambtelijk
        aanspreekpunt.
      </Text>
      <QueryState query={overview} label="Aanspreekpunten">
        {(data) =>
          data.rows.length === 0 ? (
            <EmptyState
              title="Nog geen deelnemende partijen"
              action={
                <Button component={Link} to="/partijen?nieuw=1">
                  Partij toevoegen
                </Button>
              }
            >
              Voeg eerst de gemeenten, zorgverzekeraars en het zorgkantoor van deze regio toe.
            </EmptyState>
          ) : (
            <Stack>
              <GapSummary rows={data.rows} gapCount={data.gapCount} />
              <VirtualTable
                rows={data.rows}
                columns={overviewColumns(setPreset)}
                rowKey={(row) => row.partyId}
                caption="Aanspreekpunten per partij"
                rowHeight={96}
                measured
                height="calc(100vh - 200px)"
              />
            </Stack>
          )
        }
      </QueryState>
      <DossierExportModal opened={exporting} onClose={() => setExporting(false)} />
      <AssignRoleModal
        opened={preset !== null}
        onClose={() => setPreset(null)}
        regionId={regionId}
        preset={preset ?? {}}
      />
    </>
  );
}

function overviewColumns(onFill: (preset: RolePreset) => void): Column<OverviewRow>[] {
  return [
    {
      key: 'party',
      header: 'Partij',
      width: '28%',
      render: (row) => (
        <>
          <RowLink to={`/partijen/${row.partyId}`}>{row.partyName}</RowLink>
          <Text size="sm" c="dimmed">
            {PARTY_TYPE_LABELS[row.partyType]}
          </Text>
        </>
      ),
    },
    {
      key: 'role',
      header: 'Rol in de regio',
      width: '16%',
      render: (row) => MEMBERSHIP_ROLE_LABELS[row.membershipRole as MembershipRole],
    },
    {
      key: 'bestuurlijk',
      header: 'Bestuurlijk aanspreekpunt',
      width: '28%',
      wrap: 'top',
      render: (row) => <PersonCell row={row} kind="bestuurlijk_aanspreekpunt" onFill={onFill} />,
    },
    {
      key: 'ambtelijk',
      header: 'Ambtelijk aanspreekpunt',
      width: '28%',
      wrap: 'top',
      render: (row) => <PersonCell row={row} kind="ambtelijk_aanspreekpunt" onFill={onFill} />,
    },
  ];
}

function GapSummary({ rows, gapCount }: { rows: OverviewRow[]; gapCount: number }) {
  if (gapCount === 0) {
    return (
      // teal.9 on its tint is 4.7:1; the default green title is only 3.8:1.
      <Alert color="teal.9" title="Compleet">
        Alle {rows.length} partijen hebben een bestuurlijk en een ambtelijk aanspreekpunt.
      </Alert>
    );
  }
  return (
    // Not orange: its title is only 3.6:1 on the tint (WCAG AA needs 4.5:1).
    <Alert
      color="red.9"
      title={`${gapCount} ${gapCount === 1 ? 'partij mist' : 'partijen missen'} een aanspreekpunt`}
    >
      {rows.length} partijen nemen deel. Gebruik de knop <strong>Toewijzen</strong> in de tabel om
      een ontbrekend aanspreekpunt in te vullen.
    </Alert>
  );
}

function PersonCell(props: {
  row: OverviewRow;
  kind: 'bestuurlijk_aanspreekpunt' | 'ambtelijk_aanspreekpunt';
  onFill: (preset: RolePreset) => void;
}) {
  const people =
    props.kind === 'bestuurlijk_aanspreekpunt' ? props.row.bestuurlijk : props.row.ambtelijk;
  const current = people.filter((p) => !p.upcoming);
  const upcoming = people.filter((p) => p.upcoming);
  return (
    <Stack gap={6} align="flex-start">
      {current.length === 0 && (
        <>
          <Badge color="red.8" variant="filled">
            Ontbreekt
          </Badge>
          <Button
            size="xs"
            variant="outline"
            onClick={() => props.onFill({ partyId: props.row.partyId, role: props.kind })}
            aria-label={`${ROLE_KIND_LABELS[props.kind]} toewijzen voor ${props.row.partyName}`}
          >
            Toewijzen
          </Button>
        </>
      )}
      {current.map((p) => (
        <PersonLine key={p.roleAssignmentId} person={p} />
      ))}
      {upcoming.map((p) => (
        <PersonLine key={p.roleAssignmentId} person={p} from={p.since} />
      ))}
    </Stack>
  );
}

/** One aanspreekpunt; someone who starts later reads "per 1 december 2026: naam". */
function PersonLine({
  person,
  from,
}: {
  person: OverviewRow['bestuurlijk'][number];
  from?: string | null;
}) {
  return (
    <div>
      {from && (
        <Text span size="sm">
          per {formatDateNl(from)}:{' '}
        </Text>
      )}
      <RowLink to={`/personen/${person.contactId}`}>{person.name}</RowLink>
      {person.function && (
        <Text size="sm" c="dimmed">
          {person.function}
        </Text>
      )}
    </div>
  );
}
