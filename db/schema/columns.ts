/** Column shapes every stored record shares (DESIGN: ids, timestamps, soft delete in trash groups). */
import { text } from 'drizzle-orm/sqlite-core';

export const id = () => text('id').primaryKey();

/** created_at, updated_at (ISO-8601 UTC), deleted_at and trash_group for the Prullenbak. */
export const recordColumns = () => ({
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
  deletedAt: text('deleted_at'),
  trashGroup: text('trash_group'),
});
