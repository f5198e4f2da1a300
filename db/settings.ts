import { eq, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { setting } from './schema';
import type { Db } from './sqlite';

/** The user's name and organisation are not here: they are the computer's (migration 0009). */
export const SETTING_KEYS = [
  'currentRegionId',
  'backupFolder',
  'dossierId',
  /** The gespreksverslagen's templates per soort, as JSON (issue 22). */
  'conversationTemplates',
] as const;
export type SettingKey = (typeof SETTING_KEYS)[number];

/** Per-dossier settings (the region last worked on, the backup folder, the dossier's id). */
export function createSettingsRepository(db: Db) {
  const orm = drizzle(db);
  const key = sql.placeholder('key');
  const get = orm
    .select({ value: setting.value })
    .from(setting)
    .where(eq(setting.key, key))
    .prepare();
  const remove = orm.delete(setting).where(eq(setting.key, key)).prepare();
  return {
    get: (name: SettingKey): string | null => get.get({ key: name })?.value ?? null,
    set: (name: SettingKey, value: string | null): void => {
      if (value === null) remove.run({ key: name });
      else {
        orm
          .insert(setting)
          .values({ key: name, value })
          .onConflictDoUpdate({ target: setting.key, set: { value } })
          .run();
      }
    },
  };
}
export type SettingsRepository = ReturnType<typeof createSettingsRepository>;
