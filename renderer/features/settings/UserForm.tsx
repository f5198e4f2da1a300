import { Stack, TextInput } from '@mantine/core';
import type { Settings } from '../../../shared/schemas/system';
import { z } from '../../../shared/zod';
import { useMutation } from '../../data/data';
import { DraftNotice } from '../../components/DraftNotice';
import { SaveStatus } from '../../components/SaveStatus';
import { useAutosavedForm } from '../../components/useAutosavedForm';
import { textProps } from '../../components/fieldProps';

/** Lenient on the client; settings.update itself says when the name is missing. */
const schema = z.object({
  userName: z.string().trim().max(120, { error: 'Uw naam mag hoogstens 120 tekens lang zijn' }),
  organisation: z.string().trim().max(160, { error: 'Organisatie is te lang' }),
});

/** The user's name and organisation (recorded with every change), saved while typing. */
export function useUserForm(settings: Settings) {
  const mutate = useMutation();
  const stored = { userName: settings.userName, organisation: settings.organisation };
  return useAutosavedForm(
    schema,
    stored,
    // Only what changed: an empty name that was never filled in does not block the organisation.
    (input) =>
      mutate('settings.update', {
        ...(input.userName !== stored.userName ? { userName: input.userName } : {}),
        ...(input.organisation !== stored.organisation ? { organisation: input.organisation } : {}),
      }),
    'concept:settings',
  );
}

export function UserFields({
  form,
  optional,
}: {
  form: ReturnType<typeof useUserForm>;
  optional?: boolean;
}) {
  const hint = optional ? 'Optioneel. ' : '';
  return (
    <Stack gap="md">
      {form.restoredDraft && <DraftNotice onDiscard={form.discardDraft} />}
      <TextInput
        label="Uw naam"
        description={`${hint}Staat bij elke wijziging in de geschiedenis.`}
        {...textProps(form, 'userName')}
        autoComplete="name"
      />
      <TextInput
        label="Organisatie"
        description={`${hint}Bijvoorbeeld de gemeente of zorgverzekeraar waar u werkt.`}
        {...textProps(form, 'organisation')}
        autoComplete="organization"
      />
      <SaveStatus state={form.saveState} />
    </Stack>
  );
}
