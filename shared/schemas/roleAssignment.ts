import { ROLE_KINDS } from '../domain';
import { z } from '../zod';
import {
  allRequired,
  id,
  isoDate,
  optionalDate,
  optionalText,
  periodRefinement,
  recordMeta,
} from './common';
import { newContactFields } from './contact';
import { partyType } from './party';

export const roleKind = z.enum(ROLE_KINDS, { error: 'Kies een rol' });

/** The fields a role keeps after creation (what roles.update changes). */
const roleChangeShape = {
  /** The party this person represents in the role; defaults to the person's own party. */
  partyId: id.nullable().default(null),
  role: roleKind,
  themeId: id.nullable().default(null),
  mandate: optionalText('Mandaat', 2000),
  since: optionalDate,
  until: optionalDate,
};

/** A trekker (thema) always leads a theme: on create and on update. */
function themeRefinement(v: { role: string; themeId: string | null }, ctx: z.RefinementCtx) {
  if (v.role === 'trekker_thema' && !v.themeId) {
    ctx.addIssue({
      code: 'custom',
      path: ['themeId'],
      message: 'Kies het thema dat deze trekker trekt',
    });
  }
}

/** Exactly one of an existing person (contactId) and a new one (newContact). */
function contactRefinement(
  v: { contactId: string | null; newContact: object | null },
  ctx: z.RefinementCtx,
) {
  if (v.contactId === null && v.newContact === null) {
    ctx.addIssue({
      code: 'custom',
      path: ['contactId'],
      message: 'Kies een persoon of voeg een nieuwe persoon toe',
    });
  } else if (v.contactId !== null && v.newContact !== null) {
    ctx.addIssue({
      code: 'custom',
      path: ['newContact'],
      message: 'Kies een bestaande persoon óf voeg een nieuwe persoon toe, niet allebei',
    });
  }
}

/**
 * A new role: for an existing person (`contactId`) or for a new one (`newContact`), who is then
 * created in the same transaction with the role's party as organisation.
 */
export const roleAssignmentFields = z
  .object({
    regionId: id,
    contactId: id.nullable().default(null),
    newContact: newContactFields.nullable().default(null),
    ...roleChangeShape,
  })
  .strict()
  .superRefine(contactRefinement)
  .superRefine(periodRefinement)
  .superRefine(themeRefinement);

/** Every field required: what is left out would otherwise be reset to its default. */
export const roleAssignmentUpdate = z
  .object(allRequired({ id, ...roleChangeShape }))
  .strict()
  .superRefine(periodRefinement)
  .superRefine(themeRefinement);

export const roleAssignmentEnd = z.object({ id, until: isoDate }).strict();

export const roleAssignment = z.object({
  ...recordMeta,
  regionId: id,
  contactId: id,
  partyId: id.nullable(),
  role: roleKind,
  themeId: id.nullable(),
  mandate: z.string(),
  since: z.string().nullable(),
  until: z.string().nullable(),
});
export type RoleAssignment = z.infer<typeof roleAssignment>;

export const ROLE_PERIODS = ['current', 'future', 'ended', 'all'] as const;
export type RolePeriod = (typeof ROLE_PERIODS)[number];

export const roleListQuery = z
  .object({
    regionId: id.nullable().default(null),
    contactId: id.nullable().default(null),
    partyId: id.nullable().default(null),
    roles: z.array(roleKind).default([]),
    /** 'current' = active today, 'future' = starts later, 'ended' = history only, 'all'. */
    period: z.enum(ROLE_PERIODS).default('current'),
  })
  .strict();
export type RoleListQuery = z.input<typeof roleListQuery>;

export const roleListItem = roleAssignment.omit({ createdAt: true, deletedAt: true }).extend({
  contactName: z.string(),
  contactFunction: z.string(),
  partyName: z.string().nullable(),
  partyType: partyType.nullable(),
  themeName: z.string().nullable(),
  regionName: z.string(),
  current: z.boolean(),
});
export type RoleListItem = z.infer<typeof roleListItem>;

export const overviewPerson = z.object({
  roleAssignmentId: id,
  contactId: id,
  name: z.string(),
  function: z.string(),
  since: z.string().nullable(),
  /** Starts after today: shown as "per <datum>", and does not fill the gap yet. */
  upcoming: z.boolean(),
});

export const overviewRow = z.object({
  partyId: id,
  partyName: z.string(),
  partyType: partyType,
  membershipRole: z.string(),
  bestuurlijk: z.array(overviewPerson),
  ambtelijk: z.array(overviewPerson),
  missing: z.array(z.enum(['bestuurlijk_aanspreekpunt', 'ambtelijk_aanspreekpunt'])),
});
export type OverviewRow = z.infer<typeof overviewRow>;

export const overview = z.object({
  regionId: id,
  day: z.string(),
  rows: z.array(overviewRow),
  gapCount: z.number().int(),
});
export type Overview = z.infer<typeof overview>;
