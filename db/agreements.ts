import { randomUUID } from 'node:crypto';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { ParsedInput } from '../shared/api/contract';
import { FINANCING_STREAMS, type AgreementPartyRole, type FinancingStream } from '../shared/domain';
import { INITIAL_STATUS } from '../shared/agreementStatus';
import type { Agreement } from '../shared/schemas/agreement';
import { createAgreementActivity } from './agreementActivity';
import {
  AGREEMENT_FIELDS,
  agreementCreationChanges,
  agreementSetNames,
  flatAgreement,
} from './creation';
import { createAuditLog, diff, type Changes, type Writer } from './audit';
import { inTransaction } from './audited';
import { agreementColumns, derivedColumns, toAgreement } from './agreementRow';
import {
  agreement,
  agreementFinancing,
  agreementParty,
  agreementTheme,
  party,
  theme,
} from './schema';
import { params } from './placeholders';
import type { Db } from './sqlite';

export interface AgreementPartyLink {
  partyId: string;
  role: AgreementPartyRole;
}

/**
 * What a create or update writes: the API's parsed input (one definition: the zod schema) without
 * the region, with the description sanitised and its plain text added.
 */
export type AgreementInput = Omit<
  ParsedInput<'agreements.create'>,
  'regionId' | 'fromDecisionId'
> & {
  descriptionText: string;
};

export { AGREEMENT_FIELDS, flatAgreement };

/** The columns a create or update writes (the derived search text included). */
const values = (input: AgreementInput, now: string) => ({
  ...agreementColumns({ ...input, status: INITIAL_STATUS, reviewRequestedOn: null }),
  ...derivedColumns(input),
  updatedAt: now,
});

const sameList = (a: string[], b: string[]) =>
  a.length === b.length && [...a].sort().every((v, i) => v === [...b].sort()[i]);

