import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { FormModal } from '../../components/FormModal';
import { useState } from 'react';
import { settingsUpdate } from '../../../shared/schemas/system';
import { useMutation, useQuery } from '../../data/data';
import { notifySaved } from '../../components/feedback';
import { useSchemaForm } from '../../components/useSchemaForm';
import { FormError, SubmitForm } from '../../components/SubmitForm';
import { textProps } from '../../components/fieldProps';

/** "Later" holds for this session of the app only: the next start asks again. */
const LATER_KEY = 'regio:naam-later';
const schema = settingsUpdate.pick({ userName: true, organisation: true }).required();
const EMPTY = { userName: '', organisation: '' };

function laterChosen(): boolean {
  try {
    return sessionStorage.getItem(LATER_KEY) === '1';
  } catch {
    return false;
  }
}

/**
 * The name is this computer's, not the dossier's (issue 19): on a computer whose profile has no
 * name yet (a new installation, a colleague who got a copy of the file), the app asks who works
 * here before anything is changed under "Onbekende gebruiker". Not shown on the welcome screen,
 * which asks the same in its "Over u" card.
 */
export function UserProfilePrompt() {
  const settings = useQuery('settings.get', {});
  const [later, setLater] = useState(laterChosen);
  const opened = !later && settings.data !== undefined && settings.data.userName === '';
  const close = () => {
    try {
      sessionStorage.setItem(LATER_KEY, '1');
    } catch {
      // no session storage: the question comes back on the next screen load, nothing else
    }
    setLater(true);
  };
  return (
    <FormModal opened={opened} onClose={close} title="Wie werkt er op deze computer?" size="md">
      <PromptForm onLater={close} />
    </FormModal>
  );
}

function PromptForm({ onLater }: { onLater: () => void }) {
  const form = useSchemaForm(schema, EMPTY);
  const mutate = useMutation();
  const [saving, setSaving] = useState(false);
  const submit = async () => {
    const input = form.validate();
    if (!input) return;
    setSaving(true);
    try {
      await mutate('settings.update', input);
      notifySaved(`Welkom, ${input.userName}.`);
    } catch (error) {
      form.showError(error);
      setSaving(false);
    }
  };
  return (
    <SubmitForm onSubmit={submit}>
      <Stack gap="md">
        <Text size="sm">
          Regiodossier legt bij elke wijziging vast wie die deed. Uw naam hoort bij deze computer,
          niet bij het dossier: een collega die een kopie van dit bestand opent, vult daar zijn of
          haar eigen naam in. U kunt dit later wijzigen bij Instellingen.
        </Text>
        <FormError error={form.formError} />
        <TextInput
          label="Uw naam"
          required
          data-autofocus
          {...textProps(form, 'userName')}
          autoComplete="name"
        />
        <TextInput
          label="Organisatie"
          description="Optioneel. Bijvoorbeeld de gemeente of zorgverzekeraar waar u werkt."
          {...textProps(form, 'organisation')}
          autoComplete="organization"
        />
        <Group justify="flex-end" mt="xs">
          <Button variant="default" onClick={onLater}>
            Later
          </Button>
          <Button type="submit" loading={saving}>
            Opslaan
          </Button>
        </Group>
      </Stack>
    </SubmitForm>
  );
}
