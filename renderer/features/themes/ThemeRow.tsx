import { maxLengthOf } from '../../../shared/schemaFields';
import { Badge, Button, Group, Table, Text, TextInput } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { formatDateNl, todayIso } from '../../../shared/dates';
import { themeFields, type Theme } from '../../../shared/schemas/theme';
import { ApiError } from '../../api';
import { useMutation } from '../../data/data';
import { confirmAction, notifyError, notifySaved } from '../../components/feedback';
import { isRequiredTheme } from './requiredThemes';
import { SubmitForm } from '../../components/SubmitForm';

/** One theme: its name (renamed inline), and archive or bring back. */
export function ThemeRow({ theme }: { theme: Theme }) {
  const [editing, setEditing] = useState(false);
  const renameButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  const mutate = useMutation();
  const archived = theme.archivedAt !== null;
  const required = isRequiredTheme(theme.name);

  // Back from editing: focus returns to the button that started it.
  useEffect(() => {
    if (wasEditing.current && !editing) renameButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  const toggleArchive = async () => {
    if (!archived && required) {
      const sure = await confirmAction({
        title: `${theme.name} archiveren?`,
        message: `${theme.name} is een thema dat de werkstructuur minimaal vraagt. Weet u zeker dat u het wilt archiveren? Bestaande rollen houden het thema.`,
        confirmLabel: 'Archiveren',
      });
      if (!sure) return;
    }
    try {
      await mutate('themes.archive', { id: theme.id, archived: !archived });
      notifySaved(archived ? `${theme.name} is teruggehaald.` : `${theme.name} is gearchiveerd.`);
    } catch (error) {
      notifyError(error);
    }
  };

  return (
    <Table.Tr>
      <Table.Td>
        {editing ? (
          <RenameField theme={theme} onDone={() => setEditing(false)} />
        ) : (
          <Group gap="xs">
            <Text fw={600}>{theme.name}</Text>
            {required && (
              <Badge variant="light" color="blue.9" size="sm">
                Verplicht in de werkstructuur
              </Badge>
            )}
          </Group>
        )}
      </Table.Td>
      {archived && (
        <Table.Td>
          {theme.archivedAt && formatDateNl(todayIso(new Date(theme.archivedAt)))}
        </Table.Td>
      )}
      <Table.Td>
        <Group gap={6} justify="flex-end" wrap="nowrap">
          {!editing && (
            <Button
              ref={renameButton}
              size="xs"
              variant="subtle"
              onClick={() => setEditing(true)}
              aria-label={`Naam wijzigen van ${theme.name}`}
            >
              Naam wijzigen
            </Button>
          )}
          <Button
            size="xs"
            variant="outline"
            onClick={() => void toggleArchive()}
            aria-label={`${archived ? 'Terughalen' : 'Archiveren'}: ${theme.name}`}
          >
            {archived ? 'Terughalen' : 'Archiveren'}
          </Button>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

/** The name as a text field: Enter saves, Escape cancels. */
function RenameField({ theme, onDone }: { theme: Theme; onDone: () => void }) {
  const [name, setName] = useState(theme.name);
  const [error, setError] = useState<string | null>(null);
  const mutate = useMutation();

  const save = async () => {
    const parsed = themeFields.safeParse({ name });
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? 'Ongeldige naam');
    if (parsed.data.name === theme.name) return onDone();
    try {
      await mutate('themes.rename', { id: theme.id, name: parsed.data.name });
      notifySaved(`Het thema heet nu ${parsed.data.name}.`);
      onDone();
    } catch (err) {
      setError(err instanceof ApiError ? (err.issues[0]?.message ?? err.message) : String(err));
    }
  };

  return (
    <SubmitForm onSubmit={save}>
      <Group gap={6} align="flex-start" wrap="nowrap">
        <TextInput
          aria-label={`Nieuwe naam voor ${theme.name}`}
          description="Enter slaat op, Escape annuleert"
          value={name}
          maxLength={maxLengthOf(themeFields, 'name')}
          onChange={(e) => {
            setName(e.currentTarget.value);
            setError(null);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.preventDefault();
              onDone();
            }
          }}
          error={error}
          autoFocus
          size="xs"
          w={240}
        />
        <Button type="submit" size="xs">
          Opslaan
        </Button>
        <Button size="xs" variant="default" onClick={onDone}>
          Annuleren
        </Button>
      </Group>
    </SubmitForm>
  );
}
