import { describe, expect, it } from 'vitest';
import { reviewResponse } from '../../../shared/review/formats';
import { sealSnapshot } from '../../../electron/review/hash';
import {
  buildResponse,
  judged,
  loadReactions,
  reactionsKey,
  storeReactions,
  type ReactionStore,
} from '../../../renderer/features/reviewMode/packageReactions';
import { reviewPackageFixture, snapshotContent } from '../../fixtures/reviewPackage';

/** The window's storage, in memory; `full` refuses every write as a full quota does. */
function memoryStorage(full = false): ReactionStore {
  const items = new Map<string, string>();
  return {
    getItem: (k) => items.get(k) ?? null,
    setItem: (k, v) => {
      if (full) throw new Error('QuotaExceededError');
      items.set(k, String(v));
    },
  };
}

describe('review mode reactions', () => {
  const pkg = reviewPackageFixture(3);
  const [a1, a2, a3] = pkg.agreements.map((a) => a.id) as [string, string, string];

  it('keeps what was marked, per package, and reads it back whole', () => {
    const storage = memoryStorage();
    const reactions = loadReactions(pkg, storage);
    expect(Object.values(reactions.agreements).every((r) => r.verdict === null)).toBe(true);
    reactions.agreements[a1] = { verdict: 'akkoord', remark: '', on: '2026-12-04' };
    reactions.agreements[a2] = { verdict: 'opmerking', remark: 'Kosten erbij.', on: '2026-12-05' };
    reactions.generalRemark = 'Goed werk.';
    expect(storeReactions(pkg, reactions, storage)).toBe(true);
    expect(loadReactions(pkg, storage)).toEqual(reactions);
    expect(
      loadReactions(reviewPackageFixture(3, { packageId: snapshotContent(77).id }), storage)
        .generalRemark,
    ).toBe('');
  });

  it('starts an agreement empty when its version in the package differs from the one marked', () => {
    const storage = memoryStorage();
    const reactions = loadReactions(pkg, storage);
    reactions.agreements[a1] = { verdict: 'akkoord', remark: '', on: '2026-12-04' };
    reactions.agreements[a3] = { verdict: 'akkoord', remark: '', on: '2026-12-04' };
    storeReactions(pkg, reactions, storage);
    const changed = {
      ...pkg,
      agreements: [
        sealSnapshot(snapshotContent(1, { title: 'Nieuwe titel' })),
        ...pkg.agreements.slice(1),
      ],
    };
    const read = loadReactions(changed, storage);
    expect(read.agreements[a1]!.verdict).toBeNull();
    expect(read.agreements[a3]!.verdict).toBe('akkoord');
  });

  it('reads damaged or hostile storage as nothing marked, and says when storage refuses', () => {
    const storage = memoryStorage();
    for (const raw of ['{niet json', '[]', '{"agreements":{"x":{"verdict":"ja"}}}', 'null']) {
      storage.setItem(reactionsKey(pkg.packageId), raw);
      const read = loadReactions(pkg, storage);
      expect(Object.values(read.agreements).filter(judged)).toHaveLength(0);
    }
    storage.setItem(
      reactionsKey(pkg.packageId),
      JSON.stringify({
        generalRemark: 42,
        agreements: {
          [a1]: { hash: pkg.agreements[0]!.hash, verdict: 'ja', remark: 'x', on: 'morgen' },
        },
      }),
    );
    const read = loadReactions(pkg, storage);
    expect(read.generalRemark).toBe('');
    expect(read.agreements[a1]).toEqual({ verdict: null, remark: 'x', on: null });
    expect(storeReactions(pkg, read, memoryStorage(true))).toBe(false);
  });

  it('builds a response the format accepts: judged agreements only, control characters out', () => {
    const reactions = loadReactions(pkg, memoryStorage());
    reactions.agreements[a1] = { verdict: 'akkoord', remark: '', on: null };
    reactions.agreements[a2] = {
      verdict: 'opmerking',
      remark: 'Kosten\u202e erbij.\u0007',
      on: '2026-12-03',
    };
    reactions.agreements[a3] = { verdict: 'opmerking', remark: '   ', on: '2026-12-03' };
    reactions.generalRemark = 'Tot \u001b[31mziens';
    const response = buildResponse(pkg, reactions, new Date('2026-12-04T23:30:00Z'));
    expect(reviewResponse.safeParse(response).success).toBe(true);
    expect(response.generalRemark).toBe('Tot [31mziens');
    expect(response.verdicts).toEqual([
      // No date kept: the day in the Netherlands when it was saved.
      {
        agreementId: a1,
        hash: pkg.agreements[0]!.hash,
        verdict: 'akkoord',
        remark: '',
        on: '2026-12-05',
      },
      {
        agreementId: a2,
        hash: pkg.agreements[1]!.hash,
        verdict: 'opmerking',
        remark: 'Kosten erbij.',
        on: '2026-12-03',
      },
    ]);
  });
});
