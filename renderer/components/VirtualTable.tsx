import { Checkbox, Table, Text, UnstyledButton } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type ReactNode } from 'react';
import { VirtualRow } from './VirtualRow';

export interface Column<T> {
  key: string;
  header: string;
  width?: string;
  render: (row: T) => ReactNode;
  /** The list's sort key when clicking this header sorts by it. */
  sortKey?: string;
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
}) {
  const rowHeight = props.rowHeight ?? DEFAULT_ROW_HEIGHT;
  const scrollRef = useRef<HTMLDivElement>(null);
  const source = Array.isArray(props.rows) ? null : props.rows;
  const count = source ? source.count : (props.rows as T[]).length;
  const rowAt = (index: number) => (source ? source.rowAt(index) : (props.rows as T[])[index]);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;
  const onRange = source?.onRange;
  useEffect(() => onRange?.(first, last), [onRange, first, last]);
  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const { selection, sort } = props;
  const selectionRef = useRef(selection);
  selectionRef.current = selection;
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
        <Table.Thead>
          <Table.Tr aria-rowindex={1}>
            {selection && (
              <Table.Th scope="col" style={{ width: 44 }}>
                <Checkbox
                  aria-label={selection.all.label}
                  checked={selection.all.checked}
                  indeterminate={selection.all.indeterminate && !selection.all.checked}
                  onChange={(e) => selection.all.onChange(e.currentTarget.checked)}
                />
              </Table.Th>
            )}
            {props.columns.map((c) => {
              const sorted = sort && c.sortKey === sort.key;
              return (
                <Table.Th
                  key={c.key}
                  style={{ width: c.width }}
                  scope="col"
                  aria-sort={c.sortKey && sort ? (sorted ? 'ascending' : 'none') : undefined}
                >
                  {c.sortKey && sort ? (
                    <UnstyledButton className="sort-header" onClick={() => sort.onSort(c.sortKey!)}>
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
        <Table.Tbody>
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
                selection={selectionRef}
                selected={selection ? selection.isSelected(row) : false}
                group={group}
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
        </Table.Tbody>
      </Table>
      {count === 0 && (
        <Text c="dimmed" p="md">
          Geen resultaten.
        </Text>
      )}
    </div>
  );
}
