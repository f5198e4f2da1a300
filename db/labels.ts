import { sql, type Column, type Table } from 'drizzle-orm';
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
import { prepareSelect } from './preparedSql';
import type { Db } from './sqlite';
import { regionTitle, withNoun } from '../shared/withNoun';

/**
 * Dutch labels of stored rows for lists and messages (Prullenbak, check), built in JS with the
 * shared label maps. Tolerates broken references (check runs on damaged files): a missing name
 * shows as '?'.
 */
export function createLabeler(db: Db) {
  /** The fields of the row with this id (deleted rows too: the Prullenbak names them). */
  const byId = <F extends Record<string, Column>>(table: Table & { id: Column }, fields: F) =>
    prepareSelect(db, fields, sql`FROM ${table} WHERE ${table.id} = ${sql.placeholder('id')}`);
  // One typed lookup per kind of record.
  const by = {
    region: byId(region, { name: region.name }),
    party: byId(party, { name: party.name }),
    contact: byId(contact, { name: contact.name }),
    theme: byId(theme, { name: theme.name }),
    membership: byId(regionMembership, {
      partyId: regionMembership.partyId,
      regionId: regionMembership.regionId,
    }),
    roleAssignment: byId(roleAssignment, {
      contactId: roleAssignment.contactId,
      role: roleAssignment.role,
    }),
    agreement: byId(agreement, { title: agreement.title }),
    progressUpdate: byId(progressUpdate, { agreementId: progressUpdate.agreementId }),
    meeting: byId(meeting, { title: meeting.title, date: meeting.date }),
    agendaItem: byId(agendaItem, { title: agendaItem.title, meetingId: agendaItem.meetingId }),
    decision: byId(decision, { text: decision.text, agendaItemId: decision.agendaItemId }),
    actionItem: byId(actionItem, { text: actionItem.text }),
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
