import type { ActionListItem, ActionListQuery } from '../shared/schemas/actionList';
import { prepareRows, type PreparedRows } from './preparedSql';
import type { Db } from './sqlite';

/** Which filters a query uses: one prepared statement per combination, made when first asked. */
interface Shape {
  status: boolean;
  overdue: boolean;
  ownerId: boolean;
  partyId: boolean;
  themeId: boolean;
  meetings: boolean;
  conversations: boolean;
  search: boolean;
}

type Row = Omit<ActionListItem, 'overdue' | 'confidential'> & {
  overdue: number;
  confidential: number;
};

const COLUMNS = {
  id: 'text',
  text: 'text',
  ownerId: 'text?',
  ownerName: 'text?',
  ownerParty: 'text?',
  dueDate: 'text?',
  status: 'text',
  doneOn: 'text?',
  overdue: 'number',
  source: 'text',
  sourceId: 'text',
  sourceTitle: 'text',
  sourceDate: 'text',
  itemTitle: 'text?',
  confidential: 'number',
} as const;

/**
 * The actiepunten-overzicht of a region: the actions of its live overleggen (through their live
 * agenda items) and of its live gespreksverslagen, as one list sorted by due date (none last),
 * then by the date they were agreed. Each branch walks its own index for the region
 * (meeting_list → agenda_item_meeting → action_item_item, conversation_list →
 * action_item_conversation); only the filters in use are in the SQL. CROSS JOIN fixes that
 * order: without statistics SQLite would start from action_item_open (status = 'open') and
 * read every open action of every region (measured on groot: 0.8 s instead of milliseconds).
 */
export function createActionList(db: Db) {
  const statements = new Map<
    string,
    { page: PreparedRows<Row>; total: PreparedRows<{ n: number; late: number }> }
  >();

  const prepare = (s: Shape) => {
    const own: string[] = ['a.deleted_at IS NULL'];
    if (s.status) own.push('a.status = @status');
    // `+` keeps the due date out of the index choice: through action_item_open (status,
    // due_date) SQLite would read every overdue action of the dossier once per source.
    if (s.overdue) own.push(`a.status = 'open' AND +a.due_date < @today`);
    if (s.ownerId) own.push('a.owner_id = @ownerId');
    if (s.partyId) own.push('a.owner_id IN (SELECT id FROM contact WHERE party_id = @partyId)');
    if (s.search) own.push('instr(lower(a.text), @search) > 0');
    const where = own.join(' AND ');
    const meetingTheme = s.themeId
      ? `AND EXISTS (SELECT 1 FROM agenda_item_agreement l
          JOIN agreement_theme t ON t.agreement_id = l.agreement_id
          WHERE l.agenda_item_id = i.id AND t.theme_id = @themeId)`
      : '';
    const conversationTheme = s.themeId
      ? `AND EXISTS (SELECT 1 FROM conversation_theme t
          WHERE t.conversation_id = c.id AND t.theme_id = @themeId)`
      : '';
    const branches: string[] = [];
    if (s.meetings)
      branches.push(`SELECT a.id, a.text, a.owner_id, a.due_date, a.status, a.done_on,
          'overleg' AS source, m.id AS source_id, m.title AS source_title, m.date AS source_date,
          i.title AS item_title, i.confidential AS confidential
        FROM meeting m
        CROSS JOIN agenda_item i ON i.meeting_id = m.id AND i.deleted_at IS NULL
        CROSS JOIN action_item a ON a.agenda_item_id = i.id
        WHERE m.region_id = @regionId AND m.deleted_at IS NULL AND ${where} ${meetingTheme}`);
    if (s.conversations)
      branches.push(`SELECT a.id, a.text, a.owner_id, a.due_date, a.status, a.done_on,
          'verslag' AS source, c.id AS source_id, c.title AS source_title, c.date AS source_date,
          NULL AS item_title, c.confidential AS confidential
        FROM conversation c
        CROSS JOIN action_item a ON a.conversation_id = c.id
        WHERE c.region_id = @regionId AND c.deleted_at IS NULL AND ${where} ${conversationTheme}`);
    const all = branches.join(' UNION ALL ');
    return {
      page: prepareRows<Row>(
        db,
        `SELECT x.id AS id, x.text AS text, x.owner_id AS ownerId, p.name AS ownerName,
            party.name AS ownerParty, x.due_date AS dueDate, x.status AS status,
            x.done_on AS doneOn, (x.status = 'open' AND x.due_date < @today) AS overdue,
            x.source AS source, x.source_id AS sourceId, x.source_title AS sourceTitle,
            x.source_date AS sourceDate, x.item_title AS itemTitle,
            x.confidential AS confidential
          FROM (${all}) x
          LEFT JOIN contact p ON p.id = x.owner_id
          LEFT JOIN party ON party.id = p.party_id
          ORDER BY x.due_date IS NULL, x.due_date, x.source_date, x.id
          LIMIT @limit OFFSET @offset`,
        COLUMNS,
      ),
      // The total and, of those, the overdue ones: one pass over the same rows.
      total: prepareRows<{ n: number; late: number }>(
        db,
        `SELECT count(*) AS n,
            coalesce(sum(status = 'open' AND due_date < @today), 0) AS late FROM (${all})`,
        { n: 'number', late: 'number' },
      ),
    };
  };
  const statementsFor = (shape: Shape) => {
    const key = JSON.stringify(shape);
    let s = statements.get(key);
    if (!s) statements.set(key, (s = prepare(shape)));
    return s;
  };
  return (q: ActionListQuery, today: string) => {
    const search = q.search.trim().toLocaleLowerCase('nl');
    const s = statementsFor({
      status: q.status !== null,
      overdue: q.overdue,
      ownerId: q.ownerId !== null,
      partyId: q.partyId !== null,
      themeId: q.themeId !== null,
      meetings: q.source !== 'verslag',
      conversations: q.source !== 'overleg',
      search: search !== '',
    });
    const values = {
      regionId: q.regionId,
      today,
      ...(q.status !== null && { status: q.status }),
      ...(q.ownerId !== null && { ownerId: q.ownerId }),
      ...(q.partyId !== null && { partyId: q.partyId }),
      ...(q.themeId !== null && { themeId: q.themeId }),
      ...(search !== '' && { search }),
    };
    const items = s.page
      .all({ ...values, limit: q.limit, offset: q.offset })
      .map((r) => ({ ...r, overdue: r.overdue === 1, confidential: r.confidential === 1 }));
    const total = s.total.get(values);
    return { items, offset: q.offset, total: total?.n ?? 0, overdueCount: total?.late ?? 0 };
  };
}

/** The live people whose name is the user's (the Overzicht's "mijn actiepunten"). */
export function createPeopleByName(db: Db) {
  const byName = prepareRows<{ id: string; party: string | null }>(
    db,
    `SELECT c.id AS id, p.name AS party FROM contact c LEFT JOIN party p ON p.id = c.party_id
      WHERE c.deleted_at IS NULL AND lower(trim(c.name)) = lower(trim(@name))
      ORDER BY c.created_at, c.id`,
    { id: 'text', party: 'text?' },
  );
  /** The person of this name, one of the organisation's first; null when there is none. */
  return (name: string, organisation: string): string | null => {
    if (!name.trim()) return null;
    const people = byName.all({ name });
    const org = organisation.trim().toLocaleLowerCase('nl');
    return (
      people.find((p) => org !== '' && p.party?.toLocaleLowerCase('nl') === org)?.id ??
      people[0]?.id ??
      null
    );
  };
}
