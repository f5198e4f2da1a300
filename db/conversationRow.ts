/**
 * A gespreksverslag's own columns, from its table definition (db/schema/conversations.ts), as
 * db/meetingRow.ts does for meetings: the audited fields, the row → domain mapper and the search
 * text. The verslag's text itself is saved as it is typed and not audited (one entry per second
 * would bury the history); its history is the vastgelegde versions, as for notulen.
 */
import type { Conversation } from '../shared/schemas/conversation';
import { ownColumns, pick, RECORD_COLUMNS } from './ownColumns';
import { conversation } from './schema';
import { searchText } from './sqlite';

export type ConversationRow = typeof conversation.$inferSelect;

const NOT_OWN = [
  ...RECORD_COLUMNS,
  'regionId',
  'searchText',
  'reportHtml',
  'reportText',
  'reportRevision',
] as const;

/** The audited fields (db/audited.ts), in the definition's order. */
export const CONVERSATION_FIELDS = ownColumns(conversation, NOT_OWN);
export type ConversationField = (typeof CONVERSATION_FIELDS)[number];
export type ConversationValues = Pick<ConversationRow, ConversationField>;

export const toConversation = ({
  searchText: _search,
  trashGroup: _trash,
  reportText: _text,
  ...c
}: ConversationRow): Conversation => c;

export const conversationValues = (c: Conversation): ConversationValues =>
  pick(c, CONVERSATION_FIELDS);

/** What the list's search box finds: the title and the verslag's text. */
export const conversationSearchText = (title: string, reportText: string) =>
  searchText(title, reportText);
