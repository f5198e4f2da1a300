import { useQuery } from '../../data/data';

/**
 * The active people of the region as select options, "Naam (Organisatie)": for chair and
 * minute-taker, invitees and action owners (one cached query for all of them).
 */
export function useRegionPeople(regionId: string) {
  const people = useQuery('contacts.list', { regionId, search: '', includeInactive: false });
  return (people.data ?? []).map((c) => ({
    value: c.id,
    label: c.partyName ? `${c.name} (${c.partyName})` : c.name,
  }));
}
