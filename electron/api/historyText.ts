import type { Repositories } from '../../db';
import { formatDateNl, formatDateTimeNl } from '../../shared/dates';
import type { AuditAction, Entity } from '../../shared/domain';
import { displayRule, type RefKind } from '../../shared/fieldDisplay';
import { fieldLabelLower } from '../../shared/fieldLabels';

const ACTIONS: Record<AuditAction, string> = {
  create: 'Aangemaakt',
  update: 'Gewijzigd',
  delete: 'Naar de prullenbak verplaatst',
  restore: 'Teruggezet uit de prullenbak',
};

/** Resolves a referenced id (region, person, party, theme) to a name for the history text. */
export type NameOf = (kind: RefKind, id: string) => string | null;

/** Names from the repositories, deleted records included (the history names what was). */
export const nameResolver =
  (repos: Pick<Repositories, 'regions' | 'parties' | 'themes' | 'contacts'>): NameOf =>
  (kind, id) => {
    const found = {
      region: repos.regions.find,
      party: repos.parties.find,
      contact: repos.contacts.find,
      theme: repos.themes.find,
    } satisfies Record<RefKind, unknown>;
    return found[kind](id)?.name ?? null;
  };

/** A value as the field's display rule shows it (shared/fieldDisplay.ts), whole. */
function valueText(entity: Entity, field: string, value: unknown, nameOf: NameOf): string {
  if (value === null || value === undefined || value === '') return '(leeg)';
  if (Array.isArray(value)) return value.length ? value.map(String).join(', ') : '(geen)';
  const rule = displayRule(entity, field);
  const text = String(value);
  if (typeof rule === 'object') {
    return 'ref' in rule ? (nameOf(rule.ref, text) ?? '(verwijderd)') : (rule.labels[text] ?? text);
  }
  switch (rule) {
    case 'yesNo':
      return value ? 'ja' : 'nee';
    case 'date':
      return formatDateNl(text);
    case 'moment':
      return formatDateTimeNl(text);
    case 'place':
      return String(Number(value) + 1);
    case 'number':
    case 'time':
    case 'names':
    case 'phrase':
      return text;
    default:
      // 'text', and a field without a rule (a test keeps every audited one covered).
      if (typeof value === 'boolean') return value ? 'ja' : 'nee';
      if (typeof value === 'number') return text;
      return `‘${text}’`;
  }
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
    const label = fieldLabelLower(field, entry.entity);
    if (displayRule(entry.entity, field) === 'content') {
      if (seen.has(label)) return [];
      seen.add(label);
      if (entry.action === 'create') return [`${label} ingevuld`];
      return [to ? `${label} gewijzigd` : `${label} leeggemaakt`];
    }
    if (field === 'review' || field === 'reviewPackage')
      return [`${label}: ${valueText(entry.entity, field, to, nameOf)}`];
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
