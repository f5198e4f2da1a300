/**
 * A meeting's own columns, from the one table definition (db/schema/meetings.ts), as
 * db/agreementRow.ts does for agreements: the typed row, the row → domain mapper, the audited
 * fields (also the exchange format's creation entries) and the search text. A column added to
 * the definition is written, audited and exported without a list to extend here.
 */
import { meetingText, type Meeting } from '../shared/schemas/meeting';
import { ownColumns, pick, RECORD_COLUMNS } from './ownColumns';
import { meeting } from './schema';
import { searchText } from './sqlite';

export type MeetingRow = typeof meeting.$inferSelect;

/** Columns that are not the meeting's own fields: identity, region, derived, bookkeeping. */
const NOT_OWN = [...RECORD_COLUMNS, 'regionId', 'searchText'] as const;

/** The audited fields (db/audited.ts), in the definition's order. */
export const MEETING_FIELDS = ownColumns(meeting, NOT_OWN);
export type MeetingField = (typeof MEETING_FIELDS)[number];
/** The meeting's own fields as stored. */
export type MeetingValues = Pick<MeetingRow, MeetingField>;

/** The row as the domain has it (without the derived search text and the Prullenbak group). */
export const toMeeting = ({ searchText: _search, trashGroup: _trash, ...m }: MeetingRow): Meeting =>
  m;

/** The stored meeting's own fields: what an update starts from. */
export const meetingValues = (m: Meeting): MeetingValues => pick(m, MEETING_FIELDS);

/** The stored search text of a meeting (the list's search box); import derives it the same way. */
export const meetingSearchText = (
  v: Pick<MeetingRow, 'title'> & Pick<Meeting, keyof typeof meetingText.empty>,
) => searchText(v.title, ...meetingText.keys.map((key) => v[key]));
