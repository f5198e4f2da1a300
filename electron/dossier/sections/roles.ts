import { formatDateNl } from '../../../shared/dates';
import { REQUIRED_ROLE_KINDS, ROLE_KIND_LABELS, type RoleKind } from '../../../shared/domain';
import type { RoleListItem } from '../../../shared/schemas/roleAssignment';
import { empty, esc, table } from '../html';
import type { SectionModule } from './types';

/** Who leads: the coördinerend wethouder, the regiocoördinator, the trekkers per theme, … */
const LEADING: readonly RoleKind[] = [
  'coordinerend_wethouder',
  'regiocoordinator',
  'trekker_thema',
  'secretaris',
  ...REQUIRED_ROLE_KINDS,
];
const names = new Intl.Collator('nl', { numeric: true, sensitivity: 'base' });
const isContact = (r: RoleListItem) => (REQUIRED_ROLE_KINDS as readonly string[]).includes(r.role);

/**
 * The roles of the region with their mandates. The aanspreekpunten stand per party in the
 * section before; here only those with a mandate, so every mandate is in the dossier.
 */
export function rolesShown(roles: readonly RoleListItem[]): RoleListItem[] {
  return roles
    .filter((r) => !isContact(r) || r.mandate.trim() !== '')
    .sort(
      (a, b) =>
        LEADING.indexOf(a.role) - LEADING.indexOf(b.role) ||
        names.compare(a.themeName ?? '', b.themeName ?? '') ||
        names.compare(a.contactName, b.contactName),
    );
}

export const rolesSection: SectionModule = {
  id: 'rollen',
  title: 'Rollen en mandaten',
  render(data) {
    const shown = rolesShown(data.roles);
    const missing = (['coordinerend_wethouder', 'regiocoordinator'] as const).filter(
      (kind) => !data.roles.some((r) => r.role === kind && r.current),
    );
    const gaps = missing.length
      ? `<p class="gap">Geen ${missing.map((k) => ROLE_KIND_LABELS[k].toLocaleLowerCase('nl')).join(' en geen ')} op ${esc(formatDateNl(data.exportedOn))}.</p>`
      : '';
    if (shown.length === 0) return gaps + empty('Er zijn in deze regio geen rollen vastgelegd.');
    return `${gaps}${table(
      ['Persoon', 'Partij', 'Rol', 'Thema', 'Mandaat', 'Sinds'],
      shown.map((r) => [
        `${esc(r.contactName)}${r.contactFunction ? `<br><span class="muted">${esc(r.contactFunction)}</span>` : ''}`,
        esc(r.partyName) || '—',
        esc(ROLE_KIND_LABELS[r.role]),
        esc(r.themeName) || '—',
        esc(r.mandate) || '<span class="muted">geen mandaat vastgelegd</span>',
        r.since ? `${r.current ? '' : 'per '}${esc(formatDateNl(r.since))}` : '—',
      ]),
      'roles',
    )}<p class="muted">De aanspreekpunten per partij staan onder Partijen en aanspreekpunten; hier alleen als er een mandaat bij hoort.</p>`;
  },
};
