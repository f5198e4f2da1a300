/**
 * The enquête of a gespreksverslag (issue 22, from the questionnaire in seeds/004 §6.3), stored
 * as data: who answered (the kind of organisation, question 2), a rapportcijfer for the
 * cooperation at the start and now (9, 11), up to three positive and three negative factors from
 * the ten the questionnaire lists, or "anders" with a text (16, 17), the urgency of the theme on
 * its five-point scale (6) and an explanation (10, 12).
 */
import { z } from '../zod';
import { PARTY_TYPES, SURVEY_FACTORS, URGENCIES } from '../domain';
import { id, optionalText } from './common';

export const SURVEY_FACTORS_MAX = 3;

/** A whole rapportcijfer from 1 to 10. */
export const rapportcijfer = z
  .number({ error: 'Vul een rapportcijfer van 1 tot en met 10 in' })
  .int({ error: 'Een rapportcijfer is een heel getal van 1 tot en met 10' })
  .min(1, { error: 'Een rapportcijfer is minstens 1' })
  .max(10, { error: 'Een rapportcijfer is hoogstens 10' });

const factor = z.enum(SURVEY_FACTORS, { error: 'Kies een factor uit de lijst van de enquête' });

const factors = (which: string) =>
  z
    .array(factor)
    .max(SURVEY_FACTORS_MAX, {
      error: `Kies hoogstens ${SURVEY_FACTORS_MAX} ${which} factoren`,
    })
    .superRefine((list, ctx) => {
      const seen = new Set<string>();
      list.forEach((f, i) => {
        if (seen.has(f))
          ctx.addIssue({ code: 'custom', path: [i], message: 'Deze factor staat er dubbel in' });
        seen.add(f);
      });
    })
    .default([]);

const surveyShape = {
  respondentType: z.enum(PARTY_TYPES, { error: 'Kies bij wat voor organisatie de invuller werkt' }),
  scoreStart: rapportcijfer.nullable().default(null),
  scoreNow: rapportcijfer.nullable().default(null),
  positive: factors('positieve'),
  positiveOther: optionalText('Anders (positief)', 300, 'single'),
  negative: factors('negatieve'),
  negativeOther: optionalText('Anders (negatief)', 300, 'single'),
  urgency: z.enum(URGENCIES, { error: 'Kies een waarde van de schaal' }).nullable().default(null),
  explanation: optionalText('Toelichting', 5000),
};

/** "Anders" needs its text, and a text needs "anders". */
function otherNamed(
  s: { positive: string[]; positiveOther: string; negative: string[]; negativeOther: string },
  ctx: z.RefinementCtx,
) {
  for (const [list, other, key] of [
    [s.positive, s.positiveOther, 'positiveOther'],
    [s.negative, s.negativeOther, 'negativeOther'],
  ] as const) {
    if (list.includes('anders') && other === '')
      ctx.addIssue({ code: 'custom', path: [key], message: 'Vul in welke andere factor' });
    if (!list.includes('anders') && other !== '')
      ctx.addIssue({
        code: 'custom',
        path: [key],
        message: 'Kies ook ‘Anders’ bij de factoren, of laat dit veld leeg',
      });
  }
}

export const survey = z.object(surveyShape).strict().superRefine(otherNamed);
export type Survey = z.output<typeof survey>;
export type SurveyInput = z.input<typeof survey>;

/** Sets (or, with null, removes) the enquête of a verslag. */
export const surveySet = z.object({ conversationId: id, survey: survey.nullable() }).strict();
