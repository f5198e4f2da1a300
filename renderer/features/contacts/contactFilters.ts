import { createFilterStore } from '../../components/listScreen';

export interface ContactFilters {
  /** 'region' = people of parties in the current region (or with a role there); 'all' = everyone. */
  scope: 'region' | 'all';
  search: string;
  activeOnly: boolean;
}

/** UI state of the people list: kept while the user navigates to a person and back. */
export const useContactFilters = createFilterStore<ContactFilters>(
  { scope: 'region', search: '', activeOnly: false },
  ['scope'],
);
