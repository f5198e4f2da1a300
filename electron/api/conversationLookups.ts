import { DomainError } from '../../shared/api/result';
import type { Conversation } from '../../shared/schemas/conversation';
import type { ApiContext } from './context';
import { live } from './lookups';

export const requireConversation = (ctx: ApiContext, id: string, path?: string): Conversation =>
  live(ctx.repos.conversations.find(id), 'Dit gespreksverslag', path);

/** A vastgelegd verslag is read-only: a correction first makes a new version (with a reason). */
export function assertConversationOpen(c: Conversation) {
  if (c.status === 'vastgelegd') {
    throw new DomainError(
      'conflict',
      'Dit gespreksverslag is vastgelegd en kan niet meer worden gewijzigd. Maak eerst een nieuwe versie met de reden van de correctie.',
    );
  }
}
