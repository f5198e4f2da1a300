import { create } from 'zustand';

export interface ContactFilters {
  /** 'region' = people of parties in the current region (or with a role there); 'all' = everyone. */
  scope: 'region' | 'all';
  search: string;
  activeOnly: boolean;
}

/** UI state of the people list: kept while the user navigates to a person and back. */
export const useContactFilters = create<
  ContactFilters & { update: (patch: Partial<ContactFilters>) => void }
>((set) => ({
  scope: 'region',
  search: '',
  activeOnly: false,
  update: (patch) => set(patch),
}));
