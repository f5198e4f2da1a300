import { sql, type SQL } from 'drizzle-orm';
import type { ConversationListItem, ConversationListQuery } from '../shared/schemas/conversation';
import { param } from './placeholders';
import { prepareSelect } from './preparedSql';
import {
  actionItem,
  conversation,
  conversationAgreement,
  conversationParty,
  conversationSurvey,
  party,
} from './schema';
import { searchText, type Db } from './sqlite';

interface Shape {
  kind: boolean;
  partyId: boolean;
  agreementId: boolean;
  search: boolean;
}

/**
 * The gespreksverslagen of a region, newest first, one page at a time, as db/meetingList.ts:
 * only the filters in use are in the SQL, so SQLite walks the conversation_list index for the
 * region in date order; the parties and counts are read for the page's rows only.
 */
export function createConversationList(db: Db) {
  const statements = new Map<string, ReturnType<typeof prepare>>();
  const c = conversation;
  const prepare = (shape: Shape) => {
    const where: SQL[] = [sql`${c.regionId} = ${param('regionId')}`, sql`${c.deletedAt} IS NULL`];
    if (shape.kind) where.push(sql`${c.kind} = ${param('kind')}`);
    if (shape.partyId)
      where.push(sql`EXISTS (SELECT 1 FROM ${conversationParty}
        WHERE ${conversationParty.conversationId} = ${c.id}
          AND ${conversationParty.otherId} = ${param('partyId')})`);
    if (shape.agreementId)
      where.push(sql`EXISTS (SELECT 1 FROM ${conversationAgreement}
        WHERE ${conversationAgreement.conversationId} = ${c.id}
          AND ${conversationAgreement.otherId} = ${param('agreementId')})`);
    if (shape.search) where.push(sql`instr(${c.searchText}, ${param('search')}) > 0`);
    const condition = sql.join(where, sql` AND `);
    return {
      page: prepareSelect(
        db,
        {
          id: c.id,
          kind: c.kind,
          title: c.title,
          date: c.date,
          status: c.status,
          confidential: sql<boolean>`${c.confidential} = 1`,
          parties: sql<string>`coalesce((SELECT group_concat(name, ', ') FROM (
            SELECT ${party.name} AS name FROM ${conversationParty}
            JOIN ${party} ON ${party.id} = ${conversationParty.otherId}
            WHERE ${conversationParty.conversationId} = ${c.id} ORDER BY ${party.name})), '')`,
          hasSurvey: sql<boolean>`EXISTS (SELECT 1 FROM ${conversationSurvey}
            WHERE ${conversationSurvey.conversationId} = ${c.id})`,
          openActions: sql<number>`(SELECT count(*) FROM ${actionItem}
            WHERE ${actionItem.conversationId} = ${c.id} AND ${actionItem.deletedAt} IS NULL
              AND ${actionItem.status} = 'open')`,
        },
        sql`FROM ${c} WHERE ${condition}
          ORDER BY ${c.date} DESC, ${c.id}
          LIMIT ${param('limit')} OFFSET ${param('offset')}`,
      ),
      total: prepareSelect(db, { n: sql<number>`count(*)` }, sql`FROM ${c} WHERE ${condition}`),
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
      kind: q.kind !== null,
      partyId: q.partyId !== null,
      agreementId: q.agreementId !== null,
      search: search !== '',
    });
    const values = {
      regionId: q.regionId,
      ...(q.kind !== null && { kind: q.kind }),
      ...(q.partyId !== null && { partyId: q.partyId }),
      ...(q.agreementId !== null && { agreementId: q.agreementId }),
      ...(search !== '' && { search }),
    };
    const items = s.page.all({ ...values, limit: q.limit, offset: q.offset }).map((r) => ({
      ...r,
      confidential: Boolean(r.confidential),
      hasSurvey: Boolean(r.hasSurvey),
    }));
    return { items, offset: q.offset, total: s.total.get(values)?.n ?? 0 };
  };
}
