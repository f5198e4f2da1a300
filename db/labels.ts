import { sql, type Column } from 'drizzle-orm';
import { formatDateNl } from '../shared/dates';
import { ROLE_KIND_LABELS, type Entity } from '../shared/domain';
import { ENTITY_TABLES } from './tables';
import { prepareSelect } from './preparedSql';
import type { Db } from './sqlite';
import { regionTitle, withNoun } from '../shared/withNoun';

/**
 * Dutch labels of stored rows for lists and messages (Prullenbak, check), built in JS with the
 * shared label maps. Tolerates broken references (check runs on damaged files): a missing name
 * shows as '?'.
 */
export function createLabeler(db: Db) {
  /** The fields (`pick` of its columns) of the row of this kind with this id (deleted rows too: the Prullenbak names them). */
  const byId = <E extends Entity, F extends Record<string, Column>>(
    entity: E,
    pick: (table: (typeof ENTITY_TABLES)[E]) => F,
  ) => {
    const table = ENTITY_TABLES[entity];
    return prepareSelect(
      db,
      pick(table),
      sql`FROM ${table} WHERE ${table.id} = ${sql.placeholder('id')}`,
    );
  };
  // One typed lookup per kind of record.
  const by = {
    region: byId('region', (t) => ({ name: t.name })),
    party: byId('party', (t) => ({ name: t.name })),
    contact: byId('contact', (t) => ({ name: t.name })),
    theme: byId('theme', (t) => ({ name: t.name })),
    membership: byId('membership', (t) => ({ partyId: t.partyId, regionId: t.regionId })),
    roleAssignment: byId('roleAssignment', (t) => ({ contactId: t.contactId, role: t.role })),
    agreement: byId('agreement', (t) => ({ title: t.title })),
    progressUpdate: byId('progressUpdate', (t) => ({ agreementId: t.agreementId })),
    meeting: byId('meeting', (t) => ({ title: t.title, date: t.date })),
    agendaItem: byId('agendaItem', (t) => ({ title: t.title, meetingId: t.meetingId })),
    decision: byId('decision', (t) => ({ text: t.text, agendaItemId: t.agendaItemId })),
    actionItem: byId('actionItem', (t) => ({ text: t.text })),
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
