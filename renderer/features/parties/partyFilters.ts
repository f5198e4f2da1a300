import type { MembershipRole, PartyType } from '../../../shared/domain';
import type { PARTY_SORTS } from '../../../shared/schemas/party';
import { createFilterStore } from '../../components/listScreen';

export interface PartyFilters {
  scope: 'region' | 'all';
  search: string;
  types: PartyType[];
  roles: MembershipRole[];
  sort: (typeof PARTY_SORTS)[number];
  includeEnded: boolean;
}

/** UI state of the party list: kept while the user navigates to a party and back. */
export const usePartyFilters = createFilterStore<PartyFilters>(
  { scope: 'region', search: '', types: [], roles: [], sort: 'name', includeEnded: false },
  ['scope', 'sort'],
);
