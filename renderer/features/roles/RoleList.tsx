import { Button, Group, MultiSelect, SegmentedControl } from '@mantine/core';
import { useState } from 'react';
import type { RoleKind } from '../../../shared/domain';
import type { RolePeriod as Period } from '../../../shared/schemas/roleAssignment';
import { useCurrentRegion } from '../../data/useCurrentRegion';
import { PageHeader } from '../../components/PageHeader';
import { NoRegion } from '../../components/NoRegion';
import { AssignRoleModal } from './AssignRoleModal';
import { RoleTable } from './RoleTable';
import { ROLE_KIND_OPTIONS } from './roleOptions';

const EMPTY_TEXT: Record<Period, string> = {
  current:
    'Er zijn in deze regio nog geen actieve rollen. Kies Rol toewijzen om iemand een rol te geven.',
  future:
    'Er zijn in deze regio geen rollen die later beginnen. Een rol met een begindatum na vandaag staat hier tot die datum.',
  ended:
    'Er zijn in deze regio nog geen beëindigde rollen. Een beëindigde rol blijft hier als geschiedenis staan.',
  all: 'Er zijn in deze regio nog geen rollen toegewezen. Kies Rol toewijzen om te beginnen.',
};

/** Who holds which role in the current region: now, in the past, or both. */
export function RoleList() {
  const { region, regionId } = useCurrentRegion();
  const [period, setPeriod] = useState<Period>('current');
  const [roles, setRoles] = useState<RoleKind[]>([]);
  const [assigning, setAssigning] = useState(false);
  if (!regionId) return <NoRegion />;

  const filtered = roles.length > 0;
  return (
    <>
      <PageHeader
        title="Rollen"
        description={`Aanspreekpunten, trekkers en andere rollen in ${region?.name ?? 'de regio'}`}
        actions={<Button onClick={() => setAssigning(true)}>Rol toewijzen</Button>}
      />
      <Group mb="md" align="flex-end" gap="sm">
        <SegmentedControl
          aria-label="Periode"
          data={[
            { value: 'current', label: 'Huidig' },
            { value: 'future', label: 'Toekomstig' },
            { value: 'ended', label: 'Beëindigd' },
            { value: 'all', label: 'Alles' },
          ]}
          value={period}
          onChange={(v) => setPeriod(v as Period)}
        />
        <MultiSelect
          label="Soort rol"
          placeholder={filtered ? undefined : 'Alle rollen'}
          data={ROLE_KIND_OPTIONS}
          value={roles}
          onChange={(v) => setRoles(v as RoleKind[])}
          clearable
          clearButtonProps={{ 'aria-label': 'Soort rol wissen' }}
          w={320}
        />
      </Group>
      <RoleTable
        query={{ regionId, period, roles }}
        emptyText={filtered ? 'Geen rollen van deze soort in deze periode.' : EMPTY_TEXT[period]}
      />
      <AssignRoleModal
        opened={assigning}
        onClose={() => setAssigning(false)}
        regionId={regionId}
        preset={{}}
      />
    </>
  );
}
