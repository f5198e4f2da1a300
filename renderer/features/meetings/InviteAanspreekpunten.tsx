import { Button, Group, Select } from '@mantine/core';
import { useRef, useState } from 'react';
import { useMutation, useQuery } from '../../data/data';
import { notifyError, notifySaved } from '../../components/feedback';

/**
 * "Alle aanspreekpunten uitnodigen" and those of one party: every current bestuurlijk and
 * ambtelijk aanspreekpunt of the region's parties (the aanspreekpunten-overzicht), in one call;
 * who is invited already stays as they are. The answer says how many were added.
 */
export function InviteAanspreekpunten(props: { meetingId: string; regionId: string }) {
  const mutate = useMutation();
  const overview = useQuery('roles.overview', { regionId: props.regionId });
  const [partyId, setPartyId] = useState<string | null>(null);
  // One invitation at a time; the buttons stay enabled (and keep the focus) meanwhile.
  const busy = useRef(false);
  const parties = (overview.data?.rows ?? []).map((r) => ({
    value: r.partyId,
    label: r.partyName,
  }));

  const invite = async (party: string | null) => {
    if (busy.current) return;
    busy.current = true;
    try {
      const result = await mutate('meetings.inviteAanspreekpunten', {
        meetingId: props.meetingId,
        partyId: party,
      });
      notifySaved(result.message);
    } catch (error) {
      notifyError(error);
    } finally {
      busy.current = false;
    }
  };

  return (
    <Group align="flex-end" gap="sm" mb="sm">
      <Button variant="default" onClick={() => void invite(null)}>
        Alle aanspreekpunten uitnodigen
      </Button>
      <Select
        label="Aanspreekpunten van één partij"
        placeholder="Kies een partij"
        data={parties}
        value={partyId}
        onChange={setPartyId}
        searchable
        nothingFoundMessage="Geen partij gevonden"
        w={300}
      />
      <Button variant="default" disabled={!partyId} onClick={() => void invite(partyId)}>
        Partij uitnodigen
      </Button>
    </Group>
  );
}
