import { decision, actionItem } from './schema';

export type DecisionRow = typeof decision.$inferSelect;
export type ActionItemRow = typeof actionItem.$inferSelect;

/** The audited fields of a besluit and of an actiepunt (db/audited.ts). */
export const DECISION_FIELDS = [
  'text',
  'position',
] as const satisfies readonly (keyof DecisionRow)[];
export const ACTION_ITEM_FIELDS = [
  'text',
  'ownerId',
  'dueDate',
  'status',
  'doneOn',
  'position',
] as const satisfies readonly (keyof ActionItemRow)[];
