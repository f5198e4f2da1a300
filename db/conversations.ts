import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import type {
  Conversation,
  ConversationDetail,
  ParticipantInput,
} from '../shared/schemas/conversation';
import { createAuditLog, type Writer } from './audit';
import { createAuditedWrites, inTransaction } from './audited';
import { creationChanges } from './creation';
import {
  CONVERSATION_FIELDS,
  conversationSearchText,
  conversationValues,
  toConversation,
  type ConversationValues,
} from './conversationRow';
import { createSurveyStore, surveyPhrase } from './conversationSurvey';
import type { Survey } from '../shared/schemas/survey';
import { param, params } from './placeholders';
import { prepareRun, prepareSelect } from './preparedSql';
import {
  agreement,
  contact,
  conversation,
  conversationAgreement,
  conversationParticipant,
  conversationParty,
  conversationTheme,
  party,
  theme,
} from './schema';
import type { Db } from './sqlite';
import { prepareRowById, whereId } from './rowById';

export { CONVERSATION_FIELDS } from './conversationRow';

/** The sets a verslag links: parties, themes, agreements (by id) and its deelnemers. */
export interface ConversationSets {
  partyIds: readonly string[];
  themeIds: readonly string[];
  agreementIds: readonly string[];
  participants: readonly ParticipantInput[];
}

type LinkTable = typeof conversationParty;

