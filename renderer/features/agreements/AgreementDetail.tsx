import { AGREEMENT_STATUS_LABELS } from '../../../shared/domain';
import { Alert, Badge, Button, Card, Grid, Group, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { AgreementDetail as Detail } from '../../../shared/schemas/agreement';
import { useApi } from '../../data/apiContext';
import { useMutation, useQuery } from '../../data/data';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { DeleteButton } from '../../components/DeleteButton';
import { LinkedConversations } from '../../components/LinkedConversations';
import { AgreementFacts } from './AgreementFacts';
import { AgreementForm } from './AgreementForm';
import { hasUnsavedDraft } from './agreementFormValues';
import { AgreementTimeline } from './AgreementTimeline';
import { ProgressForm } from './ProgressForm';
import { ReviewMarks } from './ReviewMarks';
import { AgreementPackages } from '../reviewPackages/AgreementPackages';
import { RichTextView } from '../../components/richText/RichTextView';
import { StatusBadge } from './StatusBadge';
import { TransitionControls } from './TransitionControls';
import './agreements.css';

export function AgreementDetail() {
  const { id = '' } = useParams();
  const agreement = useQuery('agreements.get', { id });
  return (
    <QueryState query={agreement} label="Afspraak">
      {(a) => <AgreementScreen key={a.id} agreement={a} />}
    </QueryState>
  );
}

function AgreementScreen({ agreement: a }: { agreement: Detail }) {
  const [editing, setEditing] = useState(false);
  const draft = !editing && hasUnsavedDraft(a);
  return (
    <>
      <PageHeader
        title={a.title}
        description={
          <Group gap="xs" component="span">
            {/* A status change is announced; tests find the status by this name too. */}
            <span
              role="status"
              aria-label={`Status: ${AGREEMENT_STATUS_LABELS[a.status].toLowerCase()}`}
            >
              <StatusBadge status={a.status} />
            </span>
            {a.confidential && (
              <Badge variant="outline" color="red.9">
                Vertrouwelijk
              </Badge>
            )}
            <span>{a.regionName}</span>
          </Group>
        }
        actions={<DeleteAgreementButton agreement={a} />}
      />
      <Card withBorder mb="lg">
        <Title order={2} size="h4" mb="sm">
          Status
        </Title>
        <TransitionControls agreement={a} />
      </Card>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="lg">
            <Card withBorder>
              <Group justify="space-between" mb="sm">
                <Title order={2} size="h4">
                  {editing ? 'Afspraak bewerken' : 'De afspraak'}
                </Title>
                {!editing && (
                  <Button size="xs" variant="outline" onClick={() => setEditing(true)}>
                    Bewerken
                  </Button>
                )}
              </Group>
              {draft && (
                <Alert color="blue" mb="md" title="Niet opgeslagen wijzigingen">
                  U was deze afspraak aan het bewerken. Uw wijzigingen zijn bewaard maar nog niet
                  opgeslagen.
                  <div>
                    <Button mt="xs" size="xs" onClick={() => setEditing(true)}>
                      Verder bewerken
                    </Button>
                  </div>
                </Alert>
              )}
              {editing ? (
                <AgreementForm
                  mode={{ kind: 'edit', agreement: a }}
                  onDone={() => setEditing(false)}
                />
              ) : (
                <Stack gap="lg">
                  <RichTextView html={a.descriptionHtml} />
                  <AgreementFacts agreement={a} />
                </Stack>
              )}
            </Card>
            <ReviewCard agreement={a} />
            <Card withBorder>
              <Title order={2} size="h4" mb="sm" id="voortgang-kop">
                Voortgang toevoegen
              </Title>
              <ProgressForm agreement={a} />
            </Card>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="lg">
            <Card withBorder>
              <AgreementTimeline entries={a.timeline} />
            </Card>
            <LinkedConversations
              about={{ agreementId: a.id }}
              empty="Nog geen gespreksverslag over deze afspraak."
            />
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}

function ReviewCard({ agreement }: { agreement: Detail }) {
  if (agreement.reviews.length === 0 && !agreement.reviewRequestedOn) return null;
  return (
    <Card withBorder>
      <ReviewMarks agreement={agreement} />
      <AgreementPackages agreementId={agreement.id} />
    </Card>
  );
}

function DeleteAgreementButton({ agreement: a }: { agreement: Detail }) {
  const mutate = useMutation();
  const api = useApi();
  const navigate = useNavigate();
  return (
    <DeleteButton
      entity="agreement"
      id={a.id}
      label={`Afspraak “${a.title}”`}
      // The server says what goes along (as for parties, people and regions).
      impact={() => api.invoke('agreements.deleteImpact', { id: a.id })}
      remove={() => mutate('agreements.delete', { id: a.id })}
      onDeleted={() => navigate('/afspraken')}
    />
  );
}
