import { Checkbox, Table, Text, UnstyledButton } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type ReactNode } from 'react';

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

/**
 * Every long list of the app: a real table (headers, row and column semantics) of which only the
 * visible rows are in the DOM, so 10,000 rows render and scroll as fast as 50. Optional slots:
 * `selection` (checkbox column), `group` (a header row between rows, e.g. per theme) and `sort`
 * (headers that sort when clicked, announced with aria-sort).
 */
export function VirtualTable<T>(props: {
  rows: T[];
  columns: Column<T>[];
  rowKey: (row: T) => string;
  caption: string;
  height?: string;
  rowHeight?: number;
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
  const virtualizer = useVirtualizer({
    count: props.rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const { selection, sort } = props;
  const span = props.columns.length + (selection ? 1 : 0);

  return (
    <div
      ref={scrollRef}
      className="virtual-table"
      style={{ height: props.height ?? 'calc(100vh - 290px)', minHeight: 240 }}
      data-testid="virtual-table"
    >
      <Table
        striped
        highlightOnHover
        stickyHeader
        layout="fixed"
        className={props.className}
        aria-rowcount={props.rows.length + 1}
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
            const row = props.rows[item.index]!;
            const group = props.group?.(row) ?? null;
            const key = props.rowKey(row);
            const common = { 'aria-rowindex': item.index + 2, style: { height: rowHeight } };
            if (group !== null) {
              return (
                <Table.Tr {...common} key={key} data-group>
                  <Table.Th scope="colgroup" colSpan={span} className="group-row">
                    {group}
                  </Table.Th>
                </Table.Tr>
              );
            }
            return (
              <Table.Tr {...common} key={key}>
                {selection && (
                  <Table.Td>
                    {/* A native checkbox: a row mounts in a fraction of the time of Mantine's. */}
                    <input
                      type="checkbox"
                      className="row-check"
                      aria-label={selection.label(row)}
                      checked={selection.isSelected(row)}
                      onChange={(e) => selection.onToggle(row, e.currentTarget.checked)}
                    />
                  </Table.Td>
                )}
                {props.columns.map((c) => (
                  <Table.Td key={c.key} className="cell">
                    {c.render(row)}
                  </Table.Td>
                ))}
              </Table.Tr>
            );
          })}
          {bottom > 0 && (
            <tr aria-hidden="true" style={{ height: bottom }}>
              <td colSpan={span} />
            </tr>
          )}
        </Table.Tbody>
      </Table>
      {props.rows.length === 0 && (
        <Text c="dimmed" p="md">
          Geen resultaten.
        </Text>
      )}
    </div>
  );
}
