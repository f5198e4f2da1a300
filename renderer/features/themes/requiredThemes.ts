import { DEFAULT_THEMES } from '../../../shared/domain';

/** Ouderen, GGZ and Preventie: the themes the werkstructuur requires at minimum. */
export const REQUIRED_THEMES = DEFAULT_THEMES.slice(0, 3);

export function isRequiredTheme(name: string): boolean {
  const lower = name.trim().toLocaleLowerCase('nl');
  return REQUIRED_THEMES.some((t) => t.toLocaleLowerCase('nl') === lower);
}
