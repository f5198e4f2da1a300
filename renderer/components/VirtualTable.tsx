import { Checkbox, Table, Text, UnstyledButton } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useRef, type ReactNode } from 'react';
import { useFling } from './useFling';
import { cellWidth, SELECT_CELL, VirtualRow } from './VirtualRow';

export interface Column<T> {
  key: string;
  header: string;
  width?: string;
  /** The least the column may shrink to, for content that must never be cut (a date). */
  minWidth?: string;
  render: (row: T) => ReactNode;
  /** The list's sort key when clicking this header sorts by it. */
  sortKey?: string;
  /** The cell's text wraps (e.g. two-line titles); 'top' also aligns it to the top. */
  wrap?: boolean | 'top';
}

/** A selection column: a checkbox per row and one in the header for all rows. */
export interface Selection<T> {
  isSelected: (row: T) => boolean;
  onToggle: (row: T, checked: boolean) => void;
  /** The checkbox's name, e.g. "Valpreventie selecteren". */
  label: (row: T) => string;
  all: {
    label: string;
    checked: boolean;
    indeterminate: boolean;
    onChange: (checked: boolean) => void;
  };
}

const DEFAULT_ROW_HEIGHT = 44;
/** Rows rendered beyond the visible ones on each side. */
const OVERSCAN = 6;

/** Rows read on demand (a paged list): how many there are, and each one once it has arrived. */
export interface RowSource<T> {
  count: number;
  /** The row at `index`, or undefined while it is on its way (a "Laden…" row shows). */
  rowAt: (index: number) => T | undefined;
  /** Called with the first and last index in view (overscan included) as the user scrolls. */
  onRange?: (first: number, last: number) => void;
}

/**
 * Every long list of the app: a real table (headers, row and column semantics) of which only the
 * visible rows are in the DOM, so 10,000 rows render and scroll as fast as 50. The rows are an
 * array or a `RowSource` (pages fetched as they come into view). Optional slots: `selection`
 * (checkbox column), `group` (a header row between rows, e.g. per theme) and `sort` (headers that
 * sort when clicked, announced with aria-sort). A short list takes only the height it needs.
 */
export function VirtualTable<T>(props: {
  rows: T[] | RowSource<T>;
  columns: Column<T>[];
  rowKey: (row: T) => string;
  caption: string;
  height?: string;
  /** Each row's height; with `measured`, the estimate until a row has been measured. */
  rowHeight?: number;
  /** Rows differ in height (several people in a cell): each is measured once shown. */
  measured?: boolean;
  className?: string;
  selection?: Selection<T>;
  /** For a group row: its heading; for an ordinary row: null. */
  group?: (row: T) => ReactNode | null;
  sort?: { key: string; onSort: (key: string) => void };
  /** True while new rows are on their way (the shown ones are the previous answer). */
  busy?: boolean;
  /** What the shown rows answer (e.g. the search text), for measurements and tests. */
  shows?: string;
  /** A class for a row that stands out (an overdue actiepunt); not a `:has()` selector. */
  rowClass?: (row: T) => string | undefined;
}) {
  const rowHeight = props.rowHeight ?? DEFAULT_ROW_HEIGHT;
  const scrollRef = useRef<HTMLDivElement>(null);
  const source = Array.isArray(props.rows) ? null : props.rows;
  const count = source ? source.count : (props.rows as T[]).length;
  const rowAt = (index: number) => (source ? source.rowAt(index) : (props.rows as T[])[index]);
  const fling = useFling();
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: fling.wasFlinging ? 1 : OVERSCAN,
    // Render in the next frame, not inside every scroll event (one render per frame).
    useFlushSync: false,
  });
  const items = virtualizer.getVirtualItems();
  const flinging = fling.update(virtualizer);
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;
  const onRange = source?.onRange;
  useEffect(() => onRange?.(first, last), [onRange, first, last]);
  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const { selection, sort } = props;
  // The handlers of this render, read by the memoised header and rows when they are used.
  const latest = useRef({ selection, sort });
  latest.current = { selection, sort };
  const span = props.columns.length + (selection ? 1 : 0);

  return (
    <div
      ref={scrollRef}
      className="virtual-table"
      style={{
        maxHeight: props.height ?? 'calc(100vh - 290px)',
        minHeight: Math.min(240, (count + 1) * rowHeight + 8),
      }}
      data-testid="virtual-table"
    >
      <Table
        striped
        highlightOnHover
        stickyHeader
        layout="fixed"
        className={props.className}
        aria-rowcount={count + 1}
        aria-busy={props.busy || undefined}
        data-shows={props.shows}
      >
        <caption className="visually-hidden">{props.caption}</caption>
        <TableHead
          columns={props.columns}
          all={selection?.all}
          sortKey={sort?.key}
          sortable={!!sort}
          latest={latest}
        />
        <tbody>
          {top > 0 && (
            <tr aria-hidden="true" style={{ height: top }}>
              <td colSpan={span} />
            </tr>
          )}
          {items.map((item) => {
            const row = rowAt(item.index);
            if (row === undefined) {
              return (
                <tr
                  key={`laden-${item.index}`}
                  aria-rowindex={item.index + 2}
                  style={{ height: rowHeight }}
                  className="loading-row"
                >
                  <td colSpan={span}>Laden…</td>
                </tr>
              );
            }
            const group = props.group?.(row) ?? null;
            return (
              <VirtualRow
                key={props.rowKey(row)}
                row={row}
                index={item.index}
                columns={props.columns}
                latest={latest}
                selected={selection ? selection.isSelected(row) : false}
                className={props.rowClass?.(row)}
                group={group}
                fling={flinging}
                span={span}
                height={props.measured ? undefined : rowHeight}
                measureRef={props.measured ? virtualizer.measureElement : undefined}
              />
            );
          })}
          {bottom > 0 && (
            <tr aria-hidden="true" style={{ height: bottom }}>
              <td colSpan={span} />
            </tr>
          )}
        </tbody>
      </Table>
      {count === 0 && (
        <Text c="dimmed" p="md">
          Geen resultaten.
        </Text>
      )}
    </div>
  );
}

