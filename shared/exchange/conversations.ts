/**
 * The gespreksverslagen in the exchange format (docs/exchange-format.md), added to version 1
 * after its first release (issue 22): each verslag with its parties, themes, linked agreements,
 * deelnemers and enquête nested, and the vastgelegde versions as their own collection. Their
 * actiepunten are in `actionItems` with a `conversationId`.
 */
import { CONVERSATION_STATUSES } from '../domain';
import { z } from '../zod';
import { id, isoDate, timestamp } from '../schemas/common';
import { CONVERSATION_LIMITS, conversationKind } from '../schemas/conversation';
import { survey } from '../schemas/survey';
import { date, line, meta, name, text } from './fields';

const atMost = <T extends z.ZodType>(item: T, max: number, what: string) =>
  z.array(item).max(max, { error: `Hoogstens ${max} ${what}` });

export const exchangeParticipant = z
  .object({
    id,
    position: z.number().int().min(0),
    contactId: id.nullable(),
    guestName: line(120, 'Naam van de deelnemer'),
  })
  .strict()
  .superRefine((p, ctx) => {
    // As the table's CHECK: a person from the register, or a free name.
    if (p.contactId === null && p.guestName.trim() === '') {
      ctx.addIssue({
        code: 'custom',
        path: ['guestName'],
        message: 'Een deelnemer is een persoon (contactId) of heeft een naam',
      });
    }
    if (p.contactId !== null && p.guestName !== '') {
      ctx.addIssue({
        code: 'custom',
        path: ['guestName'],
        message: 'Een deelnemer is een persoon (contactId) of een naam, niet allebei',
      });
    }
  });

export const exchangeConversation = z
  .object({
    ...meta,
    regionId: id,
    kind: conversationKind,
    title: name(200, 'Titel'),
    date: isoDate,
    confidential: z.boolean(),
    /** Sanitised again on import; the plain-text column is derived from it. */
    reportHtml: text(200_000),
    status: z.enum(CONVERSATION_STATUSES),
    version: z.number().int().min(1),
    lockedOn: date,
    partyIds: atMost(id, CONVERSATION_LIMITS.parties, 'partijen per verslag'),
    themeIds: atMost(id, CONVERSATION_LIMITS.themes, 'thema’s per verslag'),
    agreementIds: atMost(id, CONVERSATION_LIMITS.agreements, 'afspraken per verslag'),
    participants: atMost(
      exchangeParticipant,
      CONVERSATION_LIMITS.participants,
      'deelnemers per verslag',
    ),
    /** The enquête, with the app's own rules (rapportcijfers 1–10, at most three factors). */
    survey: survey.nullable(),
  })
  .strict()
  .superRefine((c, ctx) => {
    if ((c.status === 'vastgelegd') !== (c.lockedOn !== null)) {
      ctx.addIssue({
        code: 'custom',
        path: ['lockedOn'],
        message:
          c.status === 'vastgelegd'
            ? 'Een vastgelegd verslag heeft een datum van vastleggen'
            : 'Een verslag in concept heeft geen datum van vastleggen',
      });
    }
  });

/** A vastgelegde version (no soft delete: it goes with its verslag). */
export const exchangeConversationVersion = z
  .object({
    id,
    conversationId: id,
    version: z.number().int().min(1),
    lockedOn: isoDate,
    correctionReason: text(1000),
    /** What was vastgelegd, as the app keeps it (shared/schemas/conversation.ts). */
    snapshot: z
      .object({
        kind: conversationKind,
        title: line(200, 'Titel'),
        date: isoDate,
        confidential: z.boolean(),
        parties: atMost(line(300, 'Partij'), CONVERSATION_LIMITS.parties, 'partijen'),
        participants: atMost(line(300, 'Naam'), CONVERSATION_LIMITS.participants, 'deelnemers'),
        themes: atMost(line(300, 'Thema'), CONVERSATION_LIMITS.themes, 'thema’s'),
        agreements: atMost(line(300, 'Afspraak'), CONVERSATION_LIMITS.agreements, 'afspraken'),
        reportHtml: text(200_000),
        survey: survey.nullable(),
        actions: atMost(
          z
            .object({ text: text(1000), ownerName: line(300, 'Naam').nullable(), dueDate: date })
            .strict(),
          CONVERSATION_LIMITS.actions,
          'actiepunten',
        ),
      })
      .strict(),
    at: timestamp,
    actor: line(300, 'Door wie'),
  })
  .strict();
