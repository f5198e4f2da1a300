import { memo, type ReactNode, type Ref } from 'react';
import type { Column, Selection } from './VirtualTable';

export interface VirtualRowProps<T> {
  row: T;
  index: number;
  columns: Column<T>[];
  /** The table's latest render (a ref: a row does not re-render when only its handlers change). */
  latest: { current: { selection?: Selection<T> } };
  selected: boolean;
  /** An extra class of the row (VirtualTable's `rowClass`). */
  className?: string;
  /** The header of a group row, or null for an ordinary row. */
  group: ReactNode | null;
  span: number;
  height: number | undefined;
  measureRef: Ref<HTMLTableRowElement> | undefined;
  /** The list is flung past (useFling): the row is drawn empty until the scroll slows down. */
  fling: boolean;
}

/**
 * One body row of a VirtualTable: plain table elements (Mantine's Table.Td costs a context read
 * and a style pass per cell, and scrolling mounts dozens of rows per frame), re-rendered only
 * when its row, its selection or the columns change.
 */
/** No `:has()` selectors: they make every scrolled row's style recalculation expensive. */
const CELL_CLASS: Record<string, string> = {
  false: 'vt-cell cell',
  true: 'vt-cell cell wrap',
  top: 'vt-cell cell wrap top',
};

/** The selection column's width (as its header's). */
export const SELECT_CELL = { width: 44, flex: 'none' } as const;
/** A cell's width: its column's (the rows are flex boxes, not a CSS table). One object per column. */
const widths = new WeakMap<object, { width?: string; minWidth?: string } | undefined>();
export function cellWidth(column: { width?: string; minWidth?: string }) {
  if (!widths.has(column)) {
    const { width, minWidth } = column;
    widths.set(column, width || minWidth ? { width, minWidth } : undefined);
  }
  return widths.get(column);
}

function VirtualRowInner<T>(p: VirtualRowProps<T>) {
  const common = {
    'aria-rowindex': p.index + 2,
    'data-index': p.index,
    ref: p.measureRef,
    style: p.height === undefined ? undefined : { height: p.height },
  };
  if (p.group !== null) {
    return (
      <tr {...common} className="vt-row" data-group>
        <th scope="colgroup" colSpan={p.span} className="vt-cell group-row">
          {p.group}
        </th>
      </tr>
    );
  }
  const selection = p.latest.current.selection;
  if (p.fling) {
    return (
      <tr {...common} className="vt-row" data-odd={p.index % 2 === 1 || undefined}>
        <td className="vt-cell" colSpan={p.span} />
      </tr>
    );
  }
  return (
    <tr
      {...common}
      className={p.className ? `vt-row ${p.className}` : 'vt-row'}
      data-odd={p.index % 2 === 1 || undefined}
    >
      {selection && (
        <td className="vt-cell" style={SELECT_CELL}>
          <input
            type="checkbox"
            className="row-check"
            aria-label={selection.label(p.row)}
            checked={p.selected}
            onChange={(e) => p.latest.current.selection?.onToggle(p.row, e.currentTarget.checked)}
          />
        </td>
      )}
      {p.columns.map((c) => (
        <td key={c.key} className={CELL_CLASS[String(c.wrap ?? false)]} style={cellWidth(c)}>
          {c.render(p.row)}
        </td>
      ))}
    </tr>
  );
}

export const VirtualRow = memo(
  VirtualRowInner,
  (a, b) =>
    a.row === b.row &&
    a.index === b.index &&
    a.selected === b.selected &&
    a.className === b.className &&
    a.columns === b.columns &&
    a.group === b.group &&
    a.height === b.height &&
    a.fling === b.fling,
) as typeof VirtualRowInner;