type All = Selection<unknown>['all'];
interface HeadProps<T> {
  columns: Column<T>[];
  all: All | undefined;
  sortKey: string | undefined;
  sortable: boolean;
  /** The handlers of the latest render. */
  latest: {
    current: { selection?: Selection<T>; sort?: { onSort: (key: string) => void } };
  };
}

/**
 * The header row, rendered again only when the columns, the select-all state or the sort change
 * (not on every scrolled frame). Handlers are read from the latest render through a ref.
 */
function TableHeadInner<T>({ columns, all, sortKey, sortable, latest }: HeadProps<T>) {
  return (
    <Table.Thead>
      <Table.Tr aria-rowindex={1}>
        {all && (
          <Table.Th scope="col" style={SELECT_CELL}>
            <Checkbox
              aria-label={all.label}
              checked={all.checked}
              indeterminate={all.indeterminate && !all.checked}
              onChange={(e) => latest.current.selection?.all.onChange(e.currentTarget.checked)}
            />
          </Table.Th>
        )}
        {columns.map((c) => {
          const sorted = sortable && c.sortKey === sortKey;
          return (
            <Table.Th
              key={c.key}
              style={cellWidth(c)}
              scope="col"
              aria-sort={c.sortKey && sortable ? (sorted ? 'ascending' : 'none') : undefined}
            >
              {c.sortKey && sortable ? (
                <UnstyledButton
                  className="sort-header"
                  onClick={() => latest.current.sort?.onSort(c.sortKey!)}
                >
                  {c.header}
                  <span aria-hidden="true" className="sort-mark">
                    {sorted ? ' ▲' : ' ↕'}
                  </span>
                </UnstyledButton>
              ) : (
                c.header
              )}
            </Table.Th>
          );
        })}
      </Table.Tr>
    </Table.Thead>
  );
}

const TableHead = memo(
  TableHeadInner,
  (a, b) =>
    a.columns === b.columns &&
    a.sortKey === b.sortKey &&
    a.sortable === b.sortable &&
    a.all?.checked === b.all?.checked &&
    a.all?.indeterminate === b.all?.indeterminate &&
    a.all?.label === b.all?.label,
) as typeof TableHeadInner;
