/**
 * The gespreksverslagen's side of the exchange format (docs/exchange-format.md): verslagen with
 * their parties, themes, agreements, deelnemers and enquête nested, and their vastgelegde
 * versions, dumped and inserted as they are. Their actiepunten are in `actionItems`
 * (db/exchangeMeetings.ts), inserted after the verslagen.
 */
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { ExchangeDocument } from '../shared/exchange/schema';
import { createSurveyStore } from './conversationSurvey';
import { conversationSearchText } from './conversationRow';
import { columnsBut } from './ownColumns';
import { dumpRows, grouped, whereScope } from './exchangeRows';
import { prepareSelect } from './preparedSql';
import { whereId } from './rowById';
import {
  conversation,
  conversationAgreement,
  conversationParticipant,
  conversationParty,
  conversationTheme,
  conversationVersion,
} from './schema';
import type { Db } from './sqlite';

export type ConversationCollection = 'conversations' | 'conversationVersions';
const COLLECTIONS = new Set<string>(['conversations', 'conversationVersions']);
export const isConversationCollection = (c: string): c is ConversationCollection =>
  COLLECTIONS.has(c);

export const REGION_CONVERSATIONS = 'SELECT id FROM conversation WHERE region_id = @r';
/** The people a region's verslagen name: deelnemers (action owners: db/exchangeMeetings.ts). */
export const REGION_CONVERSATION_PEOPLE = `SELECT contact_id FROM conversation_participant
  WHERE conversation_id IN (${REGION_CONVERSATIONS})`;
/** The parties a region's verslagen name (the file stays self-contained). */
export const REGION_CONVERSATION_PARTIES = `SELECT party_id FROM conversation_party
  WHERE conversation_id IN (${REGION_CONVERSATIONS})`;

const SCOPE = `conversation_id IN (${REGION_CONVERSATIONS})`;

function linkIds(db: Db, table: typeof conversationParty, regionId: string | null, extra = '') {
  const links = grouped(
    db,
    { parentId: table.conversationId, id: table.otherId },
    sql`FROM ${table} ${whereScope(`${SCOPE}${extra}`, regionId)}
      ORDER BY ${table.conversationId}, ${table.otherId}`,
    regionId,
  );
  return (id: string) => (links.get(id) ?? []).map((l) => l.id);
}

function nestConversations(db: Db, regionId: string | null) {
  const p = conversationParticipant;
  const participants = grouped(
    db,
    { parentId: p.conversationId, ...columnsBut(p, ['conversationId']) },
    sql`FROM ${p} ${whereScope(SCOPE, regionId)} ORDER BY ${p.conversationId}, ${p.position}, ${p.id}`,
    regionId,
  );
  const parties = linkIds(db, conversationParty, regionId);
  const themes = linkIds(db, conversationTheme, regionId);
  // A one-region file holds only its own agreements.
  const agreements = linkIds(
    db,
    conversationAgreement,
    regionId,
    ' AND agreement_id IN (SELECT id FROM agreement WHERE region_id = @r)',
  );
  const survey = createSurveyStore(db);
  const rows = dumpRows(
    db,
    {
      table: conversation,
      fields: columnsBut(conversation, ['searchText', 'reportText', 'reportRevision']),
      scope: 'region_id = @r',
      order: sql`${conversation.createdAt}, ${conversation.id}`,
    },
    regionId,
  );
  return rows.map((r) => ({
    ...r,
    partyIds: parties(r.id),
    themeIds: themes(r.id),
    agreementIds: agreements(r.id),
    participants: participants.get(r.id) ?? [],
    survey: survey.get(r.id),
  }));
}

type Row = Record<string, unknown>;

export function dumpConversationCollection(
  db: Db,
  collection: ConversationCollection,
  regionId: string | null,
): Row[] {
  if (collection === 'conversations') return nestConversations(db, regionId);
  return dumpRows(
    db,
    {
      table: conversationVersion,
      fields: columnsBut(conversationVersion, []),
      scope: SCOPE,
      order: sql`${conversationVersion.at}, rowid`,
    },
    regionId,
  ).map((r) => ({ ...r, snapshot: JSON.parse(r.snapshot) as unknown }));
}

const trashGroupOf = (r: { id: string; deletedAt: string | null; trashGroup?: string | null }) =>
  r.deletedAt ? (r.trashGroup ?? r.id) : null;

/**
 * Inserts verslagen (with what they nest) and their versions; parties, themes, agreements and
 * people must be in already. `theme` maps a file's theme id to the one stored (matched by name).
 */
export function insertConversationCollections(
  db: Db,
  data: Pick<ExchangeDocument, ConversationCollection>,
  plainText: (html: string) => string,
  theme: (id: string) => string = (id) => id,
): Record<ConversationCollection, number> {
  const orm = drizzle(db);
  const survey = createSurveyStore(db);
  for (const c of data.conversations) {
    const { partyIds, themeIds, agreementIds, participants, survey: s, ...own } = c;
    const reportText = plainText(own.reportHtml);
    orm
      .insert(conversation)
      .values({
        ...own,
        trashGroup: trashGroupOf(own),
        reportText,
        reportRevision: 0,
        searchText: conversationSearchText(own.title, reportText),
      })
      .run();
    for (const otherId of partyIds)
      orm.insert(conversationParty).values({ conversationId: c.id, otherId }).run();
    for (const otherId of themeIds)
      orm
        .insert(conversationTheme)
        .values({ conversationId: c.id, otherId: theme(otherId) })
        .run();
    for (const otherId of agreementIds)
      orm.insert(conversationAgreement).values({ conversationId: c.id, otherId }).run();
    for (const pt of participants)
      orm
        .insert(conversationParticipant)
        .values({ ...pt, conversationId: c.id })
        .run();
    survey.set(c.id, s);
  }
  for (const v of data.conversationVersions) {
    orm
      .insert(conversationVersion)
      .values({ ...v, snapshot: JSON.stringify(v.snapshot) })
      .run();
  }
  return {
    conversations: data.conversations.length,
    conversationVersions: data.conversationVersions.length,
  };
}

/** Whether a deelnemer or version with this id is already stored (for import checks). */
export function createConversationPartLookup(db: Db) {
  const exists = (t: typeof conversationParticipant | typeof conversationVersion) =>
    prepareSelect(db, { id: t.id }, sql`FROM ${t} WHERE ${whereId(t)}`);
  const statements = {
    conversation_participant: exists(conversationParticipant),
    conversation_version: exists(conversationVersion),
  };
  return (table: keyof typeof statements, id: string): boolean =>
    statements[table].get({ id }) !== undefined;
}
