import type { AgreementListItem } from '../../../shared/schemas/agreement';

export type AgreementRow =
  | { kind: 'group'; key: string; name: string; count: number }
  | { kind: 'item'; key: string; item: AgreementListItem };

/**
 * The rows of the list: the agreements as they are, or grouped under a header per theme (an
 * agreement with two themes appears under both). Groups follow `themeOrder` (ids), then name.
 */
export function buildRows(
  items: AgreementListItem[],
  groupByTheme: boolean,
  themeOrder: string[],
): AgreementRow[] {
  if (!groupByTheme) return items.map((item) => ({ kind: 'item', key: item.id, item }));
  const groups = new Map<string, { name: string; items: AgreementListItem[] }>();
  for (const item of items) {
    const ids = item.themeIds.length ? item.themeIds : [''];
    ids.forEach((themeId, i) => {
      const name = themeId ? (item.themes[i] ?? 'Thema') : 'Zonder thema';
      const group = groups.get(themeId) ?? { name, items: [] };
      group.items.push(item);
      groups.set(themeId, group);
    });
  }
  const rank = (id: string) => {
    const index = themeOrder.indexOf(id);
    return index === -1 ? Number.MAX_SAFE_INTEGER : index;
  };
  const ordered = [...groups.entries()].sort(
    ([a, ga], [b, gb]) => rank(a) - rank(b) || ga.name.localeCompare(gb.name, 'nl'),
  );
  return ordered.flatMap(([themeId, group]) => [
    {
      kind: 'group' as const,
      key: `groep:${themeId}`,
      name: group.name,
      count: group.items.length,
    },
    ...group.items.map((item) => ({ kind: 'item' as const, key: `${themeId}:${item.id}`, item })),
  ]);
}
