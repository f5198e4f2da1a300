import { describe, expect, it } from 'vitest';
import { ENTITIES } from './domain';
import { emptyCollections } from './exchange/empty';
import { exchangeDocument } from './exchange/schema';
import {
  EXCHANGE_COLLECTIONS,
  KIND_OF_COLLECTION,
  RECORD_KINDS,
  countedNouns,
} from './recordKinds';

const HEADER = ['format', 'version', 'exportedAt', 'regionId'];

describe('the registry of record kinds', () => {
  it('names exactly the exchange document’s collections, in its order', () => {
    const keys = Object.keys(exchangeDocument.shape).filter((k) => !HEADER.includes(k));
    expect(keys).toEqual(EXCHANGE_COLLECTIONS);
  });

  it('marks as optional exactly the collections an older file may leave out', () => {
    const minimal = {
      format: 'regiodossier',
      version: 1,
      exportedAt: '2026-01-05T09:00:00.000Z',
      regionId: null,
      ...Object.fromEntries(
        EXCHANGE_COLLECTIONS.filter((c) => !('optional' in KIND_OF_COLLECTION[c])).map((c) => [
          c,
          [],
        ]),
      ),
    };
    expect(exchangeDocument.safeParse(minimal).success).toBe(true);
    for (const c of EXCHANGE_COLLECTIONS.filter((c) => !('optional' in KIND_OF_COLLECTION[c]))) {
      const { [c]: _left, ...without } = minimal as Record<string, unknown>;
      expect(exchangeDocument.safeParse(without).success, c).toBe(false);
    }
  });

  it('gives the empty document every collection, and it is valid', () => {
    const doc = {
      format: 'regiodossier',
      version: 1,
      exportedAt: '2026-01-05T09:00:00.000Z',
      regionId: null,
      ...emptyCollections(),
    };
    expect(Object.keys(emptyCollections())).toEqual(EXCHANGE_COLLECTIONS);
    expect(exchangeDocument.parse(doc)).toEqual(doc);
  });

  it('has unique kinds, collections and tables, and every entity in ENTITIES', () => {
    const unique = (list: readonly unknown[]) => new Set(list).size === list.length;
    expect(unique(RECORD_KINDS.map((k) => k.kind))).toBe(true);
    expect(unique(EXCHANGE_COLLECTIONS)).toBe(true);
    expect(unique(RECORD_KINDS.map((k) => k.table))).toBe(true);
    expect(ENTITIES).toEqual(RECORD_KINDS.filter((k) => 'entity' in k).map((k) => k.kind));
  });

  it('counts every collection in Dutch, one and many', () => {
    const counts = Object.fromEntries(EXCHANGE_COLLECTIONS.map((c) => [c, 2]));
    expect(countedNouns(counts)).toHaveLength(EXCHANGE_COLLECTIONS.length);
    expect(countedNouns({ agreementStatusChanges: 1, regions: 3, themesMatched: 4 })).toEqual([
      '3 regio’s',
      '1 statuswijziging',
    ]);
  });
});
