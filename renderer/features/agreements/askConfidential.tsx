import { Button, Group, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';

export type ConfidentialChoice = 'without' | 'with' | null;

/**
 * Vertrouwelijke afspraken stay out of an export unless the user says otherwise (DESIGN §4).
 * Resolves 'without', 'with', or null when the export is cancelled.
 */
export function askConfidential(count: number): Promise<ConfidentialChoice> {
  return new Promise((resolve) => {
    let answered = false;
    const answer = (choice: ConfidentialChoice) => {
      answered = true;
      modals.close(id);
      resolve(choice);
    };
    const id = modals.open({
      title: 'Vertrouwelijke afspraken',
      closeOnClickOutside: false,
      onClose: () => !answered && resolve(null),
      children: (
        <Stack>
          <Text size="sm">
            {count === 1
              ? 'In deze lijst staat 1 vertrouwelijke afspraak.'
              : `In deze lijst staan ${count} vertrouwelijke afspraken.`}{' '}
            Die blijven buiten de export, tenzij u ze bewust meeneemt.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => answer(null)}>
              Annuleren
            </Button>
            <Button variant="outline" onClick={() => answer('with')}>
              Ook vertrouwelijke meenemen
            </Button>
            <Button data-autofocus onClick={() => answer('without')}>
              Zonder vertrouwelijke exporteren
            </Button>
          </Group>
        </Stack>
      ),
    });
  });
}
