import { Badge, Button, Card, Grid, Group, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { formatDateNl } from '../../../shared/dates';
import { CONVERSATION_KIND_LABELS, CONVERSATION_STATUS_LABELS } from '../../../shared/domain';
import type { ConversationDetail } from '../../../shared/schemas/conversation';
import { useApi } from '../../data/apiContext';
import { useMutation, useQuery } from '../../data/data';
import { DeleteButton } from '../../components/DeleteButton';
import { HistoryList } from '../../components/HistoryList';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { RichTextView } from '../../components/richText/RichTextView';
import { ConversationActions } from './ConversationActions';
import { ConversationFacts } from './ConversationFacts';
import { ConversationFormModal } from './ConversationFormModal';
import { ConversationStatusPanel } from './ConversationStatusPanel';
import { statusColor } from './conversationOptions';
import { ReportEditor } from './ReportEditor';
import { SurveySection } from './SurveySection';

/** One gespreksverslag: its facts, the verslag itself, the enquête and the actiepunten. */
export function ConversationScreen() {
  const { id = '' } = useParams();
  const conversation = useQuery('conversations.get', { id });
  return (
    <QueryState query={conversation} label="Gespreksverslag">
      {(c) => <Screen key={c.id} conversation={c} />}
    </QueryState>
  );
}

function Screen({ conversation: c }: { conversation: ConversationDetail }) {
  const [editing, setEditing] = useState(false);
  const locked = c.status === 'vastgelegd';
  return (
    <>
      <PageHeader
        title={c.title}
        description={
          <Group gap="xs" component="span">
            <span>
              {CONVERSATION_KIND_LABELS[c.kind]} · {formatDateNl(c.date)}
            </span>
            <Badge component="span" variant="light" color={statusColor(c.status)}>
              {CONVERSATION_STATUS_LABELS[c.status]}
            </Badge>
            {c.confidential && (
              <Badge component="span" variant="outline" color="red.9">
                Vertrouwelijk
              </Badge>
            )}
          </Group>
        }
        actions={
          <>
            {/* Vastgelegd: the status panel says that a correction comes first. */}
            {!locked && (
              <Button variant="default" onClick={() => setEditing(true)}>
                Gegevens bewerken
              </Button>
            )}
            <DeleteConversationButton conversation={c} />
          </>
        }
      />
      <Card withBorder mb="lg">
        <ConversationStatusPanel conversation={c} />
      </Card>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            <Card withBorder component="section" aria-labelledby="verslag-kop">
              <Title order={2} size="h4" id="verslag-kop" mb="sm">
                Verslag
              </Title>
              {locked ? (
                <div className="conversation-report">
                  <RichTextView html={c.reportHtml} empty="Geen verslagtekst." />
                </div>
              ) : (
                <ReportEditor
                  // A new version (after a correction) starts from the stored text again.
                  key={c.version}
                  conversationId={c.id}
                  initialHtml={c.reportHtml}
                  initialRevision={c.reportRevision}
                />
              )}
            </Card>
            <Card withBorder>
              <SurveySection conversationId={c.id} survey={c.survey} readOnly={locked} />
            </Card>
            <Card withBorder>
              <ConversationActions
                conversationId={c.id}
                regionId={c.regionId}
                actions={c.actions}
                readOnly={locked}
              />
            </Card>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="lg">
            <Card withBorder component="section" aria-labelledby="gegevens-kop">
              <Title order={2} size="h4" id="gegevens-kop" mb="sm">
                Gegevens
              </Title>
              <ConversationFacts conversation={c} />
            </Card>
            <Card withBorder>
              <HistoryList entity="conversation" id={c.id} />
            </Card>
          </Stack>
        </Grid.Col>
      </Grid>
      <ConversationFormModal
        opened={editing}
        onClose={() => setEditing(false)}
        regionId={c.regionId}
        conversation={c}
      />
    </>
  );
}

function DeleteConversationButton({ conversation: c }: { conversation: ConversationDetail }) {
  const api = useApi();
  const mutate = useMutation();
  const navigate = useNavigate();
  return (
    <DeleteButton
      entity="conversation"
      id={c.id}
      label={`Gespreksverslag ‘${c.title}’`}
      impact={() => api.invoke('conversations.deleteImpact', { id: c.id })}
      remove={() => mutate('conversations.delete', { id: c.id })}
      onDeleted={() => navigate('/gespreksverslagen')}
    />
  );
}
