/**
 * Actiepunten: one table for two sources, an agenda item of an overleg or a gespreksverslag
 * (issue 22). Split from meeting.ts, which re-exports them.
 */
import { z } from '../zod';
import { ACTION_STATUSES } from '../domain';
import { allRequired, id, optionalDate, requiredText } from './common';

const actionShape = {
  text: requiredText('Actiepunt', 1000, 'multi'),
  ownerId: id.nullable().default(null),
  dueDate: optionalDate,
};
/** An actiepunt of an agenda item or of a gespreksverslag: one table, exactly one source. */
export const actionCreate = z
  .object({
    agendaItemId: id.optional(),
    conversationId: id.optional(),
    ...actionShape,
  })
  .strict()
  .superRefine((a, ctx) => {
    if ((a.agendaItemId === undefined) === (a.conversationId === undefined))
      ctx.addIssue({
        code: 'custom',
        path: ['agendaItemId'],
        message: 'Een actiepunt hoort bij een agendapunt of bij een gespreksverslag',
      });
  });
export const actionUpdate = z.object({ id, ...allRequired(actionShape) }).strict();
/** Afgerond (on `doneOn`, today when left out) or open again; also after the minutes are vastgesteld. */
export const actionStatusSet = z
  .object({ id, status: z.enum(ACTION_STATUSES), doneOn: optionalDate })
  .strict();
export const actionItem = z.object({
  id,
  agendaItemId: id.nullable(),
  conversationId: id.nullable(),
  text: z.string(),
  ownerId: id.nullable(),
  ownerName: z.string().nullable(),
  dueDate: z.string().nullable(),
  status: z.enum(ACTION_STATUSES),
  doneOn: z.string().nullable(),
});
export type ActionItem = z.infer<typeof actionItem>;
