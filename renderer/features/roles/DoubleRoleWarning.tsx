import { WarningAlert } from '../../components/WarningAlert';
import { todayIso } from '../../../shared/dates';
import { ROLE_KIND_LABELS, type RoleKind } from '../../../shared/domain';
import { useQuery } from '../../data/data';

const OTHER: Partial<Record<RoleKind, RoleKind>> = {
  bestuurlijk_aanspreekpunt: 'ambtelijk_aanspreekpunt',
  ambtelijk_aanspreekpunt: 'bestuurlijk_aanspreekpunt',
};

/**
 * A warning, not a refusal: one person as both the bestuurlijk and the ambtelijk aanspreekpunt of
 * the same party means the werkstructuur has one contact where it asks for two levels.
 */
export function DoubleRoleWarning(props: {
  regionId: string;
  contactId: string | null;
  partyId: string | null;
  role: RoleKind | null;
  /** The role being edited, which does not count against itself. */
  exceptId?: string;
}) {
  const other = props.role ? OTHER[props.role] : undefined;
  const ask = Boolean(other && props.contactId && props.partyId);
  const roles = useQuery(
    'roles.list',
    ask
      ? {
          regionId: props.regionId,
          contactId: props.contactId,
          partyId: props.partyId,
          roles: [other!],
          period: 'all',
        }
      : null,
  );
  const today = todayIso();
  const clash = (roles.data ?? []).find(
    (r) => r.id !== props.exceptId && (r.until === null || r.until > today),
  );
  if (!ask || !clash || !other) return null;
  return (
    <WarningAlert title="Zelfde persoon op beide niveaus">
      {clash.contactName} is al {ROLE_KIND_LABELS[other].toLowerCase()} van {clash.partyName}. De
      werkstructuur vraagt om een bestuurlijk én een ambtelijk aanspreekpunt; toewijzen kan, maar
      overweeg een tweede persoon.
    </WarningAlert>
  );
}
