import { DomainError } from '../../shared/api/result';
import type { ApiContext } from './context';

/** Fetches a live (not deleted) record or fails with a Dutch "not found" naming the field. */
export function live<T extends { deletedAt: string | null }>(
  record: T | null,
  what: string,
  path?: string,
): T {
  if (!record || record.deletedAt) {
    const message = `${what} bestaat niet (meer).`;
    throw new DomainError('not_found', message, path ? [{ path, message }] : undefined);
  }
  return record;
}

export const requireRegion = (ctx: ApiContext, id: string, path?: string) =>
  live(ctx.repos.regions.find(id), 'Deze regio', path);
export const requireParty = (ctx: ApiContext, id: string, path?: string) =>
  live(ctx.repos.parties.find(id), 'Deze partij', path);
export const requireMembership = (ctx: ApiContext, id: string, path?: string) =>
  live(ctx.repos.memberships.find(id), 'Deze deelname', path);
export const requireContact = (ctx: ApiContext, id: string, path?: string) =>
  live(ctx.repos.contacts.find(id), 'Deze persoon', path);
export const requireRole = (ctx: ApiContext, id: string, path?: string) =>
  live(ctx.repos.roles.find(id), 'Deze rol', path);
export const requireTheme = (ctx: ApiContext, id: string, path?: string) =>
  live(ctx.repos.themes.find(id), 'Dit thema', path);

/** A live besluit in a live agenda item of a live meeting, with that meeting. */
export function requireLiveDecision(ctx: ApiContext, id: string, path?: string) {
  const decision = live(ctx.repos.decisions.findDecision(id), 'Dit besluit', path);
  const item = live(ctx.repos.agenda.find(decision.agendaItemId), 'Dit besluit', path);
  const meeting = live(ctx.repos.meetings.find(item.meetingId), 'Dit besluit', path);
  return { decision, meeting };
}

/** Dutch list: ['a', 'b', 'c'] → 'a, b en c'. */
export function joinNl(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} en ${parts.at(-1)}`;
}

export const countNl = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
