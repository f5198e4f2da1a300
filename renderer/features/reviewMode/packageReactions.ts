/**
 * What the reviewer has marked in review mode, kept in the window's own storage (localStorage)
 * on every change, so nothing is lost when the laptop closes; and the response file built from
 * it as shared/review/formats.ts's `reviewResponse` requires (the standalone page builds the same,
 * electron/review/reviewPageSave.ts).
 */
import { todayIso } from '../../../shared/dates';
import type { ReviewVerdict } from '../../../shared/domain';
import { z } from '../../../shared/zod';
import { isoDate } from '../../../shared/schemas/common';
import { reviewVerdict } from '../../../shared/schemas/agreement';
import { hasControlCharacter } from '../../../shared/textRules';
import {
  REVIEW_FORMAT_VERSION,
  REVIEW_RESPONSE_FORMAT,
  type ReviewPackage,
  type ReviewResponse,
} from '../../../shared/review/formats';

/** The longest remark a response holds (reviewVerdictEntry). */
export const REMARK_MAX = 5000;

export interface Reaction {
  verdict: ReviewVerdict | null;
  remark: string;
  /** The day the verdict was given (yyyy-mm-dd): the reviewer's own calendar day. */
  on: string | null;
}

export interface Reactions {
  agreements: Record<string, Reaction>;
  generalRemark: string;
  /** The last response file saved: its name and when. */
  savedAs: { name: string; at: string } | null;
}

/** The window's storage as used here (localStorage; the tests give their own). */
export interface ReactionStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** Per package; not the standalone page's key, which lives in the browser, not here. */
export const reactionsKey = (packageId: string) => `regiodossier:reacties:${packageId}`;

/** What storage holds is read as untrusted input: anything unexpected is left out. */
const stored = z.object({
  generalRemark: z.string().max(REMARK_MAX).catch(''),
  savedAs: z.object({ name: z.string(), at: z.string() }).nullable().catch(null),
  agreements: z
    .record(
      z.string(),
      z.object({
        hash: z.string(),
        verdict: reviewVerdict.nullable().catch(null),
        remark: z.string().max(REMARK_MAX).catch(''),
        on: isoDate.nullable().catch(null),
      }),
    )
    .catch({}),
});

const empty = (): Reaction => ({ verdict: null, remark: '', on: null });

/** The reactions kept for this package; an agreement whose version changed starts empty. */
export function loadReactions(pkg: ReviewPackage, storage: ReactionStore): Reactions {
  const reactions: Reactions = { agreements: {}, generalRemark: '', savedAs: null };
  for (const a of pkg.agreements) reactions.agreements[a.id] = empty();
  let json: unknown;
  try {
    const raw = storage.getItem(reactionsKey(pkg.packageId));
    json = raw === null ? null : JSON.parse(raw);
  } catch {
    return reactions; // storage switched off, or not JSON: start empty
  }
  const parsed = stored.safeParse(json);
  if (!parsed.success) return reactions;
  reactions.generalRemark = parsed.data.generalRemark;
  reactions.savedAs = parsed.data.savedAs;
  for (const a of pkg.agreements) {
    const kept = parsed.data.agreements[a.id];
    if (kept?.hash === a.hash) {
      reactions.agreements[a.id] = { verdict: kept.verdict, remark: kept.remark, on: kept.on };
    }
  }
  return reactions;
}

/** Keeps the reactions; false when the window's storage refused them (full, or switched off). */
export function storeReactions(
  pkg: ReviewPackage,
  reactions: Reactions,
  storage: ReactionStore,
): boolean {
  const agreements = Object.fromEntries(
    pkg.agreements.map((a) => [a.id, { hash: a.hash, ...reactions.agreements[a.id] }]),
  );
  try {
    storage.setItem(
      reactionsKey(pkg.packageId),
      JSON.stringify({
        generalRemark: reactions.generalRemark,
        savedAs: reactions.savedAs,
        agreements,
      }),
    );
    return true;
  } catch {
    return false;
  }
}

/** Text as a response may hold it: no control characters (line breaks and tabs stay). */
export const cleanText = (text: string) =>
  [...text]
    .filter((c) => !hasControlCharacter(c))
    .join('')
    .slice(0, REMARK_MAX);

/** "Opmerking" chosen, but nothing written yet. */
export const missingRemark = (r: Reaction) =>
  r.verdict === 'opmerking' && cleanText(r.remark).trim() === '';

/** Judged: akkoord, or an opmerking with its text. */
export const judged = (r: Reaction) =>
  r.verdict === 'akkoord' || (r.verdict === 'opmerking' && !missingRemark(r));

/** The response file's content: every judged agreement with the hash of the version shown. */
export function buildResponse(pkg: ReviewPackage, reactions: Reactions, now: Date): ReviewResponse {
  const today = todayIso(now);
  return {
    format: REVIEW_RESPONSE_FORMAT,
    version: REVIEW_FORMAT_VERSION,
    packageId: pkg.packageId,
    reviewer: { id: pkg.reviewer.id, name: pkg.reviewer.name },
    savedAt: now.toISOString(),
    generalRemark: cleanText(reactions.generalRemark),
    verdicts: pkg.agreements.flatMap((a) => {
      const r = reactions.agreements[a.id]!;
      if (!judged(r) || !r.verdict) return [];
      return [
        {
          agreementId: a.id,
          hash: a.hash,
          verdict: r.verdict,
          remark: cleanText(r.remark),
          on: r.on ?? today,
        },
      ];
    }),
  };
}
