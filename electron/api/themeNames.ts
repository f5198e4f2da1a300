import type { Theme } from '../../shared/schemas/theme';
import type { ApiContext } from './context';

/**
 * How theme names compare: trimmed and without regard to case, also for letters like Ë
 * (SQLite's NOCASE is ASCII-only). Used when naming a theme and when importing one.
 */
export const themeNameKey = (name: string) => name.trim().toLocaleLowerCase('nl');

/** The live theme (archived ones included) with this name, other than `exceptId`. */
export function findThemeByName(ctx: ApiContext, name: string, exceptId?: string): Theme | null {
  const key = themeNameKey(name);
  return (
    ctx.repos.themes.list(true).find((t) => t.id !== exceptId && themeNameKey(t.name) === key) ??
    null
  );
}
