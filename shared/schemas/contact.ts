import { z } from '../zod';
import { allRequired, email, id, optionalText, phone, recordMeta, requiredText } from './common';
import { partyType } from './party';

export const contactFields = z
  .object({
    name: requiredText('Naam', 160),
    function: optionalText('Functie', 160, 'single'),
    partyId: id.nullable().default(null),
    email,
    phone,
    notes: optionalText('Notities'),
    active: z.boolean().default(true),
  })
  .strict();

export const contact = z.object({
  ...recordMeta,
  name: z.string(),
  function: z.string(),
  partyId: id.nullable(),
  email: z.string(),
  phone: z.string(),
  notes: z.string(),
  active: z.boolean(),
});
export type Contact = z.infer<typeof contact>;

/** Every field required: what is left out would otherwise be reset to its default. */
export const contactUpdate = z
  .object({
    ...allRequired({ id, ...contactFields.shape }),
    /** The stored values the form started from (shared/api/staleBase.ts). */
    base: z.object(allRequired(contactFields.shape)).strict().optional(),
  })
  .strict();

/** A new person created together with a role (roles.create `newContact`). */
export const newContactFields = contactFields
  .pick({ name: true, function: true, email: true, phone: true })
  .strict();
export type NewContactFields = z.output<typeof newContactFields>;

export const contactListQuery = z
  .object({
    partyId: id.nullable().default(null),
    /** Only people of parties taking part in this region (or with a role in it). */
    regionId: id.nullable().default(null),
    search: z.string().trim().max(200).default(''),
    includeInactive: z.boolean().default(true),
  })
  .strict();
export type ContactListQuery = z.input<typeof contactListQuery>;

export const contactListItem = z.object({
  id,
  name: z.string(),
  function: z.string(),
  partyId: id.nullable(),
  partyName: z.string().nullable(),
  partyType: partyType.nullable(),
  email: z.string(),
  phone: z.string(),
  active: z.boolean(),
  currentRoleCount: z.number().int(),
});
export type ContactListItem = z.infer<typeof contactListItem>;
