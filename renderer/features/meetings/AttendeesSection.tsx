import {
  ActionIcon,
  Button,
  Group,
  SegmentedControl,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { ATTENDANCE_LABELS, type Attendance } from '../../../shared/domain';
import {
  guestAttendee,
  type AttendeeInput,
  type MeetingDetail,
} from '../../../shared/schemas/meeting';
import { useMutation } from '../../data/data';
import { LazySelect } from '../../components/LazySelect';
import { useRegionPeople } from './useRegionPeople';
import { notifyError } from '../../components/feedback';
import { ATTENDANCE_OPTIONS } from './meetingOptions';
import { InviteAanspreekpunten } from './InviteAanspreekpunten';

type Attendee = MeetingDetail['attendees'][number];

const asInput = (a: Attendee): AttendeeInput =>
  a.contactId
    ? { contactId: a.contactId, attendance: a.attendance }
    : {
        guestName: a.name,
        guestEmail: a.email,
        guestOrganisation: a.organisation,
        attendance: a.attendance,
      };

/** Genodigden: people from the register and external guests, with their attendance. */
export function AttendeesSection(props: { meeting: MeetingDetail; readOnly: boolean }) {
  const { meeting } = props;
  const mutate = useMutation();
  const people = useRegionPeople(meeting.regionId);
  const [person, setPerson] = useState<string | null>(null);
  const [guest, setGuest] = useState({ name: '', email: '' });
  const [guestError, setGuestError] = useState<Record<string, string>>({});
  const invited = new Set(meeting.attendees.map((a) => a.contactId));

  const save = async (attendees: AttendeeInput[]) => {
    try {
      await mutate('meetings.setAttendees', { meetingId: meeting.id, attendees });
      return true;
    } catch (error) {
      notifyError(error);
      return false;
    }
  };
  const current = meeting.attendees.map(asInput);

  return (
    <section aria-labelledby="genodigden-kop">
      <Title order={2} size="h3" id="genodigden-kop" mb="sm">
        Genodigden en aanwezigheid
      </Title>
      {meeting.attendees.length === 0 ? (
        <Text c="dimmed" mb="sm">
          Nog niemand uitgenodigd. Nodig hieronder de aanspreekpunten van de regio uit, kies mensen
          uit het register of voeg een gast toe.
        </Text>
      ) : (
        <Table mb="md" layout="fixed">
          <caption className="visually-hidden">Genodigden</caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Naam</Table.Th>
              <Table.Th scope="col">Organisatie</Table.Th>
              <Table.Th scope="col" w={360}>
                Aanwezigheid
              </Table.Th>
              <Table.Th scope="col" w={60}>
                <span className="visually-hidden">Acties</span>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {meeting.attendees.map((a, index) => (
              <Table.Tr key={a.id}>
                <Table.Td>
                  {a.name}
                  {a.guest && (
                    <Text span size="sm" c="dimmed">
                      {' '}
                      (gast)
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{a.organisation}</Table.Td>
                <Table.Td>
                  {props.readOnly ? (
                    ATTENDANCE_LABELS[a.attendance]
                  ) : (
                    <SegmentedControl
                      size="xs"
                      aria-label={`Aanwezigheid van ${a.name}`}
                      data={ATTENDANCE_OPTIONS}
                      value={a.attendance === 'uitgenodigd' ? '' : a.attendance}
                      onChange={(v) =>
                        void mutate('meetings.setAttendance', {
                          attendeeId: a.id,
                          attendance: v as Attendance,
                        }).catch(notifyError)
                      }
                    />
                  )}
                  {!props.readOnly && a.attendance === 'uitgenodigd' && (
                    <Text span size="xs" c="dimmed" ml="xs">
                      {ATTENDANCE_LABELS.uitgenodigd}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <ActionIcon
                    hidden={props.readOnly}
                    variant="subtle"
                    color="red.8"
                    aria-label={`${a.name} niet meer uitnodigen`}
                    onClick={() => void save(current.filter((_, i) => i !== index))}
                  >
                    ×
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {!props.readOnly && (
        <InviteAanspreekpunten meetingId={meeting.id} regionId={meeting.regionId} />
      )}
      <Group align="flex-end" gap="sm" mb="sm" hidden={props.readOnly}>
        <LazySelect
          label="Persoon uitnodigen"
          placeholder="Zoek in het register"
          data={people.filter((p) => !invited.has(p.value))}
          value={person}
          onChange={setPerson}
          clearable
          nothingFoundMessage="Geen persoon gevonden"
          w={360}
        />
        {/* Not `disabled`: after an invitation the focus stays here instead of falling to the page. */}
        <Button
          variant="default"
          data-disabled={!person || undefined}
          aria-disabled={!person || undefined}
          onClick={async () => {
            if (person && (await save([...current, { contactId: person }]))) setPerson(null);
          }}
        >
          Uitnodigen
        </Button>
      </Group>
      <form
        noValidate
        hidden={props.readOnly}
        onSubmit={async (e) => {
          e.preventDefault();
          const parsed = guestAttendee.safeParse({
            guestName: guest.name,
            guestEmail: guest.email,
          });
          if (!parsed.success) {
            setGuestError(
              Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])),
            );
            return;
          }
          const ok = await save([...current, parsed.data]);
          if (ok) setGuest({ name: '', email: '' });
        }}
      >
        <Group align="flex-start" gap="sm">
          <TextInput
            label="Gast van buiten het register"
            placeholder="Naam"
            value={guest.name}
            maxLength={120}
            onChange={(e) => {
              setGuest({ ...guest, name: e.currentTarget.value });
              setGuestError({});
            }}
            error={guestError.guestName}
            w={260}
          />
          <TextInput
            label="E-mailadres van de gast"
            placeholder="Optioneel, voor de uitnodiging"
            value={guest.email}
            maxLength={254}
            onChange={(e) => {
              setGuest({ ...guest, email: e.currentTarget.value });
              setGuestError({});
            }}
            error={guestError.guestEmail}
            w={260}
          />
          <Button type="submit" variant="default" mt={25}>
            Gast toevoegen
          </Button>
        </Group>
      </form>
    </section>
  );
}
