import { Alert, Button, Group, Text } from '@mantine/core';

/** Says that typed-but-unsaved text came back, with a way to throw it away. */
export function DraftNotice({ onDiscard }: { onDiscard: () => void }) {
  return (
    <Alert color="blue" role="status">
      <Group justify="space-between" gap="sm" wrap="nowrap">
        <Text size="sm">Niet-opgeslagen wijzigingen van eerder zijn teruggezet.</Text>
        <Button size="xs" variant="default" onClick={onDiscard}>
          Verwerpen
        </Button>
      </Group>
    </Alert>
  );
}
