import { FIELD_LABELS } from '../../../shared/fieldLabels';
import { Text } from '@mantine/core';
import { formatDateNl } from '../../../shared/dates';
import { formatNumberNl } from '../../../shared/numbers';
import type { AgreementListItem } from '../../../shared/schemas/agreement';
import { VirtualTable, type Column, type RowSource } from '../../components/VirtualTable';
import type { AgreementFilters } from './agreementFilters';
import { REVIEW_STATE_LABELS } from './agreementOptions';
import type { AgreementRow } from './agreementRows';
import { StatusBadge } from './StatusBadge';
import { RowLink } from '../../components/RowLink';

type Item = Extract<AgreementRow, { kind: 'item' }>;

/** Two lines per row: a title up to about 90 characters shows whole at 1440 px. */
const ROW_HEIGHT = 60;

function columns(): Column<AgreementRow>[] {
  const item = (render: (a: AgreementListItem) => React.ReactNode) => (row: AgreementRow) =>
    render((row as Item).item);
  return [
    {
      key: 'title',
      header: FIELD_LABELS.title,
      width: '22%',
      sortKey: 'title',
      wrap: true,
      render: item((a) => (
        <RowLink className="two-lines" to={`/afspraken/${a.id}`} title={a.title}>
          {a.title}
        </RowLink>
      )),
    },
    {
      key: 'caseNumber',
      header: FIELD_LABELS.caseNumber,
      width: '11%',
      render: item((a) => a.caseNumber || '–'),
    },
    {
      key: 'status',
      header: FIELD_LABELS.status,
      width: '13%',
      sortKey: 'status',
      render: item((a) => <StatusBadge status={a.status} size="sm" />),
    },
    {
      key: 'themes',
      header: FIELD_LABELS.themes,
      width: '9%',
      render: item((a) => <span title={a.themes.join(', ')}>{a.themes.join(', ')}</span>),
    },
    {
      key: 'owner',
      header: FIELD_LABELS.ownerId,
      width: '10%',
      render: item(
        (a) =>
          a.ownerName ?? (
            <Text span c="dimmed" size="sm">
              geen
            </Text>
          ),
      ),
    },
    {
      key: 'evaluation',
      header: FIELD_LABELS.nextEvaluation,
      width: '12%',
      sortKey: 'nextEvaluation',
      render: item((a) =>
        a.nextEvaluation ? (
          <span title={formatDateNl(a.nextEvaluation)}>
            {a.evaluationOverdue && <span className="overdue-badge">verlopen</span>}
            {formatDateNl(a.nextEvaluation)}
          </span>
        ) : (
          '–'
        ),
      ),
    },
    {
      key: 'dekking',
      header: 'Dekking',
      width: '8%',
      render: item((a) => (a.dekkingGranted ? 'ja' : 'nog niet')),
    },
    {
      key: 'review',
      header: FIELD_LABELS.reviewState,
      width: '10%',
      render: item((a) => (a.reviewState ? REVIEW_STATE_LABELS[a.reviewState] : '–')),
    },
  ];
}

const COLUMNS = columns();

/** The agreements in the shared virtualised table: a selection column, theme groups, header sort. */
export function AgreementTable(props: {
  rows: RowSource<AgreementRow>;
  selected: Set<string>;
  onToggle: (id: string, checked: boolean) => void;
  onToggleAll: (checked: boolean) => void;
  allSelected: boolean;
  someSelected: boolean;
  sort: AgreementFilters['sort'];
  onSort: (sort: AgreementFilters['sort']) => void;
  busy?: boolean;
  shows?: string;
}) {
  return (
    <VirtualTable
      rows={props.rows}
      columns={COLUMNS}
      rowKey={(r) => r.key}
      caption="Afspraken"
      className="agreement-table"
      height="calc(100vh - 330px)"
      rowHeight={ROW_HEIGHT}
      busy={props.busy}
      shows={props.shows}
      group={(r) => (r.kind === 'group' ? `${r.name} (${formatNumberNl(r.count)})` : null)}
      sort={{ key: props.sort, onSort: (key) => props.onSort(key as AgreementFilters['sort']) }}
      selection={{
        isSelected: (r) => r.kind === 'item' && props.selected.has(r.item.id),
        onToggle: (r, checked) => r.kind === 'item' && props.onToggle(r.item.id, checked),
        label: (r) => (r.kind === 'item' ? `${r.item.title} selecteren` : ''),
        all: {
          label: 'Alle afspraken selecteren',
          checked: props.allSelected,
          indeterminate: props.someSelected,
          onChange: props.onToggleAll,
        },
      }}
    />
  );
}
