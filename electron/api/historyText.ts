import type { Repositories } from '../../db';
import { formatDateNl, formatDateTimeNl, isIsoDate } from '../../shared/dates';
import {
  AGREEMENT_STATUS_LABELS,
  MEMBERSHIP_ROLE_LABELS,
  PARTY_TYPE_LABELS,
  ROLE_KIND_LABELS,
  type AgreementStatus,
  type AuditAction,
  type Entity,
} from '../../shared/domain';
import { fieldLabelLower } from '../../shared/fieldLabels';

/** Long texts whose content the history does not repeat. */
const CONTENT_FIELDS = new Set(['descriptionHtml', 'descriptionText']);

const ACTIONS: Record<AuditAction, string> = {
  create: 'Aangemaakt',
  update: 'Gewijzigd',
  delete: 'Naar de prullenbak verplaatst',
  restore: 'Teruggezet uit de prullenbak',
};

/** Resolves a referenced id (party, theme, person) to a name for the history text. */
export type NameOf = (field: 'partyId' | 'themeId' | 'ownerId', id: string) => string | null;

/** Names from the repositories, deleted records included (the history names what was). */
export const nameResolver =
  (repos: Pick<Repositories, 'parties' | 'themes' | 'contacts'>): NameOf =>
  (field, id) =>
    (field === 'partyId'
      ? repos.parties.find(id)
      : field === 'ownerId'
        ? repos.contacts.find(id)
        : repos.themes.find(id)
    )?.name ?? null;

function quote(text: string): string {
  const short = text.length > 80 ? `${text.slice(0, 77)}…` : text;
  return `‘${short}’`;
}

function valueText(entity: Entity, field: string, value: unknown, nameOf: NameOf): string {
  if (value === null || value === undefined || value === '') return '(leeg)';
  if (typeof value === 'boolean') return value ? 'ja' : 'nee';
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.length ? value.map(String).join(', ') : '(geen)';
  const text = String(value);
  if (field === 'type') return PARTY_TYPE_LABELS[text as keyof typeof PARTY_TYPE_LABELS] ?? text;
  if (field === 'role') {
    const labels: Record<string, string> =
      entity === 'membership' ? MEMBERSHIP_ROLE_LABELS : ROLE_KIND_LABELS;
    return labels[text] ?? text;
  }
  if (field === 'partyId' || field === 'themeId' || field === 'ownerId') {
    return nameOf(field, text) ?? '(verwijderd)';
  }
  if (field === 'status') return AGREEMENT_STATUS_LABELS[text as AgreementStatus] ?? text;
  if (field === 'review') return text;
  if (field === 'archivedAt') return formatDateTimeNl(text);
  if (isIsoDate(text)) return formatDateNl(text);
  return quote(text);
}

export interface HistoryEntry {
  entity: Entity;
  action: AuditAction;
  at: string;
  actor: string;
  changes: Record<string, { from: unknown; to: unknown }>;
}

export const ACTION_LABELS = ACTIONS;

/** The changed fields of an entry, one Dutch phrase each ("titel van ‘A’ naar ‘B’"). */
export function changeParts(entry: HistoryEntry, nameOf: NameOf): string[] {
  const seen = new Set<string>();
  return Object.entries(entry.changes).flatMap(([field, { from, to }]) => {
    const label = fieldLabelLower(field);
    if (CONTENT_FIELDS.has(field)) {
      if (seen.has(label)) return [];
      seen.add(label);
      if (entry.action === 'create') return [`${label} ingevuld`];
      return [to ? `${label} gewijzigd` : `${label} leeggemaakt`];
    }
    if (field === 'review') return [`${label}: ${valueText(entry.entity, field, to, nameOf)}`];
    if (entry.action === 'create')
      return [`${label} ${valueText(entry.entity, field, to, nameOf)}`];
    return [
      `${label} van ${valueText(entry.entity, field, from, nameOf)} naar ${valueText(entry.entity, field, to, nameOf)}`,
    ];
  });
}

/** One audit entry as a plain Dutch sentence. */
export function historyText(entry: HistoryEntry, nameOf: NameOf): string {
  const head = `${ACTIONS[entry.action]} door ${entry.actor} op ${formatDateTimeNl(entry.at)}`;
  const parts = changeParts(entry, nameOf);
  if (parts.length === 0) return `${head}.`;
  return `${head}: ${parts.join('; ')}.`;
}
