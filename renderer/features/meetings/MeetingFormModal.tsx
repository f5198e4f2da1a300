import { FormModal } from '../../components/FormModal';
import { useNavigate } from 'react-router';
import { meetingCreate, meetingUpdate, type Meeting } from '../../../shared/schemas/meeting';
import { useMutation } from '../../data/data';
import { DraftForm } from '../../components/DraftForm';
import { notifySaved } from '../../components/feedback';
import { useSchemaForm } from '../../components/useSchemaForm';
import {
  emptyMeeting,
  MeetingFields,
  meetingFormValues,
  type MeetingValues,
} from './MeetingFields';
import { withNoun } from '../../../shared/withNoun';

/** "Nieuw overleg" (create, then open it) or "Overleg bewerken" (the stored meeting). */
export function MeetingFormModal(props: {
  opened: boolean;
  onClose: () => void;
  regionId: string;
  meeting?: Meeting;
}) {
  return (
    <FormModal
      opened={props.opened}
      onClose={props.onClose}
      title={props.meeting ? 'Overleg bewerken' : 'Nieuw overleg'}
    >
      {props.meeting ? (
        <EditMeetingForm meeting={props.meeting} regionId={props.regionId} onDone={props.onClose} />
      ) : (
        <NewMeetingForm regionId={props.regionId} onDone={props.onClose} />
      )}
    </FormModal>
  );
}

function NewMeetingForm(props: { regionId: string; onDone: () => void }) {
  const form = useSchemaForm<typeof meetingCreate, MeetingValues>(
    meetingCreate,
    { ...emptyMeeting, regionId: props.regionId },
    'concept:nieuw-overleg',
  );
  const mutate = useMutation();
  const navigate = useNavigate();
  const submit = () =>
    form.submitWith(async (input) => {
      const meeting = await mutate('meetings.create', input);
      form.reset({ ...emptyMeeting, regionId: props.regionId });
      notifySaved(`${withNoun('Overleg', meeting.title)} is aangemaakt.`);
      props.onDone();
      navigate(`/overleggen/${meeting.id}`);
    });
  return (
    <DraftForm form={form} onSubmit={submit} onCancel={props.onDone} submitLabel="Overleg aanmaken">
      <MeetingFields
        regionId={props.regionId}
        values={form.values}
        errors={form.errors}
        set={form.set}
      />
    </DraftForm>
  );
}

function EditMeetingForm(props: { meeting: Meeting; regionId: string; onDone: () => void }) {
  const m = props.meeting;
  const stored: MeetingValues = { id: m.id, ...meetingFormValues(m) };
  const form = useSchemaForm<typeof meetingUpdate, MeetingValues>(
    meetingUpdate,
    stored,
    `concept:overleg-${m.id}`,
  );
  const mutate = useMutation();
  const submit = () =>
    form.submitWith(async (input) => {
      await mutate('meetings.update', input);
      form.reset(input);
      notifySaved('Het overleg is bijgewerkt.');
      props.onDone();
    });
  return (
    <DraftForm form={form} onSubmit={submit} onCancel={props.onDone} submitLabel="Opslaan">
      <MeetingFields
        regionId={props.regionId}
        values={form.values}
        errors={form.errors}
        set={form.set}
      />
    </DraftForm>
  );
}