/** Gespreksverslagen: the record, its linked sets and the autosave of its text. */
export function createConversationRepository(db: Db) {
  const orm = drizzle(db);
  const audit = createAuditLog(db);
  const get = prepareRowById(orm, conversation);
  const insert = orm
    .insert(conversation)
    .values({
      ...params(
        conversation,
        'id',
        'regionId',
        ...CONVERSATION_FIELDS,
        'reportHtml',
        'reportText',
        'searchText',
      ),
      reportRevision: 0,
      createdAt: param('now'),
      updatedAt: param('now'),
    })
    .prepare();
  const update = orm
    .update(conversation)
    .set({
      ...params(conversation, ...CONVERSATION_FIELDS, 'searchText'),
      updatedAt: param('now'),
    })
    .where(whereId(conversation))
    .prepare();
  const touch = orm
    .update(conversation)
    .set({ updatedAt: param('now') })
    .where(whereId(conversation))
    .prepare();
  const saveReport = orm
    .update(conversation)
    .set({
      ...params(conversation, 'reportHtml', 'reportText', 'searchText'),
      reportRevision: sql`${conversation.reportRevision} + 1`,
      updatedAt: param('now'),
    })
    .where(whereId(conversation))
    .prepare();

  const link = (table: LinkTable) => ({
    clear: prepareRun(
      db,
      sql`DELETE FROM ${table} WHERE ${table.conversationId} = ${param('conversationId')}`,
    ),
    add: orm
      .insert(table)
      .values(params(table, 'conversationId', 'otherId'))
      .prepare(),
  });
  const links = {
    partyIds: link(conversationParty),
    themeIds: link(conversationTheme),
    agreementIds: link(conversationAgreement),
  };

  const partiesOf = prepareSelect(
    db,
    { id: party.id, name: party.name, type: party.type },
    sql`FROM ${conversationParty} JOIN ${party} ON ${party.id} = ${conversationParty.otherId}
      WHERE ${conversationParty.conversationId} = ${param('id')} ORDER BY ${party.name}`,
  );
  const themesOf = prepareSelect(
    db,
    { id: theme.id, name: theme.name },
    sql`FROM ${conversationTheme} JOIN ${theme} ON ${theme.id} = ${conversationTheme.otherId}
      WHERE ${conversationTheme.conversationId} = ${param('id')} ORDER BY ${theme.name}`,
  );
  const agreementsOf = prepareSelect(
    db,
    { id: agreement.id, title: agreement.title },
    sql`FROM ${conversationAgreement}
      JOIN ${agreement} ON ${agreement.id} = ${conversationAgreement.otherId}
      WHERE ${conversationAgreement.conversationId} = ${param('id')}
        AND ${agreement.deletedAt} IS NULL
      ORDER BY ${agreement.title}`,
  );
  const p = conversationParticipant;
  const participantsOf = prepareSelect(
    db,
    {
      id: p.id,
      contactId: p.contactId,
      name: sql<string>`coalesce(${contact.name}, ${p.guestName})`,
      partyName: sql<string | null>`(SELECT ${party.name} FROM ${party}
        WHERE ${party.id} = ${contact.partyId})`,
    },
    sql`FROM ${p} LEFT JOIN ${contact} ON ${contact.id} = ${p.contactId}
      WHERE ${p.conversationId} = ${param('id')} ORDER BY ${p.position}`,
  );
  const clearParticipants = prepareRun(
    db,
    sql`DELETE FROM ${p} WHERE ${p.conversationId} = ${param('conversationId')}`,
  );
  const insertParticipant = orm
    .insert(p)
    .values(params(p, 'id', 'conversationId', 'position', 'contactId', 'guestName'))
    .prepare();

  const survey = createSurveyStore(db);

  const find = (id: string): Conversation | null => {
    const row = get.get({ id });
    return row ? toConversation(row) : null;
  };
  const writes = createAuditedWrites(db, 'conversation', find, CONVERSATION_FIELDS);

  /** The sets as the history names them: "Gemeente Zeist, Zilveren Kruis". */
  const setSummary = (id: string) => ({
    parties: partiesOf
      .all({ id })
      .map((r) => r.name)
      .join(', '),
    themes: themesOf
      .all({ id })
      .map((r) => r.name)
      .join(', '),
    agreements: agreementsOf
      .all({ id })
      .map((r) => r.title)
      .join(', '),
    participants: participantsOf
      .all({ id })
      .map((r) => r.name)
      .join(', '),
  });

  const writeSets = (conversationId: string, sets: ConversationSets) => {
    for (const key of ['partyIds', 'themeIds', 'agreementIds'] as const) {
      links[key].clear.run({ conversationId });
      for (const otherId of sets[key]) links[key].add.run({ conversationId, otherId });
    }
    clearParticipants.run({ conversationId });
    sets.participants.forEach((pt, position) =>
      insertParticipant.run({
        id: randomUUID(),
        conversationId,
        position,
        contactId: pt.contactId,
        guestName: pt.contactId === null ? pt.guestName : '',
      }),
    );
  };

  /** Records the sets that changed, as names; touches the verslag when any did. */
  const auditSets = (id: string, from: ReturnType<typeof setSummary>, w: Writer) => {
    const to = setSummary(id);
    const changes = Object.fromEntries(
      (Object.keys(to) as (keyof typeof to)[])
        .filter((key) => from[key] !== to[key])
        .map((key) => [key, { from: from[key], to: to[key] }]),
    );
    if (Object.keys(changes).length === 0) return false;
    touch.run({ id, now: w.now });
    audit.record('conversation', id, 'update', w, changes);
    return true;
  };

  /** One creation entry: the own fields, then the sets by name (the import writes the same). */
  const creationOf = (c: Conversation) => {
    const named = Object.entries(setSummary(c.id)).filter(([, v]) => v !== '');
    return {
      ...creationChanges(c, CONVERSATION_FIELDS),
      ...Object.fromEntries(named.map(([k, v]) => [k, { from: null, to: v }])),
    };
  };

  return {
    find,
    creationOf,
    detailParts: (id: string): Omit<ConversationDetail, keyof Conversation | 'actions'> => ({
      parties: partiesOf.all({ id }),
      participants: participantsOf.all({ id }),
      themes: themesOf.all({ id }),
      agreements: agreementsOf.all({ id }),
      survey: survey.get(id),
    }),
    setSummary,
    create: inTransaction(
      db,
      (
        regionId: string,
        values: ConversationValues,
        report: { html: string; text: string },
        sets: ConversationSets,
        w: Writer,
      ): Conversation => {
        const id = randomUUID();
        insert.run({
          id,
          regionId,
          ...values,
          confidential: Number(values.confidential),
          reportHtml: report.html,
          reportText: report.text,
          searchText: conversationSearchText(values.title, report.text),
          now: w.now,
        });
        writeSets(id, sets);
        const created = find(id)!;
        audit.record('conversation', id, 'create', w, creationOf(created));
        return created;
      },
    ),
    /** Writes the own fields in `next` and, when given, the sets; audits what changed. */
    update: inTransaction(
      db,
      (
        before: Conversation,
        next: Partial<ConversationValues>,
        sets: ConversationSets | null,
        w: Writer,
      ): Conversation => {
        const values: ConversationValues = { ...conversationValues(before), ...next };
        const from = setSummary(before.id);
        writes.update(before, values, w, () =>
          update.run({
            id: before.id,
            ...values,
            confidential: Number(values.confidential),
            searchText: conversationSearchText(values.title, reportTextOf(before.id)),
            now: w.now,
          }),
        );
        if (sets) {
          writeSets(before.id, sets);
          auditSets(before.id, from, w);
        }
        return find(before.id)!;
      },
    ),
    /** The autosave: answers the new revision (unchanged text: the same revision). */
    saveReport: inTransaction(
      db,
      (c: Conversation, html: string, text: string, now: string): number => {
        if (c.reportHtml === html) return c.reportRevision;
        saveReport.run({
          id: c.id,
          reportHtml: html,
          reportText: text,
          searchText: conversationSearchText(c.title, text),
          now,
        });
        return c.reportRevision + 1;
      },
    ),
    survey,
    /** Replaces (null: removes) the enquête; the history names it in a phrase. */
    setSurvey: inTransaction(db, (c: Conversation, next: Survey | null, w: Writer): void => {
      const from = surveyPhrase(survey.get(c.id));
      survey.set(c.id, next);
      const to = surveyPhrase(survey.get(c.id));
      if (from === to && JSON.stringify(survey.get(c.id)) === JSON.stringify(next)) return;
      touch.run({ id: c.id, now: w.now });
      audit.record('conversation', c.id, 'update', w, { survey: { from, to } });
    }),
  };

  function reportTextOf(id: string): string {
    return get.get({ id })?.reportText ?? '';
  }
}
export type ConversationRepository = ReturnType<typeof createConversationRepository>;
