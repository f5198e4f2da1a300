import { MEMBERSHIP_ROLES, PARTY_TYPES } from '../domain';
import { z } from '../zod';
import {
  allRequired,
  id,
  optionalDate,
  optionalText,
  periodRefinement,
  recordMeta,
  requiredText,
} from './common';

export const partyType = z.enum(PARTY_TYPES, { error: 'Kies een type organisatie' });
export const membershipRole = z.enum(MEMBERSHIP_ROLES, { error: 'Kies een rol in de regio' });

export const partyFields = z
  .object({
    type: partyType,
    name: requiredText('Naam', 160),
    notes: optionalText('Notities'),
  })
  .strict();

export const party = z.object({
  ...recordMeta,
  type: partyType,
  name: z.string(),
  notes: z.string(),
});
export type Party = z.infer<typeof party>;

export const membershipFields = z
  .object({
    regionId: id,
    partyId: id,
    role: membershipRole,
    since: optionalDate,
    until: optionalDate,
  })
  .strict()
  .superRefine(periodRefinement);

/** Every field required: what is left out would otherwise be reset to its default. */
export const membershipUpdate = z
  .object(allRequired({ id, role: membershipRole, since: optionalDate, until: optionalDate }))
  .strict()
  .superRefine(periodRefinement);

export const membership = z.object({
  ...recordMeta,
  regionId: id,
  partyId: id,
  role: membershipRole,
  since: z.string().nullable(),
  until: z.string().nullable(),
});
export type Membership = z.infer<typeof membership>;

/** Party created together with its membership of the current region (the usual case). */
export const partyCreate = partyFields
  .extend({
    membership: z
      .object({
        regionId: id,
        role: membershipRole,
        since: optionalDate,
        until: optionalDate,
      })
      .strict()
      .superRefine(periodRefinement)
      .nullable()
      .default(null),
  })
  .strict();

/** Every field required: what is left out would otherwise be reset to its default. */
export const partyUpdate = z
  .object({
    ...allRequired({ id, ...partyFields.shape }),
    /** The stored values the form started from (shared/api/staleBase.ts). */
    base: z.object(allRequired(partyFields.shape)).strict().optional(),
  })
  .strict();

export const PARTY_SORTS = ['name', 'type', 'role', 'updated'] as const;

export const partyListQuery = z
  .object({
    regionId: id.nullable().default(null),
    types: z.array(partyType).default([]),
    roles: z.array(membershipRole).default([]),
    search: z.string().trim().max(200).default(''),
    sort: z.enum(PARTY_SORTS).default('name'),
    includeEnded: z.boolean().default(false),
  })
  .strict();
export type PartyListQuery = z.input<typeof partyListQuery>;

export const partyListItem = z.object({
  id,
  name: z.string(),
  type: partyType,
  /** Role in the queried region (null when listing all parties without a region). */
  role: membershipRole.nullable(),
  since: z.string().nullable(),
  until: z.string().nullable(),
  contactCount: z.number().int(),
  updatedAt: z.string(),
});
export type PartyListItem = z.infer<typeof partyListItem>;

export const partyDetail = party.extend({
  memberships: z.array(membership.extend({ regionName: z.string() })),
});
export type PartyDetail = z.infer<typeof partyDetail>;

export const deleteImpact = z.object({
  contacts: z.number().int(),
  roleAssignments: z.number().int(),
  memberships: z.number().int(),
  summary: z.string(),
});
export type DeleteImpact = z.infer<typeof deleteImpact>;
