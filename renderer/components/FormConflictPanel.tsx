import { Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import { FIELD_LABELS } from '../../shared/fieldLabels';
import { sameValues } from './drafts';

const shown = (v: unknown): string => {
  if (v === null || v === undefined || v === '') return '(leeg)';
  if (typeof v === 'boolean') return v ? 'ja' : 'nee';
  return String(v);
};
const labelOf = (field: string) =>
  (FIELD_LABELS as Record<string, string | undefined>)[field] ?? field;

/**
 * A record's form whose save was refused: it was saved elsewhere first. Nothing was
 * overwritten; the fields that differ are listed with both values, and the user keeps their
 * version or takes the stored one. Announced, not focused (the user may be typing).
 */
export function FormConflictPanel<V extends Record<string, unknown>>(props: {
  /** "Deze partij is", "Deze regio is"… */
  subject: string;
  mine: V;
  theirs: V;
  /** Fields whose values are ids: said as "anders", not shown. */
  opaque?: readonly (keyof V)[];
  onChoose: (choice: 'mine' | 'theirs') => void;
}) {
  const fields = (Object.keys(props.theirs) as (keyof V & string)[]).filter(
    (k) => !sameValues(props.mine[k], props.theirs[k]),
  );
  return (
    <Alert
      color="orange"
      variant="light"
      role="alert"
      title={`${props.subject} intussen elders gewijzigd`}
      // Mantine's orange title is 3.6:1 on its tint (WarningAlert): dark text keeps AA.
      styles={{ title: { color: 'var(--mantine-color-dark-8)' } }}
      data-testid="form-conflict"
    >
      <Stack gap="xs">
        <Text size="sm">
          In een ander venster of tabblad is een nieuwere versie opgeslagen. Uw wijzigingen zijn
          niet opgeslagen en er is niets overschreven. Verschillen:
        </Text>
        <List size="sm">
          {fields.map((k) =>
            props.opaque?.includes(k) ? (
              <List.Item key={k}>{labelOf(k)}: elders anders gekozen dan hier.</List.Item>
            ) : (
              <List.Item key={k}>
                {labelOf(k)}: elders “{shown(props.theirs[k])}”, hier “{shown(props.mine[k])}”
              </List.Item>
            ),
          )}
        </List>
        <Group gap="xs">
          <Button onClick={() => props.onChoose('mine')}>Mijn versie bewaren</Button>
          <Button variant="default" onClick={() => props.onChoose('theirs')}>
            Andere versie overnemen
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
