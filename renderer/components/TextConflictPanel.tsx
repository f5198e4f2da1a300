import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import type { ConflictChoice, TextConflict } from './useRevisionedText';
import { RichTextView } from './richText/RichTextView';

/**
 * Another window or tab saved this text first. Nothing was overwritten: the text typed here
 * stays in the editor (and is kept on this computer until a choice is made), the other one is
 * shown below, and the user keeps one of them or both. Announced, not focused: the user may
 * still be typing, and a stolen focus would send the next keystroke to a button. For the notulen
 * of an agenda item and the verslag of a gesprek alike.
 */
export function TextConflictPanel(props: {
  /** The text as the title's subject: "Deze notulen zijn", "Dit verslag is". */
  subject: string;
  conflict: TextConflict;
  onChoose: (choice: ConflictChoice) => void;
}) {
  return (
    <Alert
      color="orange"
      variant="light"
      mt="xs"
      // Mantine's orange title is 3.6:1 on its tint (WarningAlert): dark text keeps AA.
      styles={{ title: { color: 'var(--mantine-color-dark-8)' } }}
      role="alert"
      title={`${props.subject} intussen elders gewijzigd`}
      data-testid="text-conflict"
    >
      <Stack gap="xs">
        <Text size="sm">
          In een ander venster of tabblad is een nieuwere versie opgeslagen. Uw tekst hierboven is
          niet opgeslagen en er is niets overschreven. Kies welke tekst blijft, of voeg ze samen en
          werk de tekst daarna bij.
        </Text>
        <Text size="sm" fw={600}>
          Tekst die elders is opgeslagen:
        </Text>
        <Paper withBorder p="xs" bg="white">
          <RichTextView html={props.conflict.theirs.html} empty="(Leeg.)" />
        </Paper>
        <Group gap="xs">
          <Button onClick={() => props.onChoose('merge')}>Beide samenvoegen</Button>
          <Button variant="default" onClick={() => props.onChoose('mine')}>
            Mijn tekst bewaren
          </Button>
          <Button variant="default" onClick={() => props.onChoose('theirs')}>
            Andere tekst overnemen
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
