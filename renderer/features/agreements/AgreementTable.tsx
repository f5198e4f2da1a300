import { Checkbox, Table, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type ReactNode } from 'react';
import { Link } from 'react-router';
import { formatDateNl, todayIso } from '../../../shared/dates';
import type { AgreementListItem } from '../../../shared/schemas/agreement';
import { REVIEW_STATE_LABELS } from './agreementOptions';
import { isEvaluationOverdue, type AgreementRow } from './agreementRows';
import { StatusBadge } from './StatusBadge';

const ROW_HEIGHT = 44;

const COLUMNS: { key: string; header: string; width: string; render: (a: AgreementListItem, today: string) => ReactNode }[] = [
  {
    key: 'title',
    header: 'Titel',
    width: '22%',
    render: (a) => (
      <Link className="row-link" to={`/afspraken/${a.id}`} title={a.title}>
        {a.title}
      </Link>
    ),
  },
  { key: 'status', header: 'Status', width: '12%', render: (a) => <StatusBadge status={a.status} size="sm" /> },
  { key: 'themes', header: 'Thema’s', width: '11%', render: (a) => <span title={a.themes.join(', ')}>{a.themes.join(', ')}</span> },
  { key: 'owner', header: 'Eigenaar', width: '12%', render: (a) => a.ownerName ?? <Text span c="dimmed" size="sm">geen</Text> },
  {
    key: 'evaluation',
    header: 'Volgende evaluatie',
    width: '21%',
    render: (a, today) =>
      a.nextEvaluation ? (
        <span title={formatDateNl(a.nextEvaluation)}>
          {isEvaluationOverdue(a, today) && <span className="overdue-badge">verlopen</span>}
          {formatDateNl(a.nextEvaluation)}
        </span>
      ) : (
        '–'
      ),
  },
  { key: 'dekking', header: 'Bestuurlijke dekking', width: '10%', render: (a) => (a.dekkingGranted ? 'ja' : 'nog niet') },
  { key: 'review', header: 'Beoordeling', width: '12%', render: (a) => (a.reviewState ? REVIEW_STATE_LABELS[a.reviewState] : '–') },
];

/**
 * The agreements as a virtualised table with a selection column; in grouped mode a header row
 * per theme sits between the rows.
 */
export function AgreementTable(props: {
  rows: AgreementRow[];
  selected: Set<string>;
  onToggle: (id: string, checked: boolean) => void;
  onToggleAll: (checked: boolean) => void;
  allSelected: boolean;
  someSelected: boolean;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const today = todayIso();
  const virtualizer = useVirtualizer({
    count: props.rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const span = COLUMNS.length + 1;

  return (
    <div ref={scrollRef} className="virtual-table" style={{ height: 'calc(100vh - 420px)', minHeight: 280 }} data-testid="virtual-table">
      <Table striped highlightOnHover stickyHeader layout="fixed" className="agreement-table" aria-rowcount={props.rows.length + 1}>
        <caption className="visually-hidden">Afspraken</caption>
        <Table.Thead>
          <Table.Tr aria-rowindex={1}>
            <Table.Th scope="col" style={{ width: 44 }}>
              <Checkbox
                aria-label="Alle afspraken selecteren"
                checked={props.allSelected}
                indeterminate={props.someSelected && !props.allSelected}
                onChange={(e) => props.onToggleAll(e.currentTarget.checked)}
              />
            </Table.Th>
            {COLUMNS.map((c) => (
              <Table.Th key={c.key} scope="col" style={{ width: c.width }}>
                {c.header}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {top > 0 && (
            <tr aria-hidden="true" style={{ height: top }}>
              <td colSpan={span} />
            </tr>
          )}
          {items.map((v) => {
            const row = props.rows[v.index]!;
            if (row.kind === 'group') {
              return (
                <Table.Tr key={row.key} aria-rowindex={v.index + 2} style={{ height: ROW_HEIGHT }} data-group>
                  <Table.Th scope="colgroup" colSpan={span} className="group-row">
                    {row.name} ({row.count})
                  </Table.Th>
                </Table.Tr>
              );
            }
            const a = row.item;
            return (
              <Table.Tr key={row.key} aria-rowindex={v.index + 2} style={{ height: ROW_HEIGHT }}>
                <Table.Td>
                  <Checkbox
                    aria-label={`${a.title} selecteren`}
                    checked={props.selected.has(a.id)}
                    onChange={(e) => props.onToggle(a.id, e.currentTarget.checked)}
                  />
                </Table.Td>
                {COLUMNS.map((c) => (
                  <Table.Td key={c.key} className="cell">
                    {c.render(a, today)}
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
    </div>
  );
}
