/**
 * Test data for the agreement queries: agreement rows and their links inserted with plain SQL into
 * the real schema (region, parties, people and themes come from the API). Lets the read side be
 * tested on states that take many steps to reach through the write API (stale, reviewed, deleted).
 */
import { randomUUID } from 'node:crypto';
import type { Input, Output } from '../../shared/api/contract';
import type { AgreementPartyRole, AgreementStatus, FinancingStream } from '../../shared/domain';
import { derivedColumns } from '../../db/agreementRow';
import type { TestApi } from '../fixtures/api';

export interface AgreementSeed {
  regionId: string;
  title: string;
  description?: string;
  status?: AgreementStatus;
  themeIds?: string[];
  parties?: [string, AgreementPartyRole][];
  ownerId?: string | null;
  financing?: FinancingStream[];
  adoptedOn?: string | null;
  startDate?: string | null;
  endDate?: string | null;
  nextEvaluation?: string | null;
  dekking?: { by: string; on: string | null } | null;
  confidential?: boolean;
  reviewRequestedOn?: string | null;
  /** Status changes to 'vastgesteld' on these dates. */
  vastgesteldOn?: string[];
  progress?: { on: string; deleted?: boolean }[];
  reviews?: { on: string; verdict: 'akkoord' | 'opmerking'; createdAt?: string }[];
  createdAt?: string;
  updatedAt?: string;
  deleted?: boolean;
}

export function insertAgreement(api: TestApi, s: AgreementSeed): string {
  const db = api.ctx.repos.db;
  const id = randomUUID();
  const created = s.createdAt ?? '2026-01-05T09:00:00.000Z';
  const description = s.description ?? '';
  db.prepare(
    `INSERT INTO agreement (id, region_id, title, description_html, description_text, status,
       owner_id, adopted_on, start_date, end_date, next_evaluation, dekking_granted, dekking_by,
       dekking_on, confidential, review_requested_on, search_text, sort_key, created_at,
       updated_at, deleted_at)
     VALUES (@id, @regionId, @title, @html, @text, @status, @ownerId, @adoptedOn, @startDate,
       @endDate, @nextEvaluation, @granted, @by, @on, @confidential, @reviewRequestedOn,
       @searchText, @sortKey, @created, @updated, @deletedAt)`,
  ).run({
    id,
    regionId: s.regionId,
    title: s.title,
    html: description ? `<p>${description}</p>` : '',
    text: description,
    status: s.status ?? 'concept',
    ownerId: s.ownerId ?? null,
    adoptedOn: s.adoptedOn ?? null,
    startDate: s.startDate ?? null,
    endDate: s.endDate ?? null,
    nextEvaluation: s.nextEvaluation ?? null,
    granted: s.dekking ? 1 : 0,
    by: s.dekking?.by ?? '',
    on: s.dekking?.on ?? null,
    confidential: s.confidential ? 1 : 0,
    reviewRequestedOn: s.reviewRequestedOn ?? null,
    ...derivedColumns({ title: s.title, caseNumber: '', descriptionText: description }),
    created,
    updated: s.updatedAt ?? created,
    deletedAt: s.deleted ? '2026-11-01T09:00:00.000Z' : null,
  });
  const theme = db.prepare('INSERT INTO agreement_theme (agreement_id, theme_id) VALUES (?, ?)');
  for (const themeId of s.themeIds ?? []) theme.run(id, themeId);
  const party = db.prepare(
    'INSERT INTO agreement_party (agreement_id, party_id, role) VALUES (?, ?, ?)',
  );
  for (const [partyId, role] of s.parties ?? []) party.run(id, partyId, role);
  const stream = db.prepare('INSERT INTO agreement_financing (agreement_id, stream) VALUES (?, ?)');
  for (const f of s.financing ?? []) stream.run(id, f);
  const change = db.prepare(
    `INSERT INTO agreement_status_change (id, agreement_id, from_status, to_status, on_date, at,
       actor) VALUES (?, ?, 'in_bespreking', 'vastgesteld', ?, ?, 'Test')`,
  );
  for (const on of s.vastgesteldOn ?? []) change.run(randomUUID(), id, on, `${on}T10:00:00.000Z`);
  const progress = db.prepare(
    `INSERT INTO progress_update (id, agreement_id, on_date, text, actor, created_at, updated_at,
       deleted_at) VALUES (?, ?, ?, 'Voortgang', 'Test', ?, ?, ?)`,
  );
  for (const p of s.progress ?? []) {
    const at = `${p.on}T10:00:00.000Z`;
    progress.run(randomUUID(), id, p.on, at, at, p.deleted ? at : null);
  }
  const review = db.prepare(
    `INSERT INTO agreement_review (id, agreement_id, reviewer_name, on_date, verdict, remark,
       created_at) VALUES (?, ?, 'Wethouder Test', ?, ?, ?, ?)`,
  );
  for (const r of s.reviews ?? []) {
    const remark = r.verdict === 'opmerking' ? 'Graag aanvullen' : '';
    review.run(randomUUID(), id, r.on, r.verdict, remark, r.createdAt ?? `${r.on}T10:00:00.000Z`);
  }
  return id;
}

type QueryMethod =
  | 'agreements.list'
  | 'agreements.page'
  | 'agreements.listIds'
  | 'agreements.dashboard'
  | 'agreements.summary'
  | 'agreements.exportCsv'
  | 'themes.list';

/** Calls a query through the dispatcher (input parsed, output checked against the contract). */
export const call = <M extends QueryMethod>(api: TestApi, method: M, input: Input<M>): Output<M> =>
  api.call(method, input);
export const list = (api: TestApi, input: Input<'agreements.list'>) =>
  call(api, 'agreements.list', input);

/** Ids of the listed items, in order. */
export const ids = (api: TestApi, input: Input<'agreements.list'>) =>
  list(api, input).items.map((i) => i.id);
