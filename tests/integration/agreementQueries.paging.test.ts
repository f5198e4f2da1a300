/**
 * The list pages in SQL: pages of any size put together are the whole list in every order, the
 * grouped sequence follows the groups' sizes, and the counts describe the whole list, not the page.
 */
import { describe, expect, it } from 'vitest';
import { AGREEMENT_SORTS } from '../../shared/schemas/agreementList';
import { call, list } from './agreementQueriesSeed';
import { useWorld } from './agreementQueriesWorld';

const t = useWorld();

function pagesOf(input: Parameters<typeof list>[1], limit: number, length: number) {
  const found: string[] = [];
  for (let offset = 0; offset < length; offset += limit) {
    const page = list(t.api, { ...input, offset, limit });
    expect(page.offset).toBe(offset);
    found.push(...page.items.map((i) => i.id));
  }
  return found;
}

describe('agreements.list, one page at a time', () => {
  it.each(AGREEMENT_SORTS)('pages of 2 put together are the whole list, sorted by %s', (sort) => {
    const whole = list(t.api, { regionId: t.w.region.id, sort });
    expect(whole.items).toHaveLength(7);
    expect(pagesOf({ regionId: t.w.region.id, sort }, 2, 7)).toEqual(whole.items.map((i) => i.id));
    expect(call(t.api, 'agreements.listIds', { regionId: t.w.region.id, sort })).toEqual(
      whole.items.map((i) => i.id),
    );
  });

  it('a page beyond the end is empty, and the counts still describe the whole list', () => {
    const page = list(t.api, { regionId: t.w.region.id, offset: 100, limit: 10 });
    expect(page.items).toEqual([]);
    expect(page.total).toBe(7);
    expect(Object.values(page.statusCounts).reduce((a, b) => a + b, 0)).toBe(7);
    expect(page.confidentialCount).toBe(1);
  });

  it('with a status filter: the total and the confidential count are of the chosen statuses', () => {
    const all = list(t.api, { regionId: t.w.region.id, limit: 1 });
    const page = list(t.api, { regionId: t.w.region.id, statuses: ['vastgesteld'], limit: 1 });
    expect(page.statusCounts).toEqual(all.statusCounts);
    expect(page.total).toBe(all.statusCounts.vastgesteld);
    const confidential = list(t.api, { regionId: t.w.region.id, includeConfidential: true }).items;
    expect(page.confidentialCount).toBe(
      confidential.filter((i) => i.confidential && i.status === 'vastgesteld').length,
    );
  });

  it('grouped by theme: an agreement under each of its live themes, groups in order, paged', () => {
    const grouped = list(t.api, { regionId: t.w.region.id, groupByTheme: true });
    const groups = grouped.groups!;
    const length = groups.reduce((n, g) => n + g.count, 0);
    expect(grouped.items).toHaveLength(length);
    expect(grouped.total).toBe(7);
    // Each group's rows carry that group's theme.
    let at = 0;
    for (const g of groups) {
      for (const item of grouped.items.slice(at, at + g.count)) {
        if (g.themeId === null) expect(item.themeIds).toEqual([]);
        else expect(item.themeIds).toContain(g.themeId);
      }
      at += g.count;
    }
    const themes = call(t.api, 'themes.list', {}).map((t) => t.id);
    const order = groups.map((g) => g.themeId).filter((id) => id !== null);
    expect(order).toEqual([...order].sort((a, b) => themes.indexOf(a) - themes.indexOf(b)));
    expect(pagesOf({ regionId: t.w.region.id, groupByTheme: true }, 3, length)).toEqual(
      grouped.items.map((i) => i.id),
    );
    expect(list(t.api, { regionId: t.w.region.id }).groups).toBeNull();
  });

  it('agreements.page answers the same items as agreements.list, without the totals', () => {
    for (const input of [
      { regionId: t.w.region.id, sort: 'status' as const },
      { regionId: t.w.region.id, groupByTheme: true },
      { regionId: t.w.region.id, search: 'val' },
    ]) {
      for (const offset of [0, 2, 4, 100]) {
        const page = call(t.api, 'agreements.page', { ...input, offset, limit: 2 });
        expect(page).toEqual({
          items: list(t.api, { ...input, offset, limit: 2 }).items,
          offset,
        });
      }
    }
  });

  it('refuses a page larger than 500 with a Dutch message', () => {
    const result = t.api.invoke('agreements.list', { regionId: t.w.region.id, limit: 501 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/500/);
  });
});
