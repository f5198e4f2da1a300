import { countedNouns } from '../../../shared/recordKinds';

/** "1 regio, 18 partijen, …" for the counts of an import, export or generation. */
export function describeCollectionCounts(counts: Record<string, number | undefined>): string {
  return countedNouns(counts).join(', ');
}
