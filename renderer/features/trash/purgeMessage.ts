import type { TrashItem } from '../../../shared/schemas/system';

/** What a permanent delete takes with it, so nobody is surprised afterwards. */
export function purgeMessage(item: Pick<TrashItem, 'label' | 'includes'>): string {
  const what = item.includes
    ? `${item.label} wordt samen met ${item.includes} definitief verwijderd, met de geschiedenis ervan.`
    : `${item.label} wordt definitief verwijderd, met de geschiedenis ervan.`;
  return `${what} Dit kan niet ongedaan worden gemaakt.`;
}
