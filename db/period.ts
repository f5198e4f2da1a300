/**
 * The period conditions on a since/until pair (until exclusive), with the day as the named
 * parameter @day. One place, so every list means the same by "current": each rule is written
 * once, as drizzle SQL over a table definition's columns (`period.current(roleAssignment)`).
 */
import { sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { param } from './placeholders';

type Tag<T, R> = (strings: TemplateStringsArray, ...values: T[]) => R;

const RULES = {
  /** Running on @day: started (or no start) and not yet ended. */
  current: <T, R>(tag: Tag<T, R>, since: T, until: T, day: T) =>
    tag`(${since} IS NULL OR ${since} <= ${day}) AND (${until} IS NULL OR ${until} > ${day})`,
  /** Not ended on @day (may still have to start). */
  notEnded: <T, R>(tag: Tag<T, R>, _since: T, until: T, day: T) =>
    tag`(${until} IS NULL OR ${until} > ${day})`,
  /** Ended on or before @day. */
  ended: <T, R>(tag: Tag<T, R>, _since: T, until: T, day: T) =>
    tag`(${until} IS NOT NULL AND ${until} <= ${day})`,
  /** Not yet begun on @day (starts later). */
  future: <T, R>(tag: Tag<T, R>, since: T, _until: T, day: T) =>
    tag`(${since} IS NOT NULL AND ${since} > ${day})`,
};
type Rule = keyof typeof RULES;

/** A table with a period: its since and until columns. */
export interface Period {
  since: SQLiteColumn;
  until: SQLiteColumn;
}
const asSql =
  (rule: Rule) =>
  (t: Period): SQL => {
    const condition = RULES[rule]<SQLiteColumn | SQL, SQL>(sql, t.since, t.until, param('day'));
    return sql`(${condition})`;
  };

/**
 * The same rules as drizzle SQL over a table definition's columns (@day a placeholder), each in
 * parentheses so it can stand inside OR as well as AND.
 */
export const period = {
  current: asSql('current'),
  notEnded: asSql('notEnded'),
  ended: asSql('ended'),
  future: asSql('future'),
};
