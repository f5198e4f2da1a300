import { formatDateNl } from '../../shared/dates';
import { ACTION_SOURCE_LABELS, type ActionListItem } from '../../shared/schemas/actionList';
import { RowLink } from './RowLink';

type Source = Pick<
  ActionListItem,
  'source' | 'sourceId' | 'sourceTitle' | 'sourceDate' | 'itemTitle'
> &
  Partial<Pick<ActionListItem, 'confidential'>>;

/** Where an actiepunt was agreed: its overleg or its gespreksverslag. */
export const actionSourcePath = (a: Pick<ActionListItem, 'source' | 'sourceId'>) =>
  a.source === 'overleg' ? `/overleggen/${a.sourceId}` : `/gespreksverslagen/${a.sourceId}`;

/** "Overleg ‘Voorjaarsoverleg’ (14 mei 2026) · Wonen" or "Gespreksverslag ‘…’ (3 juni 2026)". */
export const actionSourceText = (a: Source) =>
  `${ACTION_SOURCE_LABELS[a.source]} ‘${a.sourceTitle}’ (${formatDateNl(a.sourceDate)})` +
  (a.itemTitle ? ` · ${a.itemTitle}` : '') +
  (a.confidential ? ' · vertrouwelijk' : '');

/** The link from an actiepunt to where it was agreed (the actiepunten-overzicht, the Overzicht). */
export function ActionSourceLink(props: { action: Source; className?: string }) {
  const text = actionSourceText(props.action);
  return (
    <RowLink to={actionSourcePath(props.action)} title={text} className={props.className}>
      {text}
    </RowLink>
  );
}

/**
 * A link to the actiepunten-overzicht with filters set (renderer/features/actions/actionFilters.ts
 * reads them): `telaat=1` only overdue ones, `eigenaar=<id>` one person's.
 */
export function actionListLink(filter: { overdue?: boolean; ownerId?: string } = {}): string {
  const params = new URLSearchParams();
  if (filter.overdue) params.set('telaat', '1');
  if (filter.ownerId) params.set('eigenaar', filter.ownerId);
  const query = params.toString();
  return query ? `/actiepunten?${query}` : '/actiepunten';
}
