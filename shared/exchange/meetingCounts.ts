/**
 * How many parts one overleg holds in an exchange file: at most what the app itself allows
 * (shared/meetingLimits.ts), counted over the flat lists, so a file cannot make a meeting of
 * 10,000 agendapunten. Items in the Prullenbak do not count (as in the app). One issue per
 * meeting or agenda item, at the first part beyond the limit.
 */
import type { z } from '../zod';
import { MEETING_LIMITS, meetingLimitMessage } from '../meetingLimits';

const HOLDER = { agendaItems: 'overleg', decisions: 'agendapunt', actions: 'agendapunt' } as const;

interface Part {
  deletedAt: string | null;
}
interface Counted {
  agendaItems: (Part & { meetingId: string })[];
  decisions: (Part & { agendaItemId: string })[];
  /** A gespreksverslag's actions (agendaItemId null) are not a meeting's. */
  actionItems: (Part & { agendaItemId: string | null })[];
}

function countBy<T extends Part>(
  records: T[],
  parent: (r: T) => string,
  kind: keyof typeof MEETING_LIMITS,
  at: (index: number) => (string | number)[],
  ctx: z.RefinementCtx,
) {
  const counts = new Map<string, number>();
  records.forEach((r, i) => {
    if (r.deletedAt !== null) return;
    const key = parent(r);
    const n = (counts.get(key) ?? 0) + 1;
    counts.set(key, n);
    if (n === MEETING_LIMITS[kind] + 1) {
      ctx.addIssue({
        code: 'custom',
        path: at(i),
        message: `${meetingLimitMessage(kind)} In dit bestand heeft ${HOLDER[kind]} ${key} er meer.`,
      });
    }
  });
}

export function meetingCounts(doc: Counted, ctx: z.RefinementCtx) {
  countBy(
    doc.agendaItems,
    (r) => r.meetingId,
    'agendaItems',
    (i) => ['agendaItems', i, 'meetingId'],
    ctx,
  );
  countBy(
    doc.decisions,
    (r) => r.agendaItemId,
    'decisions',
    (i) => ['decisions', i, 'agendaItemId'],
    ctx,
  );
  countBy(
    doc.actionItems.filter((r): r is Part & { agendaItemId: string } => r.agendaItemId !== null),
    (r) => r.agendaItemId,
    'actions',
    (i) => ['actionItems', i, 'agendaItemId'],
    ctx,
  );
}
