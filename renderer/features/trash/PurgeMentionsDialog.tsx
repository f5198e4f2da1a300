import { Button, Checkbox, Group, Modal, ScrollArea, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { PurgeMention } from '../../../shared/schemas/purge';

export interface PurgeChoice {
  key: string;
  replace: boolean;
}

/**
 * Purging a person whose name or e-mail address is still in free text (AVG erasure, issue 19):
 * every mention is listed with where it is and the text around it, and the user chooses per
 * mention (or for all at once) to replace it by "[verwijderd]" or to leave it. Replacing is
 * ticked at first: the erasure is what was asked.
 */
export function PurgeMentionsDialog(props: {
  opened: boolean;
  label: string;
  message: string;
  mentions: PurgeMention[];
  onConfirm: (choices: PurgeChoice[]) => void;
  onClose: () => void;
}) {
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={`${props.label} definitief verwijderen?`}
      size="lg"
    >
      {props.opened && <MentionChoices {...props} />}
    </Modal>
  );
}

function MentionChoices({
  message,
  mentions,
  onConfirm,
  onClose,
}: {
  message: string;
  mentions: PurgeMention[];
  onConfirm: (choices: PurgeChoice[]) => void;
  onClose: () => void;
}) {
  const [replace, setReplace] = useState<ReadonlySet<string>>(
    () => new Set(mentions.map((m) => m.key)),
  );
  const toggle = (key: string, on: boolean) =>
    setReplace((current) => {
      const next = new Set(current);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });
  const count = mentions.length;
  const chosen = replace.size;

  return (
    <Stack gap="sm">
      <Text size="sm">{message}</Text>
      <Text size="sm">
        Namen in velden (wie iets schreef of wijzigde, gasten, aanwezigen en eigenaren in
        vastgestelde notulen, de geschiedenis) worden altijd vervangen door [verwijderd]. De naam of
        het e-mailadres staat ook {count === 1 ? 'op 1 plaats' : `op ${count} plaatsen`} in vrije
        tekst. Kies per vermelding of die wordt vervangen door [verwijderd] of blijft staan.
      </Text>
      <Group gap="xs">
        <Button
          size="xs"
          variant="default"
          onClick={() => setReplace(new Set(mentions.map((m) => m.key)))}
        >
          Alles vervangen door [verwijderd]
        </Button>
        <Button size="xs" variant="default" onClick={() => setReplace(new Set())}>
          Alles laten staan
        </Button>
      </Group>
      <Text size="sm" aria-live="polite">
        {chosen} van {count} vermeldingen worden vervangen.
      </Text>
      <ScrollArea.Autosize mah="45vh" type="auto">
        <Stack
          gap="xs"
          component="ul"
          role="list"
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
        >
          {mentions.map((m) => (
            <li key={m.key}>
              <Checkbox
                checked={replace.has(m.key)}
                onChange={(e) => toggle(m.key, e.currentTarget.checked)}
                label={`Vervang door [verwijderd]: ${m.kind}, ${m.place}`}
                description={m.excerpt}
              />
            </li>
          ))}
        </Stack>
      </ScrollArea.Autosize>
      <Group justify="flex-end" gap="xs">
        <Button variant="default" onClick={onClose}>
          Annuleren
        </Button>
        <Button
          color="red.9"
          onClick={() =>
            onConfirm(mentions.map((m) => ({ key: m.key, replace: replace.has(m.key) })))
          }
        >
          Definitief verwijderen
        </Button>
      </Group>
    </Stack>
  );
}
