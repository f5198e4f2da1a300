import { Button, Card, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import {
  CONVERSATION_KIND_LABELS,
  CONVERSATION_KINDS,
  type ConversationKind,
} from '../../../shared/domain';
import {
  DEFAULT_CONVERSATION_TEMPLATES,
  type ConversationTemplates,
} from '../../../shared/schemas/conversationTemplates';
import { useMutation, useQuery } from '../../data/data';
import { notifyError, notifySaved } from '../../components/feedback';
import { QueryState } from '../../components/QueryState';
import { RichTextEditor } from '../../components/richText/RichTextEditor';

const KIND_OPTIONS = CONVERSATION_KINDS.map((k) => ({
  value: k,
  label: CONVERSATION_KIND_LABELS[k],
}));

/**
 * "Sjablonen voor gespreksverslagen": the text a new verslag of each soort starts with (usually
 * its headings). Edited per soort and saved with Opslaan; a verslag made earlier keeps its text.
 */
export function ConversationTemplatesCard() {
  const templates = useQuery('conversations.templates', {});
  return (
    <Card withBorder component="section" aria-labelledby="sjablonen-kop">
      <Title order={2} size="h4" mb="sm" id="sjablonen-kop">
        Sjablonen voor gespreksverslagen
      </Title>
      <QueryState query={templates} label="Sjablonen">
        {(stored) => <TemplatesForm stored={stored} />}
      </QueryState>
    </Card>
  );
}

function TemplatesForm({ stored }: { stored: ConversationTemplates }) {
  const [kind, setKind] = useState<ConversationKind>('evaluatiegesprek');
  /** Edited, not yet saved templates per soort; `version` redraws the editor after a reset. */
  const [drafts, setDrafts] = useState<Partial<ConversationTemplates>>({});
  const [version, setVersion] = useState(0);
  const [saving, setSaving] = useState(false);
  const mutate = useMutation();
  const shown = drafts[kind] ?? stored[kind];
  const changed = (Object.keys(drafts) as ConversationKind[]).filter(
    (k) => drafts[k] !== stored[k],
  );
  const isDefault = shown === DEFAULT_CONVERSATION_TEMPLATES[kind];

  const save = async () => {
    setSaving(true);
    try {
      await mutate('conversations.setTemplates', { ...stored, ...drafts });
      setDrafts({});
      setVersion((v) => v + 1);
      notifySaved('De sjablonen zijn opgeslagen. Nieuwe gespreksverslagen beginnen ermee.');
    } catch (error) {
      notifyError(error);
    } finally {
      setSaving(false);
    }
  };
  const restoreDefault = () => {
    setDrafts((d) => ({ ...d, [kind]: DEFAULT_CONVERSATION_TEMPLATES[kind] }));
    setVersion((v) => v + 1);
  };

  return (
    <Stack gap="md">
      <Text size="sm">
        Een nieuw gespreksverslag begint met het sjabloon van zijn soort, meestal de kopjes die in
        het verslag terugkomen. Bestaande verslagen veranderen niet mee.
      </Text>
      <Select
        label="Soort gesprek"
        data={KIND_OPTIONS}
        value={kind}
        onChange={(v) => v && setKind(v as ConversationKind)}
        allowDeselect={false}
        w={360}
      />
      <RichTextEditor
        key={`${kind}-${version}`}
        label={`Sjabloon voor ${CONVERSATION_KIND_LABELS[kind].toLocaleLowerCase('nl')}`}
        value={shown}
        onChange={(html) => setDrafts((d) => ({ ...d, [kind]: html }))}
      />
      <Group justify="space-between">
        <Text size="sm" c="dimmed" role="status">
          {changed.length === 0
            ? 'Alle sjablonen zijn opgeslagen.'
            : `Niet opgeslagen: ${changed.map((k) => CONVERSATION_KIND_LABELS[k]).join(', ')}.`}
        </Text>
        <Group gap="sm">
          <Button
            variant="default"
            // Not `disabled`: the focus stays on the button once the default is back.
            aria-disabled={isDefault || undefined}
            data-disabled={isDefault || undefined}
            onClick={() => !isDefault && restoreDefault()}
          >
            Standaard terugzetten
          </Button>
          <Button loading={saving} onClick={() => void save()}>
            Sjablonen opslaan
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
