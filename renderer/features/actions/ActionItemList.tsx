import { Button, Group, Text } from '@mantine/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useShallow } from 'zustand/react/shallow';
import type { ActionStatus } from '../../../shared/domain';
import { countNl, formatNumberNl } from '../../../shared/numbers';
import type { ActionListItem } from '../../../shared/schemas/actionList';
import { useApi } from '../../data/apiContext';
import { useQuery } from '../../data/data';
import { usePagedHead } from '../../data/pagedQuery';
import { useCurrentRegion } from '../../data/useCurrentRegion';
import { EmptyState } from '../../components/EmptyState';
import { notifyError, notifySaved } from '../../components/feedback';
import { NoRegion } from '../../components/NoRegion';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { ActionFiltersBar } from './ActionFiltersBar';
import {
  ACTION_LIST_PARAMS,
  actionFiltersFromParams,
  hasActiveFilters,
  toActionQuery,
  useActionFilters,
  type ActionFilters,
} from './actionFilters';
import { ActionTable } from './ActionTable';
import { useStatusChange, type StatusOf } from './useStatusChange';
import './actions.css';

/** `actions.setStatusMany` takes at most this many at once. */
const MAX_AT_ONCE = 1000;

const statusOf = (a: ActionListItem): StatusOf => ({
  id: a.id,
  status: a.status,
  doneOn: a.doneOn,
});

/**
 * Actiepunten: every actiepunt of the region's overleggen and gespreksverslagen in one list,
 * sorted by due date, each linking to where it was agreed; afronden one by one or several at once.
 */
export function ActionItemList() {
  const { region, regionId } = useCurrentRegion();
  const [params, setParams] = useSearchParams();

  // First the region (another region's owner and party filters go), then a link's filters.
  useEffect(() => {
    if (regionId) useActionFilters.getState().forRegion(regionId);
  }, [regionId]);
  // A link such as #/actiepunten?telaat=1&eigenaar=<id> sets the filters once.
  useEffect(() => {
    const fromUrl = actionFiltersFromParams(params);
    if (!fromUrl) return;
    useActionFilters.getState().update(fromUrl);
    const rest = new URLSearchParams(params);
    ACTION_LIST_PARAMS.forEach((name) => rest.delete(name));
    setParams(rest, { replace: true });
  }, [params, setParams]);

  if (!regionId) return <NoRegion />;
  return (
    <>
      <PageHeader
        title="Actiepunten"
        description={`Wie doet wat, en vóór wanneer: de actiepunten uit de overleggen en gespreksverslagen van ${region?.name ?? 'de regio'}`}
      />
      <ActionResults regionId={regionId} />
    </>
  );
}

