/**
 * The template per soort of gespreksverslag (issue 22): the headings an empty verslag starts
 * with. Editable in Instellingen; the evaluation template follows seeds/003 (the evaluation of
 * the samenwerkingsafspraken between a gemeente and a zorgaanbieder).
 */
import { z } from '../zod';
import { CONVERSATION_KINDS, type ConversationKind } from '../domain';
import { richText } from './agreement';

const headings = (...titles: string[]) => titles.map((t) => `<h2>${t}</h2><p></p>`).join('');

export const DEFAULT_CONVERSATION_TEMPLATES: Record<ConversationKind, string> = {
  evaluatiegesprek: headings(
    'Voortgang samenwerkingsafspraken',
    'Wat gaat goed',
    'Knelpunten',
    'Vervolgafspraken',
  ),
  zorgverzekeraar: headings('Aanleiding', 'Besproken', 'Afspraken'),
  zorgkantoor: headings('Aanleiding', 'Besproken', 'Afspraken'),
  werkbezoek: headings('Bezocht', 'Indrukken', 'Vervolg'),
  telefonisch: headings('Besproken', 'Afspraken'),
  anders: '',
};

export const conversationTemplates = z
  .object(
    Object.fromEntries(CONVERSATION_KINDS.map((k) => [k, richText])) as Record<
      ConversationKind,
      typeof richText
    >,
  )
  .strict();
export type ConversationTemplates = z.output<typeof conversationTemplates>;
