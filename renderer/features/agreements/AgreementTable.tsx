import { FIELD_LABELS } from '../../../shared/fieldLabels';
import { Text } from '@mantine/core';
import { formatDateNl } from '../../../shared/dates';
import { formatNumberNl } from '../../../shared/numbers';
import type { AgreementListItem } from '../../../shared/schemas/agreementList';
import { VirtualTable, type Column, type RowSource } from '../../components/VirtualTable';
import type { AgreementFilters } from './agreementFilters';
import { REVIEW_STATE_LABELS } from './agreementOptions';
import type { AgreementRow } from './agreementRows';
import { StatusBadge } from './StatusBadge';
import { RowLink } from '../../components/RowLink';

type Item = Extract<AgreementRow, { kind: 'item' }>;

/**
 * Two lines per row: at 1366 px (a laptop, with the app's navigation) a title of about 65
 * characters shows whole, and the title column gets what the others leave. The zaaknummer wraps
 * over two lines and the evaluation date never breaks or shrinks (minWidth), so neither is cut.
 */
const ROW_HEIGHT = 60;

function columns(): Column<AgreementRow>[] {
  const item = (render: (a: AgreementListItem) => React.ReactNode) => (row: AgreementRow) =>
    render((row as Item).item);
  return [
    {
      key: 'title',
      header: FIELD_LABELS.title,
      width: '38%',
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
      width: '10%',
      minWidth: '7.5rem',
      wrap: true,
      render: item((a) =>
        a.caseNumber ? <span className="case-number">{breakable(a.caseNumber)}</span> : '–',
      ),
    },
    {
      key: 'status',
      header: FIELD_LABELS.status,
      width: '10%',
      minWidth: '7.25rem',
      sortKey: 'status',
      render: item((a) => <StatusBadge status={a.status} size="sm" />),
    },
    {
      key: 'themes',
      header: FIELD_LABELS.themes,
      width: '8%',
      minWidth: '5.5rem',
      wrap: true,
      render: item((a) => (
        <span className="two-lines" title={a.themes.join(', ')}>
          {a.themes.join(', ')}
        </span>
      )),
    },
    {
      key: 'owner',
      header: FIELD_LABELS.ownerId,
      width: '8%',
      minWidth: '5.5rem',
      wrap: true,
      render: item((a) =>
        a.ownerName !== null ? (
          <span className="two-lines">{a.ownerName}</span>
        ) : (
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
      minWidth: '10rem',
      wrap: true,
      sortKey: 'nextEvaluation',
      render: item((a) =>
        a.nextEvaluation ? (
          <>
            {a.evaluationOverdue && <span className="overdue-badge">verlopen</span>}
            <span className="nowrap">{formatDateNl(a.nextEvaluation)}</span>
          </>
        ) : (
          '–'
        ),
      ),
    },
    {
      key: 'dekking',
      header: 'Dekking',
      width: '6%',
      minWidth: '4.5rem',
      wrap: true,
      render: item((a) => (a.dekkingGranted ? 'ja' : 'nog niet')),
    },
    {
      key: 'review',
      header: FIELD_LABELS.reviewState,
      width: '8%',
      minWidth: '6.75rem',
      wrap: true,
      render: item((a) => (a.reviewState ? REVIEW_STATE_LABELS[a.reviewState] : '–')),
    },
  ];
}

const COLUMNS = columns();

/** A zaaknummer may break after a separator ("Z/2026/" "0012345"), and anywhere as a last resort. */
function breakable(text: string): React.ReactNode[] {
  return text.split(/(?<=[/\-._])/).flatMap((part, i) => (i ? [<wbr key={i} />, part] : [part]));
}

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
