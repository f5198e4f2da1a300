/**
 * The enquête of a gespreksverslag (issue 22, seeds/004 §6.3): stored as data, read back in the
 * questionnaire's order, and every bad entry refused beside its field with nothing changed.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SurveyInput } from '../../shared/schemas/survey';
import { makeApi, type TestApi } from '../fixtures/api';
import { seed } from './agreementsSeed';

let api: TestApi;
let conversationId: string;
beforeEach(async () => {
  api = await makeApi();
  const w = seed(api);
  conversationId = api.call('conversations.create', {
    regionId: w.region.id,
    kind: 'evaluatiegesprek',
    title: 'Evaluatie',
    date: '2026-11-12',
    partyIds: [w.gemeente.id],
  }).id;
});
afterEach(() => api.close());

const valid = {
  respondentType: 'zorgaanbieder',
  scoreStart: 5,
  scoreNow: 7,
  positive: ['vertrouwen', 'persoonlijke_relaties'],
  negative: ['anders'],
  negativeOther: 'Andere besluittermijnen',
  urgency: 'urgent',
  explanation: 'Sinds de wijkteams beter.',
} satisfies SurveyInput;

describe('the enquête', () => {
  it('is stored as data and read back in the questionnaire’s order', () => {
    const d = api.call('conversations.setSurvey', { conversationId, survey: valid });
    expect(d.survey).toEqual({
      ...valid,
      positive: ['persoonlijke_relaties', 'vertrouwen'],
      positiveOther: '',
    });
    expect(api.count('conversation_survey_factor')).toBe(3);
    const history = api.call('history.list', { entity: 'conversation', id: conversationId });
    expect(history.map((h) => h.text).join('\n')).toContain('cijfer bij aanvang 5');
    // Removed with null, factors and all.
    expect(api.call('conversations.setSurvey', { conversationId, survey: null }).survey).toBeNull();
    expect(api.count('conversation_survey_factor')).toBe(0);
    expect(api.call('conversations.list', { regionId: d.regionId }).items[0]!.hasSurvey).toBe(
      false,
    );
  });

  it.each([
    [{ scoreNow: 11 }, 'survey.scoreNow', 'Een rapportcijfer is hoogstens 10'],
    [{ scoreStart: 0 }, 'survey.scoreStart', 'Een rapportcijfer is minstens 1'],
    [
      { scoreNow: 6.5 },
      'survey.scoreNow',
      'Een rapportcijfer is een heel getal van 1 tot en met 10',
    ],
    [
      { positive: ['vertrouwen', 'leiderschap', 'daadkracht', 'betrouwbaarheid'] },
      'survey.positive',
      'Kies hoogstens 3 positieve factoren',
    ],
    [{ negative: ['geld'] }, 'survey.negative[0]', 'Kies een factor uit de lijst van de enquête'],
    [
      { positive: ['vertrouwen', 'vertrouwen'] },
      'survey.positive[1]',
      'Deze factor staat er dubbel in',
    ],
    [
      { negative: ['anders'], negativeOther: '' },
      'survey.negativeOther',
      'Vul in welke andere factor',
    ],
    [
      { positiveOther: 'Geld' },
      'survey.positiveOther',
      'Kies ook ‘Anders’ bij de factoren, of laat dit veld leeg',
    ],
    [{ urgency: 'heel' }, 'survey.urgency', 'Kies een waarde van de schaal'],
    [
      { respondentType: 'burger' },
      'survey.respondentType',
      'Kies bij wat voor organisatie de invuller werkt',
    ],
  ])('refuses %j beside the field, changing nothing', (bad, path, message) => {
    api.call('conversations.setSurvey', { conversationId, survey: valid });
    const before = api.call('conversations.get', { id: conversationId }).survey;
    const error = api.fail('conversations.setSurvey', {
      conversationId,
      survey: { ...valid, ...bad },
    });
    expect(error.code).toBe('invalid_input');
    expect(error.issues).toContainEqual({ path, message });
    expect(api.call('conversations.get', { id: conversationId }).survey).toEqual(before);
  });
});
