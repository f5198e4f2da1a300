import { Anchor, Button, List, Modal, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { formatDateNl } from '../../../shared/dates';
import { CONVERSATION_KIND_LABELS, PARTY_TYPE_LABELS } from '../../../shared/domain';
import type { ConversationVersion } from '../../../shared/schemas/conversation';
import { useQuery } from '../../data/data';
import { RichTextView } from '../../components/richText/RichTextView';
import './conversations.css';

/** The vastgelegde versions of a verslag; each opens as it was vastgelegd. */
export function ConversationVersions(props: { conversationId: string }) {
  const versions = useQuery('conversations.versions', { id: props.conversationId });
  const [shown, setShown] = useState<ConversationVersion | null>(null);
  if (!versions.data || versions.data.length === 0) return null;
  return (
    <Stack gap={4} mt="sm">
      <Title order={3} size="h5">
        Vastgelegde versies
      </Title>
      <List size="sm">
        {versions.data.map((v) => (
          <List.Item key={v.version}>
            Versie {v.version}, vastgelegd op {formatDateNl(v.lockedOn)} door {v.actor}
            {v.correctionReason && ` · gecorrigeerd: ${v.correctionReason}`}{' '}
            <Anchor component="button" type="button" size="sm" onClick={() => setShown(v)}>
              Versie {v.version} bekijken
            </Anchor>
          </List.Item>
        ))}
      </List>
      <Modal
        opened={shown !== null}
        onClose={() => setShown(null)}
        title={shown ? `Gespreksverslag, versie ${shown.version}` : ''}
        size="xl"
      >
        {shown && <VersionView version={shown} onClose={() => setShown(null)} />}
      </Modal>
    </Stack>
  );
}

function VersionView({
  version: v,
  onClose,
}: {
  version: ConversationVersion;
  onClose: () => void;
}) {
  const s = v.snapshot;
  const line = (label: string, items: string[]) =>
    items.length > 0 && (
      <Text size="sm">
        {label}: {items.join(', ')}
      </Text>
    );
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        Vastgelegd op {formatDateNl(v.lockedOn)} door {v.actor}.
      </Text>
      <Text size="sm">
        {s.title} · {CONVERSATION_KIND_LABELS[s.kind]} · {formatDateNl(s.date)}
        {s.confidential && ' · vertrouwelijk'}
      </Text>
      {line('Partijen', s.parties)}
      {line('Deelnemers', s.participants)}
      {line('Thema’s', s.themes)}
      {line('Gekoppelde afspraken', s.agreements)}
      <section aria-label="Verslag" className="conversation-report">
        <RichTextView html={s.reportHtml} empty="Geen verslagtekst." />
      </section>
      {s.survey && (
        <Text size="sm">
          Enquête (soort organisatie: {PARTY_TYPE_LABELS[s.survey.respondentType]})
          {s.survey.scoreStart !== null && `, rapportcijfer bij aanvang ${s.survey.scoreStart}`}
          {s.survey.scoreNow !== null && `, nu ${s.survey.scoreNow}`}.
        </Text>
      )}
      {s.actions.length > 0 && (
        <Text size="sm">
          Actiepunten:{' '}
          {s.actions
            .map(
              (a) =>
                `${a.text} (${a.ownerName ?? 'nog niemand'}${a.dueDate ? `, vóór ${formatDateNl(a.dueDate)}` : ''})`,
            )
            .join('; ')}
        </Text>
      )}
      <Button variant="default" onClick={onClose} style={{ alignSelf: 'flex-end' }}>
        Sluiten
      </Button>
    </Stack>
  );
}
