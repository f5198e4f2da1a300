/**
 * Overdracht (issue 22, item 5): when someone leaves, their handover — current roles and mandates,
 * the agreements they own or whose parties include their organisation, their open actions, the
 * last overleggen and gespreksverslagen they took part in, their key contacts — and in one step
 * the reassignment of the chosen roles, agreements and actions to a successor, the leaver's roles
 * ending on a chosen date.
 */
import { z } from '../zod';
import { AGREEMENT_STATUSES, ROLE_KINDS } from '../domain';
import { id, requiredDate } from './common';

export const handoverQuery = z.object({ contactId: id }).strict();

const named = z.object({ id, title: z.string(), date: z.string(), regionName: z.string() });

export const handover = z.object({
  person: z.object({
    id,
    name: z.string(),
    function: z.string(),
    partyName: z.string().nullable(),
    email: z.string(),
  }),
  day: z.string(),
  roles: z.array(
    z.object({
      id,
      role: z.enum(ROLE_KINDS),
      regionId: id,
      regionName: z.string(),
      partyName: z.string().nullable(),
      themeName: z.string().nullable(),
      mandate: z.string(),
      since: z.string().nullable(),
      until: z.string().nullable(),
    }),
  ),
  /** Live agreements they own that are not afgerond or vervallen. */
  ownedAgreements: z.array(
    z.object({
      id,
      title: z.string(),
      status: z.enum(AGREEMENT_STATUSES),
      regionName: z.string(),
      nextEvaluation: z.string().nullable(),
    }),
  ),
  /** Running agreements their organisation takes part in (owned by someone else), first 50. */
  involvedAgreements: z.array(
    z.object({ id, title: z.string(), status: z.enum(AGREEMENT_STATUSES), regionName: z.string() }),
  ),
  involvedTotal: z.number().int(),
  openActions: z.array(
    z.object({
      id,
      text: z.string(),
      dueDate: z.string().nullable(),
      source: z.enum(['overleg', 'verslag']),
      sourceId: id,
      sourceTitle: z.string(),
      regionName: z.string(),
    }),
  ),
  meetings: z.array(named),
  conversations: z.array(named),
  /** The people they met most in overleggen and gespreksverslagen. */
  contacts: z.array(
    z.object({
      id,
      name: z.string(),
      partyName: z.string().nullable(),
      together: z.number().int(),
    }),
  ),
});
export type Handover = z.infer<typeof handover>;

export const handoverPerform = z
  .object({
    contactId: id,
    successorId: z.uuid({
      error: (issue) =>
        issue.input === undefined || issue.input === '' ? 'Kies een opvolger' : 'Ongeldige id',
    }),
    /** The leaver's roles end on this day (exclusive), the successor's start on it. */
    endDate: requiredDate('Vul de datum van de overdracht in'),
    roleIds: z.array(id).max(500).default([]),
    agreementIds: z.array(id).max(5000).default([]),
    actionIds: z.array(id).max(5000).default([]),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.contactId === v.successorId)
      ctx.addIssue({
        code: 'custom',
        path: ['successorId'],
        message: 'Kies een opvolger: niet dezelfde persoon als wie vertrekt',
      });
  });
export type HandoverPerform = z.output<typeof handoverPerform>;

export const handoverDone = z.object({
  roles: z.number().int(),
  endedRoles: z.number().int(),
  agreements: z.number().int(),
  actions: z.number().int(),
});
