import { eq, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { formatDateNl } from '../shared/dates';
import { ROLE_KIND_LABELS, type Entity } from '../shared/domain';
import {
  actionItem,
  agendaItem,
  agreement,
  decision,
  meeting,
  contact,
  party,
  progressUpdate,
  region,
  regionMembership,
  roleAssignment,
  theme,
} from './schema';
import type { Db } from './sqlite';
import { regionTitle, withNoun } from '../shared/withNoun';

/**
 * Dutch labels of stored rows for lists and messages (Prullenbak, check), built in JS with the
 * shared label maps. Tolerates broken references (check runs on damaged files): a missing name
 * shows as '?'.
 */
export function createLabeler(db: Db) {
  const orm = drizzle(db);
  const id = sql.placeholder('id');
  // One typed lookup per kind of record, by id (deleted rows too: the Prullenbak names them).
  const by = {
    region: orm.select({ name: region.name }).from(region).where(eq(region.id, id)).prepare(),
    party: orm.select({ name: party.name }).from(party).where(eq(party.id, id)).prepare(),
    contact: orm.select({ name: contact.name }).from(contact).where(eq(contact.id, id)).prepare(),
    theme: orm.select({ name: theme.name }).from(theme).where(eq(theme.id, id)).prepare(),
    membership: orm
      .select({ partyId: regionMembership.partyId, regionId: regionMembership.regionId })
      .from(regionMembership)
      .where(eq(regionMembership.id, id))
      .prepare(),
    roleAssignment: orm
      .select({ contactId: roleAssignment.contactId, role: roleAssignment.role })
      .from(roleAssignment)
      .where(eq(roleAssignment.id, id))
      .prepare(),
    agreement: orm
      .select({ title: agreement.title })
      .from(agreement)
      .where(eq(agreement.id, id))
      .prepare(),
    progressUpdate: orm
      .select({ agreementId: progressUpdate.agreementId })
      .from(progressUpdate)
      .where(eq(progressUpdate.id, id))
      .prepare(),
    meeting: orm
      .select({ title: meeting.title, date: meeting.date })
      .from(meeting)
      .where(eq(meeting.id, id))
      .prepare(),
    agendaItem: orm
      .select({ title: agendaItem.title, meetingId: agendaItem.meetingId })
      .from(agendaItem)
      .where(eq(agendaItem.id, id))
      .prepare(),
    decision: orm
      .select({ text: decision.text, agendaItemId: decision.agendaItemId })
      .from(decision)
      .where(eq(decision.id, id))
      .prepare(),
    actionItem: orm
      .select({ text: actionItem.text })
      .from(actionItem)
      .where(eq(actionItem.id, id))
      .prepare(),
  } satisfies Record<Entity, unknown>;
  const meetingLabel = (key: string) => {
    const m = by.meeting.get({ id: key });
    return m ? `${m.title} (${formatDateNl(m.date)})` : '';
  };
  const itemLabel = (key: string) => {
    const a = by.agendaItem.get({ id: key });
    return a ? `Agendapunt ‘${a.title}’ van ${meetingLabel(a.meetingId) || '?'}` : '';
  };
  const short = (text: string) => (text.length > 60 ? `${text.slice(0, 59)}…` : text);
  const nameOf = (kind: 'region' | 'party' | 'contact', key: string) =>
    by[kind].get({ id: key })?.name ?? '?';

  return (entity: Entity, key: string): string => {
    switch (entity) {
      case 'region': {
        const name = by.region.get({ id: key })?.name;
        if (name === undefined) return '';
        return regionTitle(name);
      }
      case 'party':
      case 'contact':
        return by[entity].get({ id: key })?.name ?? '';
      case 'theme': {
        const name = by.theme.get({ id: key })?.name;
        return name === undefined ? '' : withNoun('Thema', name);
      }
      case 'membership': {
        const m = by.membership.get({ id: key });
        return m
          ? `Deelname van ${nameOf('party', m.partyId)} aan ${nameOf('region', m.regionId)}`
          : '';
      }
      case 'roleAssignment': {
        const r = by.roleAssignment.get({ id: key });
        if (!r) return '';
        const role = ROLE_KIND_LABELS[r.role] ?? r.role;
        return `${nameOf('contact', r.contactId)} als ${role.toLocaleLowerCase('nl')}`;
      }
      case 'agreement':
        return by.agreement.get({ id: key })?.title ?? '';
      case 'progressUpdate': {
        const p = by.progressUpdate.get({ id: key });
        if (!p) return '';
        return `Voortgang bij ${by.agreement.get({ id: p.agreementId })?.title ?? '?'}`;
      }
      case 'meeting':
        return meetingLabel(key);
      case 'agendaItem':
        return itemLabel(key);
      case 'decision': {
        const d = by.decision.get({ id: key });
        return d ? `Besluit ‘${short(d.text)}’` : '';
      }
      case 'actionItem': {
        const a = by.actionItem.get({ id: key });
        return a ? `Actiepunt ‘${short(a.text)}’` : '';
      }
    }
  };
}
export type Labeler = ReturnType<typeof createLabeler>;
