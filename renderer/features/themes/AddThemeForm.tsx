import { Button, Group, TextInput } from '@mantine/core';
import { themeFields } from '../../../shared/schemas/theme';
import { useMutation } from '../../data/data';
import { notifySaved } from '../../components/feedback';
import { useSchemaForm } from '../../components/useSchemaForm';
import { withNoun } from '../../../shared/withNoun';
import { SubmitForm } from '../../components/SubmitForm';

/** A new theme: type a name, press Enter or the button; problems appear beside the field. */
export function AddThemeForm() {
  const form = useSchemaForm(themeFields, { name: '' });
  const mutate = useMutation();

  const submit = () =>
    form.submitWith(async (v) => {
      const theme = await mutate('themes.create', v);
      form.reset({ name: '' });
      notifySaved(`${withNoun('Thema', theme.name)} is toegevoegd.`);
    });

  return (
    <SubmitForm onSubmit={submit}>
      <Group align="flex-start" gap="sm">
        <TextInput
          label="Nieuw thema"
          placeholder="Bijvoorbeeld Dementie"
          value={form.values.name}
          maxLength={form.maxLength('name')}
          onChange={(e) => form.set('name', e.currentTarget.value)}
          error={
            form.errors.name ?? (form.formError && !form.errors.name ? form.formError : undefined)
          }
          w={320}
        />
        <Button type="submit" mt={25}>
          Thema toevoegen
        </Button>
      </Group>
    </SubmitForm>
  );
}
