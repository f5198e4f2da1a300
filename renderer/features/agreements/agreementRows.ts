import type { AgreementList, AgreementListItem } from '../../../shared/schemas/agreementList';
import type { RowSource } from '../../components/VirtualTable';

export type AgreementRow =
  | { kind: 'group'; key: string; name: string; count: number }
  | { kind: 'item'; key: string; item: AgreementListItem };

/** One row object per item and group, so a row that did not change is not rendered again. */
const rowCache = new WeakMap<AgreementListItem, Map<string, AgreementRow>>();
function itemRow(item: AgreementListItem, key: string): AgreementRow {
  let rows = rowCache.get(item);
  if (!rows) rowCache.set(item, (rows = new Map()));
  let row = rows.get(key);
  if (!row) rows.set(key, (row = { kind: 'item', key, item }));
  return row;
}

/**
 * The table's rows over the paged list: the agreements as they come, or grouped under a header
 * per theme (the server orders the grouped sequence and says how large each group is; the
 * headers are placed here). `itemAt(i)` is the i-th agreement of that sequence, once loaded.
 */
export function agreementRowSource(
  list: Pick<AgreementList, 'total' | 'groups'>,
  itemAt: (index: number) => AgreementListItem | undefined,
  onRange: (first: number, last: number) => void,
): RowSource<AgreementRow> {
  const groups = list.groups;
  if (!groups) {
    return {
      count: list.total,
      rowAt: (i) => {
        const item = itemAt(i);
        return item && itemRow(item, item.id);
      },
      onRange,
    };
  }
  // Where each group's header row is, in the table's rows.
  const headers: number[] = [];
  let at = 0;
  for (const g of groups) {
    headers.push(at);
    at += g.count + 1;
  }
  const groupOf = (row: number) => {
    let g = 0;
    while (g + 1 < headers.length && headers[g + 1]! <= row) g += 1;
    return g;
  };
  // The server's index of a table row: rows before it minus the headers up to and including its own.
  const itemIndex = (row: number) => row - (groupOf(row) + 1);
  return {
    count: at,
    rowAt: (row) => {
      const g = groupOf(row);
      const group = groups[g]!;
      if (headers[g] === row) {
        return { kind: 'group', key: `groep:${group.themeId ?? ''}`, ...group };
      }
      const item = itemAt(itemIndex(row));
      return item && itemRow(item, `${group.themeId ?? ''}:${item.id}`);
    },
    // Ask for the server's rows behind the table rows in view.
    onRange: (first, last) => onRange(Math.max(0, itemIndex(first)), Math.max(0, itemIndex(last))),
  };
}
