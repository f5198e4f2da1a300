import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Entity } from '../shared/domain';
import {
  agreement,
  agreementParty,
  agreementTheme,
  conversation,
  conversationAgreement,
  conversationParty,
  conversationTheme,
} from './schema';

/**
 * Link tables of afspraken and gespreksverslagen: a purged party, theme or afspraak would
 * silently drop out of them (ON DELETE CASCADE on the link), so a live one blocks the purge.
 */
export interface Link {
  column: SQLiteColumn;
  ownerId: SQLiteColumn;
  owner: typeof agreement | typeof conversation;
  ownerEntity: Entity;
  parent: Entity;
}
const agreementLink = (column: SQLiteColumn, ownerId: SQLiteColumn, parent: Entity): Link => ({
  column,
  ownerId,
  parent,
  owner: agreement,
  ownerEntity: 'agreement',
});
const conversationLink = (link: typeof conversationParty, parent: Entity): Link => ({
  column: link.otherId,
  ownerId: link.conversationId,
  parent,
  owner: conversation,
  ownerEntity: 'conversation',
});
export const LINKS: Link[] = [
  agreementLink(agreementParty.partyId, agreementParty.agreementId, 'party'),
  agreementLink(agreementTheme.themeId, agreementTheme.agreementId, 'theme'),
  conversationLink(conversationParty, 'party'),
  conversationLink(conversationTheme, 'theme'),
  conversationLink(conversationAgreement, 'agreement'),
];
