/**
 * The gespreksverslagen of a regiodossier (issue 22), through the same handlers as the screens:
 * the verslagen of the period, oldest first, vertrouwelijke ones left out (and counted) unless
 * asked for; and the open actiepunten of every verslag up to the period's end, as for meetings.
 */
import type { ConversationDetail } from '../../shared/schemas/conversation';
import type { DossierOptions } from '../../shared/schemas/dossier';
import type { Call } from './collect';

export interface OpenAction {
  id: string;
  text: string;
  ownerName: string | null;
  dueDate: string | null;
  /** Agreed in an overleg or in a gespreksverslag. */
  source: 'overleg' | 'verslag';
  sourceTitle: string;
  sourceDate: string;
  /** The overleg's notulen or the verslag are not vastgesteld / vastgelegd yet. */
  concept: boolean;
}

export const inPeriod = (day: string, o: Pick<DossierOptions, 'from' | 'to'>) =>
  (!o.from || day >= o.from) && (!o.to || day <= o.to);

/** A verslag's open actions for the actielijst. */
export function verslagActions(c: ConversationDetail): OpenAction[] {
  return c.actions
    .filter((a) => a.status === 'open')
    .map((a) => ({
      id: a.id,
      text: a.text,
      ownerName: a.ownerName,
      dueDate: a.dueDate,
      source: 'verslag' as const,
      sourceTitle: c.title,
      sourceDate: c.date,
      concept: c.status !== 'vastgelegd',
    }));
}

export function collectConversations(
  call: Call,
  options: DossierOptions,
): { conversations: ConversationDetail[]; openActions: OpenAction[]; leftOut: number } {
  const conversations: ConversationDetail[] = [];
  const openActions: OpenAction[] = [];
  let leftOut = 0;
  for (let offset = 0; ; offset += 500) {
    const page = call('conversations.list', { regionId: options.regionId, offset, limit: 500 });
    for (const c of page.items) {
      // Open actions stay open past their verslag: every one agreed up to the period's end.
      if (options.to && c.date > options.to) continue;
      if (c.confidential && !options.includeConfidential) {
        if (inPeriod(c.date, options)) leftOut += 1;
        continue;
      }
      const shown = inPeriod(c.date, options);
      if (!shown && c.openActions === 0) continue;
      const detail = call('conversations.get', { id: c.id });
      openActions.push(...verslagActions(detail));
      if (shown) conversations.push(detail);
    }
    if (offset + page.items.length >= page.total) break;
  }
  conversations.sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title));
  return { conversations, openActions, leftOut };
}
