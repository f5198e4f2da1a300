/**
 * The content hash of an agreement in a review package (docs/review-package.md, "The hash"):
 * SHA-256 of the snapshot without its `hash`, written as canonical JSON (object keys sorted,
 * recursively; arrays in their order; no spaces). The coordinator's side stores it with the
 * package; a response names the hash of the version reviewed; a package whose snapshot no
 * longer matches its hash has been changed after it was made.
 */
import { createHash } from 'node:crypto';
import type {
  AgreementSnapshot,
  AgreementSnapshotContent,
  ReviewPackage,
} from '../../shared/review/formats';

/** JSON with every object's keys sorted (by UTF-16 code unit) and no whitespace. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v ?? null)).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    const members = Object.keys(record)
      .filter((key) => record[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`);
    return `{${members.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** SHA-256 (lowercase hex) of the snapshot's canonical JSON, its `hash` left out. */
export function agreementSnapshotHash(snapshot: AgreementSnapshotContent): string {
  const { hash: _hash, ...content } = snapshot as AgreementSnapshotContent & { hash?: unknown };
  return createHash('sha256').update(canonicalJson(content), 'utf8').digest('hex');
}

/** The snapshot with its hash, `hash` right after `id` (as the package shows it). */
export function sealSnapshot(content: AgreementSnapshotContent): AgreementSnapshot {
  const { id, ...rest } = content;
  return { id, hash: agreementSnapshotHash(content), ...rest };
}

/** The ids of the agreements whose hash does not match their snapshot: a tampered package. */
export function verifyPackageHashes(pkg: Pick<ReviewPackage, 'agreements'>): string[] {
  return pkg.agreements.filter((a) => agreementSnapshotHash(a) !== a.hash).map((a) => a.id);
}