function ActionResults({ regionId }: { regionId: string }) {
  const filters = useActionFilters(
    useShallow((f): ActionFilters => ({
      status: f.status,
      overdue: f.overdue,
      ownerId: f.ownerId,
      partyId: f.partyId,
      themeId: f.themeId,
      source: f.source,
      search: f.search,
    })),
  );
  const query = useMemo(() => toActionQuery(filters, regionId), [filters, regionId]);
  const head = usePagedHead('actions.list', query);
  const filtered = hasActiveFilters(filters);
  const api = useApi();
  const { change, last } = useStatusChange();
  const [selected, setSelected] = useState<ReadonlyMap<string, StatusOf>>(new Map());
  // A selection belongs to the list it was made in: new filters start without one.
  const queryKey = JSON.stringify(query);
  useEffect(() => setSelected(new Map()), [queryKey]);

  // After a row's button took its row away, the focus goes to "Ongedaan maken" beside the list.
  const undoButton = useRef<HTMLButtonElement>(null);
  const lastMessage = useRef<HTMLParagraphElement>(null);
  const focusUndo = useRef(false);
  useEffect(() => {
    if (focusUndo.current && last?.undo) undoButton.current?.focus();
    focusUndo.current = false;
  }, [last]);

  const chosen = [...selected.values()];
  const toClose = chosen.filter((a) => a.status === 'open');
  const toOpen = chosen.filter((a) => a.status === 'afgerond');

  const changeSelected = async (items: StatusOf[], to: ActionStatus) => {
    if (items.length === 0) return;
    if (await change(items, to)) setSelected(new Map());
  };
  const changeRow = async (a: ActionListItem, to: ActionStatus) => {
    // A list of open (or afgerond) ones loses the row: the focus must not fall to the page.
    focusUndo.current = filters.status !== null;
    if (!(await change([statusOf(a)], to))) {
      focusUndo.current = false;
      return;
    }
    setSelected((s) => {
      if (!s.has(a.id)) return s;
      const next = new Map(s);
      next.delete(a.id);
      return next;
    });
  };
  const toggle = (a: ActionListItem, checked: boolean) =>
    setSelected((s) => {
      const next = new Map(s);
      if (checked) next.set(a.id, statusOf(a));
      else next.delete(a.id);
      return next;
    });
  const selectAll = async (checked: boolean) => {
    if (!checked) return setSelected(new Map());
    const total = head.data?.total ?? 0;
    const wanted = Math.min(total, MAX_AT_ONCE);
    try {
      const items: ActionListItem[] = [];
      for (let offset = 0; offset < wanted; offset += 500) {
        const limit = Math.min(500, wanted - offset);
        items.push(...(await api.invoke('actions.list', { ...query, offset, limit })).items);
      }
      setSelected(new Map(items.map((a) => [a.id, statusOf(a)])));
      if (total > MAX_AT_ONCE)
        notifySaved(
          `De eerste ${formatNumberNl(MAX_AT_ONCE)} van ${formatNumberNl(total)} actiepunten zijn geselecteerd: meer kan niet in één keer.`,
        );
    } catch (error) {
      notifyError(error);
    }
  };
  const undoLast = async () => {
    if (!last?.undo) return;
    try {
      await last.undo();
      lastMessage.current?.focus();
    } catch (error) {
      notifyError(error);
    }
  };

  return (
    <>
      <ActionFiltersBar regionId={regionId} />
      <QueryState query={head} label="Actiepunten">
        {(page) => (
          <>
            {/* Also after the last open one was afgerond: its undo stays within reach. */}
            {(page.total > 0 || filtered || last) && (
              <Group justify="space-between" my="xs" gap="xs">
                <Group gap="md">
                  <Text size="sm" c="dimmed" role="status">
                    {countNl(page.total, 'actiepunt', 'actiepunten')}
                    {!filters.overdue &&
                      page.overdueCount > 0 &&
                      `, waarvan ${formatNumberNl(page.overdueCount)} te laat`}
                    {chosen.length > 0 && `, ${formatNumberNl(chosen.length)} geselecteerd`}
                  </Text>
                  {last && (
                    <Group gap={4}>
                      <Text size="sm" role="status" ref={lastMessage} tabIndex={-1}>
                        {last.message}
                      </Text>
                      {last.undo && (
                        <Button
                          ref={undoButton}
                          size="compact-sm"
                          variant="subtle"
                          onClick={() => void undoLast()}
                        >
                          Ongedaan maken
                        </Button>
                      )}
                    </Group>
                  )}
                </Group>
                <Group gap="xs">
                  {chosen.length === 0 && page.total > 0 && (
                    <Text size="sm" c="dimmed">
                      Vink actiepunten aan om ze samen te wijzigen.
                    </Text>
                  )}
                  {filters.status !== 'afgerond' && (
                    <BulkButton
                      count={toClose.length}
                      onClick={() => void changeSelected(toClose, 'afgerond')}
                    >
                      Markeer als afgerond
                    </BulkButton>
                  )}
                  {filters.status !== 'open' && (
                    <BulkButton
                      count={toOpen.length}
                      variant="outline"
                      onClick={() => void changeSelected(toOpen, 'open')}
                    >
                      Weer openzetten
                    </BulkButton>
                  )}
                </Group>
              </Group>
            )}
            {page.total === 0 && !filtered ? (
              <NothingOpen regionId={regionId} />
            ) : page.total === 0 ? (
              <EmptyState
                title="Geen actiepunten met deze filters"
                color="gray"
                role="status"
                action={
                  <Button variant="default" onClick={() => useActionFilters.getState().reset()}>
                    Filters wissen
                  </Button>
                }
              >
                Kies een andere status, eigenaar of zoekterm, of wis de filters.
              </EmptyState>
            ) : (
              <ActionTable
                query={query}
                head={page}
                selected={selected}
                onToggle={toggle}
                onToggleAll={(checked) => void selectAll(checked)}
                allSelected={
                  selected.size > 0 && selected.size >= Math.min(page.total, MAX_AT_ONCE)
                }
                onAct={(a, to) => void changeRow(a, to)}
                busy={head.loading}
                withStatus={filters.status !== 'open'}
              />
            )}
          </>
        )}
      </QueryState>
    </>
  );
}

/**
 * "Markeer als afgerond (2)": with nothing of its kind selected it does nothing and says so, but
 * keeps the focus (aria-disabled, not disabled), also right after it was used.
 */
function BulkButton(props: {
  count: number;
  variant?: 'outline';
  onClick: () => void;
  children: string;
}) {
  const idle = props.count === 0;
  return (
    <Button
      size="xs"
      variant={props.variant}
      data-disabled={idle || undefined}
      aria-disabled={idle || undefined}
      onClick={idle ? undefined : props.onClick}
    >
      {props.children} ({formatNumberNl(props.count)})
    </Button>
  );
}

/** No open actiepunten: none at all yet, or every one afgerond. */
function NothingOpen({ regionId }: { regionId: string }) {
  const any = useQuery('actions.list', { regionId, status: null, limit: 1 });
  if (!any.data) return null;
  if (any.data.total === 0) {
    return (
      <EmptyState
        title="Nog geen actiepunten"
        action={
          <Group gap="sm">
            <Button component={Link} to="/overleggen">
              Naar de overleggen
            </Button>
            <Button component={Link} to="/gespreksverslagen" variant="default">
              Naar de gespreksverslagen
            </Button>
          </Group>
        }
      >
        Actiepunten ontstaan in de notulen van een overleg en in gespreksverslagen: wie doet wat,
        vóór wanneer. Hier komen ze van de hele regio samen, met wie er te laat is.
      </EmptyState>
    );
  }
  return (
    <EmptyState
      title="Geen open actiepunten"
      action={
        <Button
          variant="default"
          onClick={() => useActionFilters.getState().update({ status: 'afgerond' })}
        >
          Afgeronde actiepunten tonen
        </Button>
      }
    >
      {any.data.total === 1
        ? 'Het enige actiepunt van deze regio is afgerond.'
        : `Alle ${formatNumberNl(any.data.total)} actiepunten van deze regio zijn afgerond.`}
    </EmptyState>
  );
}
