import { useMemo, useRef, type KeyboardEvent } from 'react';
import { formatDateNl } from '../../../shared/dates';
import type { ActionStatus } from '../../../shared/domain';
import type { ActionListItem, ActionPage } from '../../../shared/schemas/actionList';
import { usePagedRows, type PageInput } from '../../data/pagedQuery';
import { ActionSourceLink } from '../../components/ActionSourceLink';
import { VirtualTable, type Column, type RowSource } from '../../components/VirtualTable';

/**
 * Rows wrap and are measured: an owner's party and the overleg's title, date and agenda item
 * show whole (the date at the end must not be cut off). The estimate until measured: two lines.
 */
const ROW_HEIGHT = 64;

type Act = (a: ActionListItem, to: ActionStatus) => void;

/** The columns; the status only when the list holds afgeronde ones too (its room goes to the text). */
function columns(act: { current: Act }, withStatus: boolean): Column<ActionListItem>[] {
  const all: (Column<ActionListItem> | false)[] = [
    {
      key: 'text',
      header: 'Actiepunt',
      width: withStatus ? '21%' : '27%',
      wrap: true,
      // A very long one (up to 1000 characters) stops after four lines; the whole text is its title.
      render: (a) => (
        <span className="action-text" title={a.text}>
          {a.text}
        </span>
      ),
    },
    {
      key: 'owner',
      header: 'Eigenaar',
      width: withStatus ? '17%' : '16%',
      minWidth: '7rem',
      wrap: true,
      render: (a) =>
        a.ownerName === null ? (
          <span className="action-dimmed">nog niemand</span>
        ) : (
          <>
            <span className="action-block">{a.ownerName}</span>
            {a.ownerParty && <span className="action-dimmed">{a.ownerParty}</span>}
          </>
        ),
    },
    {
      key: 'due',
      header: 'Uiterlijk',
      width: '13%',
      minWidth: '10rem',
      wrap: true,
      render: (a) =>
        a.dueDate === null ? (
          <span className="action-dimmed">geen datum</span>
        ) : (
          <>
            {a.overdue && <span className="action-late">te laat</span>}
            <span className={a.overdue ? 'action-date action-late-date' : 'action-date'}>
              {formatDateNl(a.dueDate)}
            </span>
          </>
        ),
    },
    {
      key: 'source',
      header: 'Afgesproken in',
      width: withStatus ? '28%' : '34%',
      wrap: true,
      render: (a) => <ActionSourceLink action={a} className="action-source" />,
    },
    withStatus && {
      key: 'status',
      header: 'Status',
      width: '11%',
      minWidth: '8.75rem',
      wrap: true,
      render: (a) =>
        a.status === 'open' ? (
          'Open'
        ) : (
          <>
            <span className="action-block">{a.doneOn ? 'Afgerond op' : 'Afgerond'}</span>
            {a.doneOn && (
              <span className="action-dimmed action-date">{formatDateNl(a.doneOn)}</span>
            )}
          </>
        ),
    },
    {
      key: 'act',
      header: 'Actie',
      width: '10%',
      minWidth: '8rem',
      render: (a) => {
        const [label, to] =
          a.status === 'open' ? ['Afronden', 'afgerond' as const] : ['Heropenen', 'open' as const];
        return (
          <button
            type="button"
            className="action-row-button"
            aria-label={`${label}: ${a.text}`}
            onClick={() => act.current(a, to)}
          >
            {label}
          </button>
        );
      },
    },
  ];
  return all.filter((c): c is Column<ActionListItem> => c !== false);
}

/** The text fields in which Ctrl+A selects text, not actiepunten. */
const typesText = (el: EventTarget) =>
  el instanceof HTMLElement &&
  (el.isContentEditable ||
    el instanceof HTMLTextAreaElement ||
    (el instanceof HTMLInputElement && el.type !== 'checkbox' && el.type !== 'radio'));

/**
 * The actiepunten, sorted by due date by the server, in the shared virtualised table: pages are
 * fetched as they scroll in. A checkbox per row (Space toggles it; Ctrl+A in the table selects
 * all), a button per row that rounds it off or opens it again, and overdue rows marked by a
 * tint, a bar and the words "te laat".
 */
export function ActionTable(props: {
  query: PageInput<'actions.list'>;
  head: ActionPage;
  selected: ReadonlyMap<string, unknown>;
  onToggle: (a: ActionListItem, checked: boolean) => void;
  onToggleAll: (checked: boolean) => void;
  allSelected: boolean;
  onAct: Act;
  busy: boolean;
  /** The list holds afgeronde ones too: a status column. */
  withStatus: boolean;
}) {
  const { itemAt, showRange } = usePagedRows('actions.list', props.query, props.head);
  const rows = useMemo<RowSource<ActionListItem>>(
    () => ({ count: props.head.total, rowAt: itemAt, onRange: showRange }),
    [props.head.total, itemAt, showRange],
  );
  const act = useRef(props.onAct);
  act.current = props.onAct;
  const cols = useMemo(() => columns(act, props.withStatus), [props.withStatus]);
  const onKeyDown = (e: KeyboardEvent) => {
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'a' && !typesText(e.target)) {
      e.preventDefault();
      props.onToggleAll(true);
    }
  };
  return (
    // Ctrl+A from any of the table's own controls (checkboxes, links, buttons).
    <div onKeyDown={onKeyDown}>
      <VirtualTable
        rows={rows}
        columns={cols}
        rowKey={(a) => a.id}
        caption="Actiepunten"
        className="action-table"
        height="calc(100vh - 330px)"
        rowHeight={ROW_HEIGHT}
        measured
        busy={props.busy}
        rowClass={(a) => (a.overdue ? 'action-overdue' : undefined)}
        selection={{
          isSelected: (a) => props.selected.has(a.id),
          onToggle: props.onToggle,
          label: (a) => `${a.text} selecteren`,
          all: {
            label: 'Alle actiepunten selecteren',
            checked: props.allSelected,
            indeterminate: props.selected.size > 0,
            onChange: props.onToggleAll,
          },
        }}
      />
    </div>
  );
}
