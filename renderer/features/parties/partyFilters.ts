import { create } from 'zustand';
import type { MembershipRole, PartyType } from '../../../shared/domain';
import type { PARTY_SORTS } from '../../../shared/schemas/party';

export interface PartyFilters {
  scope: 'region' | 'all';
  search: string;
  types: PartyType[];
  roles: MembershipRole[];
  sort: (typeof PARTY_SORTS)[number];
  includeEnded: boolean;
}

/** UI state of the party list: kept while the user navigates to a party and back. */
export const usePartyFilters = create<PartyFilters & { update: (patch: Partial<PartyFilters>) => void }>(
  (set) => ({
    scope: 'region',
    search: '',
    types: [],
    roles: [],
    sort: 'name',
    includeEnded: false,
    update: (patch) => set(patch),
  }),
);
