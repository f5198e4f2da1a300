import type { ConversationListItem, ConversationListQuery } from '../shared/schemas/conversation';
import { prepareRows, type PreparedRows } from './preparedSql';
import { searchText, type Db } from './sqlite';

interface Shape {
  region: boolean;
  kind: boolean;
  partyId: boolean;
  agreementId: boolean;
  search: boolean;
}

type Row = Omit<ConversationListItem, 'confidential' | 'hasSurvey'> & {
  confidential: number;
  hasSurvey: number;
};

const COLUMNS = {
  id: 'text',
  kind: 'text',
  title: 'text',
  date: 'text',
  status: 'text',
  confidential: 'number',
  parties: 'text',
  hasSurvey: 'number',
  openActions: 'number',
} as const;

/**
 * The gespreksverslagen of a region, newest first, one page at a time, as db/meetingList.ts:
 * only the filters in use are in the SQL, so SQLite walks the conversation_list index for the
 * region in date order; the parties and counts are read for the page's rows only (the open
 * actions from action_item_conversation, which carries the status). SQL text through
 * prepareRows: rows as better-sqlite3 gives them, no per-row work but the two booleans.
 */
export function createConversationList(db: Db) {
  const statements = new Map<
    string,
    { page: PreparedRows<Row>; total: PreparedRows<{ n: number }> }
  >();
  const prepare = (shape: Shape) => {
    const where = ['c.deleted_at IS NULL'];
    if (shape.region) where.push('c.region_id = @regionId');
    if (shape.kind) where.push('c.kind = @kind');
    // IN: without a region SQLite starts from the link's index (party or agreement first).
    if (shape.partyId)
      where.push(`c.id IN (SELECT conversation_id FROM conversation_party
        WHERE party_id = @partyId)`);
    if (shape.agreementId)
      where.push(`c.id IN (SELECT conversation_id FROM conversation_agreement
        WHERE agreement_id = @agreementId)`);
    if (shape.search) where.push('instr(c.search_text, @search) > 0');
    const condition = where.join(' AND ');
    return {
      page: prepareRows<Row>(
        db,
        `SELECT c.id AS id, c.kind AS kind, c.title AS title, c.date AS date, c.status AS status,
            c.confidential AS confidential,
            coalesce((SELECT group_concat(name, ', ') FROM (SELECT p.name AS name
              FROM conversation_party cp JOIN party p ON p.id = cp.party_id
              WHERE cp.conversation_id = c.id ORDER BY p.name)), '') AS parties,
            EXISTS (SELECT 1 FROM conversation_survey s WHERE s.conversation_id = c.id)
              AS hasSurvey,
            (SELECT count(*) FROM action_item a WHERE a.conversation_id = c.id
              AND a.deleted_at IS NULL AND a.status = 'open') AS openActions
          FROM conversation c WHERE ${condition}
          ORDER BY c.date DESC, c.id LIMIT @limit OFFSET @offset`,
        COLUMNS,
      ),
      total: prepareRows<{ n: number }>(
        db,
        `SELECT count(*) AS n FROM conversation c WHERE ${condition}`,
        { n: 'number' },
      ),
    };
  };
  const statementsFor = (shape: Shape) => {
    const key = JSON.stringify(shape);
    let s = statements.get(key);
    if (!s) statements.set(key, (s = prepare(shape)));
    return s;
  };

  return (
    q: ConversationListQuery,
  ): { items: ConversationListItem[]; offset: number; total: number } => {
    const search = searchText(q.search);
    const s = statementsFor({
      region: q.regionId !== null,
      kind: q.kind !== null,
      partyId: q.partyId !== null,
      agreementId: q.agreementId !== null,
      search: search !== '',
    });
    const values = {
      ...(q.regionId !== null && { regionId: q.regionId }),
      ...(q.kind !== null && { kind: q.kind }),
      ...(q.partyId !== null && { partyId: q.partyId }),
      ...(q.agreementId !== null && { agreementId: q.agreementId }),
      ...(search !== '' && { search }),
    };
    // The two booleans in place: no second object per row on a list read while scrolling.
    const rows: Record<'confidential' | 'hasSurvey', number | boolean>[] = s.page.all({
      ...values,
      limit: q.limit,
      offset: q.offset,
    });
    for (const r of rows) {
      r.confidential = r.confidential === 1;
      r.hasSurvey = r.hasSurvey === 1;
    }
    const items = rows as unknown as ConversationListItem[];
    return {
      items,
      offset: q.offset,
      total: s.total.get(values)?.n ?? 0,
    };
  };
}
