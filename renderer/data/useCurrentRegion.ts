import { useCallback } from 'react';
import { useMutation, useQuery } from './data';

/** The region the user works in (most users have one), and a way to switch. */
export function useCurrentRegion() {
  const settings = useQuery('settings.get', {});
  const regions = useQuery('regions.list', {});
  const mutate = useMutation();
  const regionId = settings.data?.currentRegionId ?? null;
  const region = regions.data?.find((r) => r.id === regionId) ?? null;
  const select = useCallback(
    (id: string) => mutate('settings.update', { currentRegionId: id }),
    [mutate],
  );
  return {
    region,
    regionId,
    regions: regions.data ?? [],
    loading: settings.loading || regions.loading,
    error: settings.error ?? regions.error,
    select,
  };
}
