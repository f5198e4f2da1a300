/** The exchange document with every collection empty: the start of the demo and the generator. */
import { EXCHANGE_COLLECTIONS, type ExchangeCollection } from '../recordKinds';
import type { ExchangeDocument } from './schema';

export type ExchangeCollections = Pick<ExchangeDocument, ExchangeCollection>;

export function emptyCollections(): ExchangeCollections {
  const empty = {} as Record<ExchangeCollection, unknown[]>;
  for (const c of EXCHANGE_COLLECTIONS) empty[c] = [];
  return empty as ExchangeCollections;
}
