import { randomUUID } from 'node:crypto';
import { and, desc, eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { Writer } from './audit';
import { inTransaction } from './audited';
import { param, params } from './placeholders';
import { conversationVersion } from './schema';
import type { Db } from './sqlite';

/**
 * The vastgelegde versions of a gespreksverslag, as db/minutesVersions.ts keeps the notulen's:
 * each vastleggen stores the verslag as it was (a JSON snapshot), and a correction's reason is
 * kept with the version it corrects.
 */
export function createConversationVersions(db: Db) {
  const orm = drizzle(db);
  const t = conversationVersion;
  const insert = orm
    .insert(t)
    .values({
      ...params(t, 'id', 'conversationId', 'version', 'lockedOn', 'snapshot', 'at', 'actor'),
      correctionReason: '',
    })
    .prepare();
  const ofConversation = orm
    .select()
    .from(t)
    .where(eq(t.conversationId, param('conversationId')))
    .orderBy(desc(t.version))
    .prepare();
  const setReason = orm
    .update(t)
    .set({ correctionReason: param('reason') })
    .where(and(eq(t.conversationId, param('conversationId')), eq(t.version, param('version'))))
    .prepare();
  return {
    list: (conversationId: string) => ofConversation.all({ conversationId }),
    add: inTransaction(
      db,
      (
        v: { conversationId: string; version: number; lockedOn: string },
        snapshot: unknown,
        w: Writer,
      ) =>
        insert.run({
          id: randomUUID(),
          ...v,
          snapshot: JSON.stringify(snapshot),
          at: w.now,
          actor: w.actor,
        }),
    ),
    setCorrectionReason: (conversationId: string, version: number, reason: string) =>
      setReason.run({ conversationId, version, reason }),
  };
}
