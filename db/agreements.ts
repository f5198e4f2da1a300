import { randomUUID } from 'node:crypto';
import {
  type AgreementPartyRole,
  type AgreementStatus,
  type FinancingStream,
  type PartyType,
} from '../shared/domain';
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
import { bool, searchText, type Db } from './sqlite';

export interface AgreementPartyLink {
  partyId: string;
  role: AgreementPartyRole;
}

/** What a create or update writes; the description arrives sanitised, with its plain text. */
export interface AgreementInput {
  title: string;
  descriptionHtml: string;
  descriptionText: string;
  ownerId: string | null;
  adoptedOn: string | null;
  startDate: string | null;
  endDate: string | null;
  nextEvaluation: string | null;
  dekking: { granted: boolean; by: string; on: string | null };
  confidential: boolean;
  themeIds: string[];
  parties: AgreementPartyLink[];
  financing: FinancingStream[];
}

export { AGREEMENT_FIELDS, flatAgreement };

const toAgreement = (r: Record<string, unknown>): Agreement => ({
  id: r.id as string,
  regionId: r.region_id as string,
  title: r.title as string,
  descriptionHtml: r.description_html as string,
  descriptionText: r.description_text as string,
  status: r.status as AgreementStatus,
  ownerId: (r.owner_id as string | null) ?? null,
  adoptedOn: (r.adopted_on as string | null) ?? null,
  startDate: (r.start_date as string | null) ?? null,
  endDate: (r.end_date as string | null) ?? null,
  nextEvaluation: (r.next_evaluation as string | null) ?? null,
  dekking: {
    granted: bool(r.dekking_granted as number),
    by: r.dekking_by as string,
    on: (r.dekking_on as string | null) ?? null,
  },
  confidential: bool(r.confidential as number),
  reviewRequestedOn: (r.review_requested_on as string | null) ?? null,
  createdAt: r.created_at as string,
  updatedAt: r.updated_at as string,
  deletedAt: (r.deleted_at as string | null) ?? null,
});

const params = (input: AgreementInput, id: string, now: string) => ({
  id,
  title: input.title,
  descriptionHtml: input.descriptionHtml,
  descriptionText: input.descriptionText,
  ownerId: input.ownerId,
  adoptedOn: input.adoptedOn,
  startDate: input.startDate,
  endDate: input.endDate,
  nextEvaluation: input.nextEvaluation,
  dekkingGranted: input.dekking.granted ? 1 : 0,
  dekkingBy: input.dekking.by,
  dekkingOn: input.dekking.on,
  confidential: input.confidential ? 1 : 0,
  searchText: searchText(input.title, input.descriptionText),
  now,
});

const sameList = (a: string[], b: string[]) =>
  a.length === b.length && [...a].sort().every((v, i) => v === [...b].sort()[i]);

