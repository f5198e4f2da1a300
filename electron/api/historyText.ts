import { formatDateNl, formatDateTimeNl, isIsoDate } from '../../shared/dates';
import {
  MEMBERSHIP_ROLE_LABELS,
  PARTY_TYPE_LABELS,
  ROLE_KIND_LABELS,
  type AuditAction,
  type Entity,
} from '../../shared/domain';

const FIELD_LABELS: Record<string, string> = {
  name: 'naam',
  zorgkantoorNumber: 'zorgkantoorregionummer',
  description: 'omschrijving',
  type: 'type',
  notes: 'notities',
  role: 'rol',
  since: 'begindatum',
  until: 'einddatum',
  function: 'functie',
  partyId: 'organisatie',
  email: 'e-mailadres',
  phone: 'telefoonnummer',
  active: 'actief',
  themeId: 'thema',
  mandate: 'mandaat',
  archivedAt: 'gearchiveerd',
};

const ACTIONS: Record<AuditAction, string> = {
  create: 'Aangemaakt',
  update: 'Gewijzigd',
  delete: 'Naar de prullenbak verplaatst',
  restore: 'Teruggezet uit de prullenbak',
};

/** Resolves a referenced id (party, theme) to a name for the history text. */
export type NameOf = (field: 'partyId' | 'themeId', id: string) => string | null;

function quote(text: string): string {
  const short = text.length > 80 ? `${text.slice(0, 77)}…` : text;
  return `‘${short}’`;
}

function valueText(entity: Entity, field: string, value: unknown, nameOf: NameOf): string {
  if (value === null || value === undefined || value === '') return '(leeg)';
  if (typeof value === 'boolean') return value ? 'ja' : 'nee';
  if (typeof value === 'number') return String(value);
  const text = String(value);
  if (field === 'type') return PARTY_TYPE_LABELS[text as keyof typeof PARTY_TYPE_LABELS] ?? text;
  if (field === 'role') {
    const labels: Record<string, string> =
      entity === 'membership' ? MEMBERSHIP_ROLE_LABELS : ROLE_KIND_LABELS;
    return labels[text] ?? text;
  }
  if (field === 'partyId' || field === 'themeId') return nameOf(field, text) ?? '(verwijderd)';
  if (field === 'archivedAt') return formatDateTimeNl(text);
  if (isIsoDate(text)) return formatDateNl(text);
  return quote(text);
}

/** One audit entry as a plain Dutch sentence. */
export function historyText(
  entry: {
    entity: Entity;
    action: AuditAction;
    at: string;
    actor: string;
    changes: Record<string, { from: unknown; to: unknown }>;
  },
  nameOf: NameOf,
): string {
  const head = `${ACTIONS[entry.action]} door ${entry.actor} op ${formatDateTimeNl(entry.at)}`;
  const fields = Object.entries(entry.changes);
  if (fields.length === 0) return `${head}.`;
  const parts = fields.map(([field, { from, to }]) => {
    const label = FIELD_LABELS[field] ?? field;
    if (entry.action === 'create') return `${label} ${valueText(entry.entity, field, to, nameOf)}`;
    return `${label} van ${valueText(entry.entity, field, from, nameOf)} naar ${valueText(entry.entity, field, to, nameOf)}`;
  });
  return `${head}: ${parts.join('; ')}.`;
}
