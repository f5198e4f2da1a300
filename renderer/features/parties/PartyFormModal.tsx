import { Checkbox, Group } from '@mantine/core';
import { FormModal } from '../../components/FormModal';
import { useNavigate } from 'react-router';
import type { MembershipRole } from '../../../shared/domain';
import { optionalDate } from '../../../shared/schemas/common';
import { membershipRole, partyFields } from '../../../shared/schemas/party';
import { z } from '../../../shared/zod';
import { useMutation } from '../../data/data';
import { DateField } from '../../components/DateField';
import { DraftForm } from '../../components/DraftForm';
import { notifySaved } from '../../components/feedback';
import { useSchemaForm } from '../../components/useSchemaForm';
import { PartyFields, type PartyValues } from './PartyFields';
import { MembershipRoleSelect } from './MembershipRoleSelect';

/** "Nieuwe partij": the organisation, and (usually) its membership of the current region. */
export function PartyFormModal(props: {
  opened: boolean;
  onClose: () => void;
  regionId: string | null;
}) {
  return (
    <FormModal opened={props.opened} onClose={props.onClose} title="Nieuwe partij">
      <PartyForm regionId={props.regionId} onDone={props.onClose} />
    </FormModal>
  );
}

interface Values extends PartyValues {
  member: boolean;
  role: MembershipRole;
  since: string | null;
  [key: string]: unknown;
}

const schema = partyFields.extend({
  member: z.boolean(),
  role: membershipRole,
  since: optionalDate,
});

const EMPTY: Values = {
  type: '',
  name: '',
  notes: '',
  member: true,
  role: 'deelnemer',
  since: null,
};

function PartyForm(props: { regionId: string | null; onDone: () => void }) {
  const form = useSchemaForm(schema, EMPTY, 'concept:nieuwe-partij');
  const mutate = useMutation();
  const navigate = useNavigate();
  const { values, errors, set } = form;

  const submit = () =>
    form.submitWith(async (v) => {
      const membership =
        v.member && props.regionId
          ? { regionId: props.regionId, role: v.role, since: v.since, until: null }
          : null;
      const party = await mutate('parties.create', {
        type: v.type,
        name: v.name,
        notes: v.notes,
        membership,
      });
      form.reset(EMPTY);
      notifySaved(`${party.name} is toegevoegd.`);
      props.onDone();
      navigate(`/partijen/${party.id}`);
    });

  return (
    <DraftForm form={form} onSubmit={submit} onCancel={props.onDone} submitLabel="Partij toevoegen">
      <PartyFields values={values} errors={errors} set={set} isNew />
      {props.regionId && (
        <>
          <Checkbox
            label="Neemt deel aan de huidige regio"
            checked={values.member}
            onChange={(e) => set('member', e.currentTarget.checked)}
          />
          {values.member && (
            <Group grow align="flex-start">
              <MembershipRoleSelect value={values.role} onChange={(role) => set('role', role)} />
              <DateField
                label="Deelnemer sinds"
                value={values.since}
                onChange={(v) => set('since', v)}
              />
            </Group>
          )}
        </>
      )}
    </DraftForm>
  );
}
