import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { FormModal } from '../../components/FormModal';
import { useState } from 'react';
import { todayIso } from '../../../shared/dates';
import { ROLE_KIND_LABELS } from '../../../shared/domain';
import type { RoleListItem } from '../../../shared/schemas/roleAssignment';
import { useMutation } from '../../data/data';
import { DateField } from '../../components/DateField';
import { notifySaved } from '../../components/feedback';
import { ApiError } from '../../api';

/** Ending a role keeps it as history: it only gets an end date. */
export function EndRoleModal({
  role,
  onClose,
}: {
  role: RoleListItem | null;
  onClose: () => void;
}) {
  return (
    <FormModal opened={role !== null} onClose={onClose} title="Rol beëindigen" size="md">
      {role && <EndRoleForm role={role} onDone={onClose} />}
    </FormModal>
  );
}

function EndRoleForm({ role, onDone }: { role: RoleListItem; onDone: () => void }) {
  const [until, setUntil] = useState<string | null>(todayIso());
  const [error, setError] = useState<string | null>(null);
  const mutate = useMutation();
  return (
    <form
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        if (!until) return setError('Kies de datum waarop de rol eindigt.');
        try {
          await mutate('roles.end', { id: role.id, until });
          notifySaved(`De rol van ${role.contactName} is beëindigd.`);
          onDone();
        } catch (err) {
          setError(err instanceof ApiError ? err.message : String(err));
        }
      }}
    >
      <Stack>
        <Text>
          {role.contactName} – {ROLE_KIND_LABELS[role.role]}. De rol blijft als geschiedenis
          zichtbaar.
        </Text>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <DateField
          autoFocus
          label="Einddatum"
          description="Vanaf deze datum is de rol niet meer actief."
          value={until}
          onChange={setUntil}
          required
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Annuleren
          </Button>
          <Button type="submit">Beëindigen</Button>
        </Group>
      </Stack>
    </form>
  );
}
