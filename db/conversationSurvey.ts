/**
 * The enquête of a gespreksverslag as rows (shared/schemas/survey.ts): one conversation_survey row
 * and one conversation_survey_factor row per named factor, so the samenwerkingsmonitor counts
 * factors and averages rapportcijfers in SQL.
 */
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import {
  PARTY_TYPE_LABELS,
  SURVEY_FACTOR_LABELS,
  SURVEY_FACTORS,
  URGENCY_LABELS,
  type SurveyEffect,
  type SurveyFactor,
} from '../shared/domain';
import type { Survey } from '../shared/schemas/survey';
import { param, params } from './placeholders';
import { prepareRun, prepareSelect } from './preparedSql';
import { conversationSurvey, conversationSurveyFactor } from './schema';
import type { Db } from './sqlite';

const order = (f: SurveyFactor) => SURVEY_FACTORS.indexOf(f);

export function createSurveyStore(db: Db) {
  const orm = drizzle(db);
  const s = conversationSurvey;
  const f = conversationSurveyFactor;
  const row = prepareSelect(
    db,
    {
      respondentType: s.respondentType,
      scoreStart: s.scoreStart,
      scoreNow: s.scoreNow,
      urgency: s.urgency,
      positiveOther: s.positiveOther,
      negativeOther: s.negativeOther,
      explanation: s.explanation,
    },
    sql`FROM ${s} WHERE ${s.conversationId} = ${param('id')}`,
  );
  const factorsOf = prepareSelect(
    db,
    { effect: f.effect, factor: f.factor },
    sql`FROM ${f} WHERE ${f.conversationId} = ${param('id')}`,
  );
  const remove = prepareRun(db, sql`DELETE FROM ${s} WHERE ${s.conversationId} = ${param('id')}`);
  const insert = orm
    .insert(s)
    .values(
      params(
        s,
        'conversationId',
        'respondentType',
        'scoreStart',
        'scoreNow',
        'urgency',
        'positiveOther',
        'negativeOther',
        'explanation',
      ),
    )
    .prepare();
  const insertFactor = orm
    .insert(f)
    .values(params(f, 'conversationId', 'effect', 'factor'))
    .prepare();

  const get = (id: string): Survey | null => {
    const r = row.get({ id });
    if (!r) return null;
    const named = (effect: SurveyEffect) =>
      factorsOf
        .all({ id })
        .filter((x) => x.effect === effect)
        .map((x) => x.factor)
        .sort((a, b) => order(a) - order(b));
    return { ...r, positive: named('positief'), negative: named('negatief') };
  };

  return {
    get,
    /** Replaces the enquête (null removes it); the factors go with it (ON DELETE CASCADE). */
    set(conversationId: string, survey: Survey | null): void {
      remove.run({ id: conversationId });
      if (!survey) return;
      const { positive, negative, ...rest } = survey;
      insert.run({ conversationId, ...rest });
      for (const factor of positive)
        insertFactor.run({ conversationId, effect: 'positief', factor });
      for (const factor of negative)
        insertFactor.run({ conversationId, effect: 'negatief', factor });
    },
  };
}

/** How the history names an enquête: "Gemeente; cijfer bij aanvang 6, nu 8; positief: …". */
export function surveyPhrase(survey: Survey | null): string {
  if (!survey) return '';
  const factors = (list: SurveyFactor[], other: string) =>
    list.map((f) => (f === 'anders' ? `anders (${other})` : SURVEY_FACTOR_LABELS[f])).join(', ');
  return [
    `ingevuld door ${PARTY_TYPE_LABELS[survey.respondentType].toLocaleLowerCase('nl')}`,
    survey.scoreStart !== null ? `cijfer bij aanvang ${survey.scoreStart}` : '',
    survey.scoreNow !== null ? `cijfer nu ${survey.scoreNow}` : '',
    survey.positive.length ? `positief: ${factors(survey.positive, survey.positiveOther)}` : '',
    survey.negative.length ? `negatief: ${factors(survey.negative, survey.negativeOther)}` : '',
    survey.urgency ? `urgentie: ${URGENCY_LABELS[survey.urgency].toLocaleLowerCase('nl')}` : '',
  ]
    .filter(Boolean)
    .join('; ');
}
