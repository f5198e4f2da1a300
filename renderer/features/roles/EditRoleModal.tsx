import { Divider, Stack, Text } from '@mantine/core';
import { FormModal } from '../../components/FormModal';
import type { RoleKind } from '../../../shared/domain';
import { roleAssignmentUpdate, type RoleListItem } from '../../../shared/schemas/roleAssignment';
import { useMutation } from '../../data/data';
import { DraftForm } from '../../components/DraftForm';
import { notifySaved } from '../../components/feedback';
import { HistoryList } from '../../components/HistoryList';
import { useSchemaForm } from '../../components/useSchemaForm';
import { RoleFields } from './RoleFields';

/** "Rol wijzigen": party, role, theme, mandate and period of a role, with its history. */
export function EditRoleModal({
  role,
  onClose,
}: {
  role: RoleListItem | null;
  onClose: () => void;
}) {
  return (
    <FormModal opened={role !== null} onClose={onClose} title="Rol wijzigen">
      {role && <EditRoleForm role={role} onDone={onClose} />}
    </FormModal>
  );
}

function EditRoleForm({ role, onDone }: { role: RoleListItem; onDone: () => void }) {
  const mutate = useMutation();
  const initial = {
    id: role.id,
    partyId: role.partyId,
    role: role.role as RoleKind | '',
    themeId: role.themeId,
    mandate: role.mandate,
    since: role.since,
    until: role.until,
  };
  const form = useSchemaForm(roleAssignmentUpdate, initial, `concept:rol:${role.id}`);

  const submit = () =>
    form.submitWith(async (input) => {
      await mutate('roles.update', input);
      form.reset(initial);
      notifySaved(`De rol van ${role.contactName} is gewijzigd.`);
      onDone();
    });

  return (
    <Stack gap="lg">
      <Text>
        {role.contactName}
        {role.contactFunction && ` – ${role.contactFunction}`}, in {role.regionName}
      </Text>
      <DraftForm form={form} onSubmit={submit} onCancel={onDone} submitLabel="Opslaan">
        <RoleFields
          values={form.values}
          errors={form.errors}
          set={form.set}
          parties={{}}
          autoFocus
        />
      </DraftForm>
      <Divider />
      <HistoryList entity="roleAssignment" id={role.id} headingOrder={3} />
    </Stack>
  );
}
