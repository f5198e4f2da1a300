/** The content hash of a review package's agreement (docs/review-package.md, "The hash"). */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  agreementSnapshotHash,
  canonicalJson,
  sealSnapshot,
  verifyPackageHashes,
} from '../../../electron/review/hash';
import { reviewPackageFixture, snapshotContent } from '../../fixtures/reviewPackage';

describe('canonicalJson', () => {
  it('sorts keys at every depth, keeps array order and writes no spaces', () => {
    expect(canonicalJson({ b: 1, a: [{ d: null, c: 'x' }, 2], é: 'ü\n"' })).toBe(
      '{"a":[{"c":"x","d":null},2],"b":1,"é":"ü\\n\\""}',
    );
    expect(canonicalJson({ a: undefined, b: [undefined] })).toBe('{"b":[null]}');
  });
});

describe('agreementSnapshotHash', () => {
  it('is SHA-256 (hex) of the canonical JSON without the hash, whatever the key order', () => {
    const content = snapshotContent(1);
    const expected = createHash('sha256').update(canonicalJson(content), 'utf8').digest('hex');
    expect(agreementSnapshotHash(content)).toBe(expected);
    expect(expected).toMatch(/^[0-9a-f]{64}$/);
    const reordered = Object.fromEntries(Object.entries(content).reverse()) as typeof content;
    expect(agreementSnapshotHash(reordered)).toBe(expected);
    // The hash itself is left out.
    expect(agreementSnapshotHash(sealSnapshot(content))).toBe(expected);
    expect(Object.keys(sealSnapshot(content)).slice(0, 2)).toEqual(['id', 'hash']);
  });

  it('changes with any field, also deep in a list', () => {
    const base = agreementSnapshotHash(snapshotContent(1));
    const changed = [
      snapshotContent(1, { title: 'Valpreventie 1 ' }),
      snapshotContent(1, { confidential: true }),
      snapshotContent(1, { themes: [] }),
      snapshotContent(1, { progress: [{ on: '2026-11-01', text: 'Eerste groep gestart.' }] }),
      snapshotContent(1, { financing: ['zvw', 'wmo'] }),
    ];
    for (const content of changed) expect(agreementSnapshotHash(content)).not.toBe(base);
  });
});

describe('verifyPackageHashes', () => {
  it('lists the agreements whose snapshot no longer matches its hash', () => {
    const pkg = reviewPackageFixture(3);
    expect(verifyPackageHashes(pkg)).toEqual([]);
    pkg.agreements[1] = { ...pkg.agreements[1]!, status: 'vastgesteld' };
    pkg.agreements[2] = { ...pkg.agreements[2]!, hash: '0'.repeat(64) };
    expect(verifyPackageHashes(pkg)).toEqual([pkg.agreements[1]!.id, pkg.agreements[2]!.id]);
  });
});
