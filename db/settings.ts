import type { Db } from './sqlite';

export const SETTING_KEYS = ['userName', 'organisation', 'currentRegionId'] as const;
export type SettingKey = (typeof SETTING_KEYS)[number];

/** Per-database user settings (the audit actor, the region last worked on). */
export function createSettingsRepository(db: Db) {
  const get = db.prepare('SELECT value FROM setting WHERE key = ?');
  const set = db.prepare(
    'INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  const remove = db.prepare('DELETE FROM setting WHERE key = ?');
  return {
    get: (key: SettingKey): string | null =>
      (get.get(key) as { value: string } | undefined)?.value ?? null,
    set: (key: SettingKey, value: string | null): void => {
      if (value === null) remove.run(key);
      else set.run(key, value);
    },
  };
}
export type SettingsRepository = ReturnType<typeof createSettingsRepository>;
