import type { TrashItem } from '../../../shared/schemas/system';

/**
 * The confirmation before purging: what goes with it, that it cannot be undone in the app, and
 * (for an erasure request under the AVG) that backups still hold it until they expire.
 */
export function purgeMessage(item: Pick<TrashItem, 'label' | 'includes'>): string {
  const what = item.includes
    ? `${item.label} wordt samen met ${item.includes} definitief verwijderd, met de geschiedenis ervan.`
    : `${item.label} wordt definitief verwijderd, met de geschiedenis ervan.`;
  return (
    `${what} Dit kan niet ongedaan worden gemaakt. ` +
    'Regiodossier zorgt dat deze gegevens vooraf in een back-up staan. Back-ups bewaren ze ' +
    'tot ze volgens de bewaartermijn vervallen, binnen ongeveer vijf maanden; vermeld dat bij een verzoek om ' +
    'verwijdering (AVG).'
  );
}
