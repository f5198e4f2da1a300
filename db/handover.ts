/**
 * The handover of a person who leaves (shared/schemas/handover.ts): everything they carry,
 * assembled from indexed lookups by person (role_assignment, agreement owner, agreement_party,
 * action_item_owner, meeting_attendee_person, conversation_participant_person).
 */
import type { Handover } from '../shared/schemas/handover';
import { FINAL_STATUSES } from '../shared/agreementStatus';
import { sqlStatusList } from './agreementSql';
import { prepareRows } from './preparedSql';
import type { Db } from './sqlite';

type Parts = Omit<Handover, 'person' | 'day'>;

/** An agreement still to carry on: not afgerond or vervallen. */
const RUNNING = `a.status NOT IN (${sqlStatusList(FINAL_STATUSES)})`;

export function createHandoverQuery(db: Db) {
  const roles = prepareRows<Parts['roles'][number]>(
    db,
    `SELECT r.id AS id, r.role AS role, r.region_id AS regionId, g.name AS regionName,
        p.name AS partyName, t.name AS themeName, r.mandate AS mandate, r.since AS since,
        r.until AS until
      FROM role_assignment r JOIN region g ON g.id = r.region_id
      LEFT JOIN party p ON p.id = r.party_id LEFT JOIN theme t ON t.id = r.theme_id
      WHERE r.contact_id = @contactId AND r.deleted_at IS NULL AND g.deleted_at IS NULL
        AND (r.until IS NULL OR r.until > @day)
      ORDER BY g.name, r.role`,
    {
      id: 'text',
      role: 'text',
      regionId: 'text',
      regionName: 'text',
      partyName: 'text?',
      themeName: 'text?',
      mandate: 'text',
      since: 'text?',
      until: 'text?',
    },
  );
  const owned = prepareRows<Parts['ownedAgreements'][number]>(
    db,
    `SELECT a.id AS id, a.title AS title, a.status AS status, g.name AS regionName,
        a.next_evaluation AS nextEvaluation
      FROM agreement a JOIN region g ON g.id = a.region_id
      WHERE a.owner_id = @contactId AND a.deleted_at IS NULL AND g.deleted_at IS NULL
        AND ${RUNNING}
      ORDER BY g.name, a.title`,
    { id: 'text', title: 'text', status: 'text', regionName: 'text', nextEvaluation: 'text?' },
  );
  const involvedFrom = `FROM agreement_party ap JOIN agreement a ON a.id = ap.agreement_id
      JOIN region g ON g.id = a.region_id
      WHERE ap.party_id = (SELECT party_id FROM contact WHERE id = @contactId)
        AND a.deleted_at IS NULL AND g.deleted_at IS NULL
        AND ${RUNNING}
        AND (a.owner_id IS NULL OR a.owner_id <> @contactId)`;
  const involved = prepareRows<Parts['involvedAgreements'][number]>(
    db,
    `SELECT a.id AS id, a.title AS title, a.status AS status, g.name AS regionName
      ${involvedFrom} ORDER BY g.name, a.title LIMIT 50`,
    { id: 'text', title: 'text', status: 'text', regionName: 'text' },
  );
  const involvedTotal = prepareRows<{ n: number }>(db, `SELECT count(*) AS n ${involvedFrom}`, {
    n: 'number',
  });
  const actions = prepareRows<Parts['openActions'][number]>(
    db,
    `SELECT a.id AS id, a.text AS text, a.due_date AS dueDate,
        CASE WHEN a.conversation_id IS NULL THEN 'overleg' ELSE 'verslag' END AS source,
        coalesce(m.id, c.id) AS sourceId, coalesce(m.title, c.title) AS sourceTitle,
        g.name AS regionName
      FROM action_item a
      LEFT JOIN agenda_item i ON i.id = a.agenda_item_id AND i.deleted_at IS NULL
      LEFT JOIN meeting m ON m.id = i.meeting_id AND m.deleted_at IS NULL
      LEFT JOIN conversation c ON c.id = a.conversation_id AND c.deleted_at IS NULL
      JOIN region g ON g.id = coalesce(m.region_id, c.region_id)
      WHERE a.owner_id = @contactId AND a.deleted_at IS NULL AND a.status = 'open'
      ORDER BY a.due_date IS NULL, a.due_date, a.id`,
    {
      id: 'text',
      text: 'text',
      dueDate: 'text?',
      source: 'text',
      sourceId: 'text',
      sourceTitle: 'text',
      regionName: 'text',
    },
  );
  const meetings = prepareRows<Parts['meetings'][number]>(
    db,
    `SELECT m.id AS id, m.title AS title, m.date AS date, g.name AS regionName
      FROM meeting_attendee at JOIN meeting m ON m.id = at.meeting_id
      JOIN region g ON g.id = m.region_id
      WHERE at.contact_id = @contactId AND m.deleted_at IS NULL AND m.date <= @day
      ORDER BY m.date DESC, m.id LIMIT 5`,
    { id: 'text', title: 'text', date: 'text', regionName: 'text' },
  );
  const conversations = prepareRows<Parts['conversations'][number]>(
    db,
    `SELECT c.id AS id, c.title AS title, c.date AS date, g.name AS regionName
      FROM conversation_participant cp JOIN conversation c ON c.id = cp.conversation_id
      JOIN region g ON g.id = c.region_id
      WHERE cp.contact_id = @contactId AND c.deleted_at IS NULL
      ORDER BY c.date DESC, c.id LIMIT 5`,
    { id: 'text', title: 'text', date: 'text', regionName: 'text' },
  );
  const contacts = prepareRows<Parts['contacts'][number]>(
    db,
    `WITH together AS (
        SELECT other.contact_id AS id FROM meeting_attendee me
          JOIN meeting_attendee other ON other.meeting_id = me.meeting_id
        WHERE me.contact_id = @contactId AND other.contact_id <> @contactId
        UNION ALL
        SELECT other.contact_id FROM conversation_participant me
          JOIN conversation_participant other ON other.conversation_id = me.conversation_id
        WHERE me.contact_id = @contactId AND other.contact_id <> @contactId
      )
      SELECT p.id AS id, p.name AS name, party.name AS partyName, count(*) AS together
      FROM together t JOIN contact p ON p.id = t.id AND p.deleted_at IS NULL
      LEFT JOIN party ON party.id = p.party_id
      GROUP BY p.id ORDER BY together DESC, p.name LIMIT 10`,
    { id: 'text', name: 'text', partyName: 'text?', together: 'number' },
  );

  return (contactId: string, day: string): Parts => {
    const v = { contactId, day };
    return {
      roles: roles.all(v),
      ownedAgreements: owned.all(v),
      involvedAgreements: involved.all(v),
      involvedTotal: involvedTotal.get(v)?.n ?? 0,
      openActions: actions.all(v),
      meetings: meetings.all(v),
      conversations: conversations.all(v),
      contacts: contacts.all(v),
    };
  };
}