export function createAgreementRepository(db: Db) {
  const audit = createAuditLog(db);
  const get = db.prepare('SELECT * FROM agreement WHERE id = ?');
  const insert = db.prepare(
    `INSERT INTO agreement (id, region_id, title, description_html, description_text, status,
       owner_id, adopted_on, start_date, end_date, next_evaluation, dekking_granted, dekking_by,
       dekking_on, confidential, search_text, created_at, updated_at)
     VALUES (@id, @regionId, @title, @descriptionHtml, @descriptionText, @status, @ownerId,
       @adoptedOn, @startDate, @endDate, @nextEvaluation, @dekkingGranted, @dekkingBy, @dekkingOn,
       @confidential, @searchText, @now, @now)`,
  );
  const update = db.prepare(
    `UPDATE agreement SET title = @title, description_html = @descriptionHtml,
       description_text = @descriptionText, owner_id = @ownerId, adopted_on = @adoptedOn,
       start_date = @startDate, end_date = @endDate, next_evaluation = @nextEvaluation,
       dekking_granted = @dekkingGranted, dekking_by = @dekkingBy, dekking_on = @dekkingOn,
       confidential = @confidential, search_text = @searchText, updated_at = @now
     WHERE id = @id`,
  );
  const themes = db.prepare(
    `SELECT t.id, t.name, t.archived_at FROM agreement_theme at JOIN theme t ON t.id = at.theme_id
     WHERE at.agreement_id = ? AND t.deleted_at IS NULL ORDER BY t.sort_order, t.name COLLATE NOCASE`,
  );
  const themeLinks = db.prepare('SELECT theme_id FROM agreement_theme WHERE agreement_id = ?');
  // Links to deleted themes and parties stay (they come back with a restore); only live ones are replaced.
  const clearThemes = db.prepare(
    `DELETE FROM agreement_theme WHERE agreement_id = ?
       AND theme_id IN (SELECT id FROM theme WHERE deleted_at IS NULL)`,
  );
  const addTheme = db.prepare(
    'INSERT OR IGNORE INTO agreement_theme (agreement_id, theme_id) VALUES (?, ?)',
  );
  const parties = db.prepare(
    `SELECT p.id, p.name, p.type, ap.role FROM agreement_party ap JOIN party p ON p.id = ap.party_id
     WHERE ap.agreement_id = ? AND p.deleted_at IS NULL ORDER BY p.sort_key`,
  );
  const partyLinks = db.prepare('SELECT party_id FROM agreement_party WHERE agreement_id = ?');
  const clearParties = db.prepare(
    `DELETE FROM agreement_party WHERE agreement_id = ?
       AND party_id IN (SELECT id FROM party WHERE deleted_at IS NULL)`,
  );
  const addParty = db.prepare(
    `INSERT INTO agreement_party (agreement_id, party_id, role) VALUES (?, ?, ?)
     ON CONFLICT (agreement_id, party_id) DO UPDATE SET role = excluded.role`,
  );
  const financing = db.prepare(
    `SELECT stream FROM agreement_financing WHERE agreement_id = ?
     ORDER BY CASE stream WHEN 'wmo' THEN 0 WHEN 'zvw' THEN 1 ELSE 2 END`,
  );
  const clearFinancing = db.prepare('DELETE FROM agreement_financing WHERE agreement_id = ?');
  const addFinancing = db.prepare(
    'INSERT INTO agreement_financing (agreement_id, stream) VALUES (?, ?)',
  );

  const find = (id: string): Agreement | null => {
    const row = get.get(id) as Record<string, unknown> | undefined;
    return row ? toAgreement(row) : null;
  };

  const links = {
    /** Live themes (archived ones included), in the werkstructuur's order. */
    themes: (id: string) =>
      (themes.all(id) as { id: string; name: string; archived_at: string | null }[]).map((t) => ({
        id: t.id,
        name: t.name,
        archived: t.archived_at !== null,
      })),
    /** Every linked theme id, deleted themes included. */
    themeIds: (id: string) => (themeLinks.all(id) as { theme_id: string }[]).map((r) => r.theme_id),
    /** Live parties with their role. */
    parties: (id: string) =>
      (
        parties.all(id) as { id: string; name: string; type: PartyType; role: AgreementPartyRole }[]
      ).map((p) => ({ partyId: p.id, name: p.name, type: p.type, role: p.role })),
    /** Every linked party id, deleted parties included. */
    partyIds: (id: string) => (partyLinks.all(id) as { party_id: string }[]).map((r) => r.party_id),
    financing: (id: string) =>
      (financing.all(id) as { stream: FinancingStream }[]).map((r) => r.stream),
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
    clearThemes.run(id);
    for (const themeId of input.themeIds) addTheme.run(id, themeId);
    clearParties.run(id);
    for (const p of input.parties) addParty.run(id, p.partyId, p.role);
    clearFinancing.run(id);
    for (const stream of input.financing) addFinancing.run(id, stream);
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
        insert.run({ ...params(input, id, w.now), regionId, status: INITIAL_STATUS });
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
      update.run(params(input, before.id, before.updatedAt));
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
  };
}
export type AgreementRepository = ReturnType<typeof createAgreementRepository>;