export function createAgreementRepository(db: Db) {
  const audit = createAuditLog(db);
  const orm = drizzle(db);
  const get = orm
    .select()
    .from(agreement)
    .where(eq(agreement.id, sql.placeholder('id')))
    .prepare();
  const byAgreement = (column: SQLiteColumn) => eq(column, sql.placeholder('id'));
  const themes = orm
    .select({ id: theme.id, name: theme.name, archivedAt: theme.archivedAt })
    .from(agreementTheme)
    .innerJoin(theme, eq(theme.id, agreementTheme.themeId))
    .where(and(byAgreement(agreementTheme.agreementId), isNull(theme.deletedAt)))
    .orderBy(theme.sortOrder, sql`${theme.name} COLLATE NOCASE`)
    .prepare();
  const themeLinks = orm
    .select({ themeId: agreementTheme.themeId })
    .from(agreementTheme)
    .where(byAgreement(agreementTheme.agreementId))
    .prepare();
  // Links to deleted themes and parties stay (they come back with a restore); only live ones are replaced.
  const clearThemes = orm
    .delete(agreementTheme)
    .where(
      and(
        byAgreement(agreementTheme.agreementId),
        inArray(
          agreementTheme.themeId,
          orm.select({ id: theme.id }).from(theme).where(isNull(theme.deletedAt)),
        ),
      ),
    )
    .prepare();
  const addTheme = orm
    .insert(agreementTheme)
    .values(params(agreementTheme, 'agreementId', 'themeId'))
    .onConflictDoNothing()
    .prepare();
  const parties = orm
    .select({ partyId: party.id, name: party.name, type: party.type, role: agreementParty.role })
    .from(agreementParty)
    .innerJoin(party, eq(party.id, agreementParty.partyId))
    .where(and(byAgreement(agreementParty.agreementId), isNull(party.deletedAt)))
    .orderBy(party.sortKey)
    .prepare();
  const partyLinks = orm
    .select({ partyId: agreementParty.partyId })
    .from(agreementParty)
    .where(byAgreement(agreementParty.agreementId))
    .prepare();
  const clearParties = orm
    .delete(agreementParty)
    .where(
      and(
        byAgreement(agreementParty.agreementId),
        inArray(
          agreementParty.partyId,
          orm.select({ id: party.id }).from(party).where(isNull(party.deletedAt)),
        ),
      ),
    )
    .prepare();
  const addParty = orm
    .insert(agreementParty)
    .values(params(agreementParty, 'agreementId', 'partyId', 'role'))
    .onConflictDoUpdate({
      target: [agreementParty.agreementId, agreementParty.partyId],
      set: { role: sql`excluded.role` },
    })
    .prepare();
  const financing = orm
    .select({ stream: agreementFinancing.stream })
    .from(agreementFinancing)
    .where(byAgreement(agreementFinancing.agreementId))
    .prepare();
  const clearFinancing = orm
    .delete(agreementFinancing)
    .where(byAgreement(agreementFinancing.agreementId))
    .prepare();
  const addFinancing = orm
    .insert(agreementFinancing)
    .values(params(agreementFinancing, 'agreementId', 'stream'))
    .prepare();

  const find = (id: string): Agreement | null => {
    const row = get.get({ id });
    return row ? toAgreement(row) : null;
  };

  const streamRank = (stream: FinancingStream) => FINANCING_STREAMS.indexOf(stream);
  const links = {
    /** Live themes (archived ones included), in the werkstructuur's order. */
    themes: (id: string) =>
      themes.all({ id }).map((t) => ({ id: t.id, name: t.name, archived: t.archivedAt !== null })),
    /** Every linked theme id, deleted themes included. */
    themeIds: (id: string) => themeLinks.all({ id }).map((r) => r.themeId),
    /** Live parties with their role. */
    parties: (id: string) => parties.all({ id }),
    /** Every linked party id, deleted parties included. */
    partyIds: (id: string) => partyLinks.all({ id }).map((r) => r.partyId),
    /** Financing streams in the order of the law: Wmo, Zvw, Wlz. */
    financing: (id: string) =>
      financing
        .all({ id })
        .map((r) => r.stream)
        .sort((x, y) => streamRank(x) - streamRank(y)),
  };

  /** The live sets as they are now (theme names in the werkstructuur's order). */
  const currentSets = (id: string) => ({
    themes: links.themes(id).map((t) => t.name),
    parties: links.parties(id),
    financing: links.financing(id),
  });
  /** The sets as the audit log names them: theme names, "party (rol)", financing labels. */
  const setNames = (id: string) => agreementSetNames(currentSets(id));

  const writeSets = (id: string, input: AgreementInput) => {
    clearThemes.run({ id });
    for (const themeId of input.themeIds) addTheme.run({ agreementId: id, themeId });
    clearParties.run({ id });
    for (const p of input.parties) addParty.run({ agreementId: id, ...p });
    clearFinancing.run({ id });
    for (const stream of input.financing) addFinancing.run({ agreementId: id, stream });
  };

  const setChanges = (
    before: ReturnType<typeof setNames> | null,
    after: ReturnType<typeof setNames>,
  ) => {
    const out: Changes = {};
    for (const key of ['themes', 'parties', 'financing'] as const) {
      const from = before?.[key] ?? [];
      if (before ? !sameList(from, after[key]) : after[key].length > 0) {
        out[key] = { from: before ? from : null, to: after[key] };
      }
    }
    return out;
  };

  const activity = createAgreementActivity(db, audit, find);

  return {
    find,
    links,
    ...activity,

    /** A new agreement starts as concept, with its first status change (from nothing). */
    create: inTransaction(
      db,
      (regionId: string, input: AgreementInput, on: string, w: Writer): Agreement => {
        const id = randomUUID();
        orm
          .insert(agreement)
          .values({ ...values(input, w.now), id, regionId, createdAt: w.now })
          .run();
        writeSets(id, input);
        activity.recordStatusChange(
          id,
          { from: null, to: INITIAL_STATUS, on, note: '', reason: '' },
          w,
        );
        const created = find(id)!;
        audit.record(
          'agreement',
          id,
          'create',
          w,
          agreementCreationChanges(flatAgreement(created), currentSets(id)),
        );
        return created;
      },
    ),

    /** Writes the fields and replaces the sets; records only what changed (nothing when nothing did). */
    update: inTransaction(db, (before: Agreement, input: AgreementInput, w: Writer): Agreement => {
      const namesBefore = setNames(before.id);
      // Status and review request are not the form's: they keep their stored values.
      const {
        status: _status,
        reviewRequestedOn: _requested,
        ...own
      } = values(input, before.updatedAt);
      orm.update(agreement).set(own).where(eq(agreement.id, before.id)).run();
      writeSets(before.id, input);
      const after = find(before.id)!;
      const changes = {
        ...diff(flatAgreement(before), flatAgreement(after), AGREEMENT_FIELDS),
        ...setChanges(namesBefore, setNames(before.id)),
      };
      if (Object.keys(changes).length === 0) return before;
      activity.touch(before.id, w.now);
      audit.record('agreement', before.id, 'update', w, changes);
      return find(before.id)!;
    }),

    /** Only the bestuurlijke dekking (a besluit gave it); recorded like an update. */
    setDekking: inTransaction(
      db,
      (before: Agreement, dekking: Agreement['dekking'], w: Writer): Agreement => {
        orm
          .update(agreement)
          .set({ dekkingGranted: dekking.granted, dekkingBy: dekking.by, dekkingOn: dekking.on })
          .where(eq(agreement.id, before.id))
          .run();
        const after = find(before.id)!;
        const changes = diff(flatAgreement(before), flatAgreement(after), AGREEMENT_FIELDS);
        if (Object.keys(changes).length === 0) return before;
        activity.touch(before.id, w.now);
        audit.record('agreement', before.id, 'update', w, changes);
        return find(before.id)!;
      },
    ),

    /** Only the owner (an overdracht); recorded like an update. */
    setOwner: inTransaction(db, (before: Agreement, ownerId: string, w: Writer): Agreement => {
      orm.update(agreement).set({ ownerId }).where(eq(agreement.id, before.id)).run();
      const after = find(before.id)!;
      const changes = diff(flatAgreement(before), flatAgreement(after), AGREEMENT_FIELDS);
      if (Object.keys(changes).length === 0) return before;
      activity.touch(before.id, w.now);
      audit.record('agreement', before.id, 'update', w, changes);
      return find(before.id)!;
    }),
  };
}
export type AgreementRepository = ReturnType<typeof createAgreementRepository>;
