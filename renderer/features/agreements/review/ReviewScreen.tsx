import { Alert, Anchor, Box, Button, Group, List, Stack, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from '../../../data/data';
import { PageHeader } from '../../../components/PageHeader';
import { ReviewArticle } from './ReviewArticle';
import { ReviewForm } from './ReviewForm';
import { parseReviewIds } from './reviewIds';
import './review.css';

/**
 * Beoordelen: a calm, large-type read view of one agreement or a selection (#/beoordelen?ids=…),
 * with a form under each agreement in which a bestuurder records "akkoord" or a remark.
 */
export function ReviewScreen() {
  const [params, setParams] = useSearchParams();
  const { ids, invalid } = parseReviewIds(params);
  const n = ids.length;
  const requested = Number(params.get('nr') ?? '1');
  const current =
    Number.isInteger(requested) && requested >= 1 && requested <= n ? requested - 1 : 0;
  const column = useRef<HTMLDivElement>(null);
  const moved = useRef(false);

  // After "Vorige"/"Volgende", move focus to the title of the agreement now shown.
  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    column.current
      ?.querySelector<HTMLElement>('.review-article:not([hidden]) [data-review-title]')
      ?.focus();
  }, [current]);

  const go = (index: number) => {
    moved.current = true;
    const next = new URLSearchParams(params);
    next.set('nr', String(index + 1));
    setParams(next, { replace: true });
  };

  if (n === 0) return <NoSelection invalid={invalid} />;

  return (
    <div className="review-column" ref={column}>
      <PageHeader
        title={n === 1 ? 'Afspraak beoordelen' : `${n} afspraken beoordelen`}
        description="Lees de afspraak rustig door en geef onderaan uw oordeel: akkoord of een opmerking."
        actions={
          <Group gap="sm" className="review-no-print">
            <Button variant="default" onClick={() => window.print()}>
              Afdrukken
            </Button>
          </Group>
        }
      />
      {invalid > 0 && (
        <Alert color="orange" mb="md">
          {invalid === 1 ? 'Eén verwijzing' : `${invalid} verwijzingen`} in het adres{' '}
          {invalid === 1 ? 'is' : 'zijn'} geen geldige afspraak en{' '}
          {invalid === 1 ? 'wordt' : 'worden'} overgeslagen.
        </Alert>
      )}
      <Stack gap="xl">
        {n > 1 && <Pager current={current} total={n} go={go} />}
        {ids.map((id, i) => (
          <ReviewArticle
            key={id}
            id={id}
            hidden={i !== current}
            position={`Afspraak ${i + 1} van ${n}`}
          />
        ))}
        {n > 1 && <Pager current={current} total={n} go={go} />}
        <CurrentReviewForm
          key={ids[current]}
          id={ids[current]!}
          onNext={current < n - 1 ? () => go(current + 1) : undefined}
        />
      </Stack>
    </div>
  );
}

/** The form for the agreement on screen: one verdict per agreement, never one for the selection. */
function CurrentReviewForm(props: { id: string; onNext?: () => void }) {
  const agreement = useQuery('agreements.get', { id: props.id });
  if (!agreement.data) return null;
  return <ReviewForm id={props.id} title={agreement.data.title} onNext={props.onNext} />;
}

function Pager(props: { current: number; total: number; go: (index: number) => void }) {
  const { current, total, go } = props;
  return (
    <nav aria-label="Bladeren door de selectie" className="review-no-print">
      <Group justify="space-between">
        <Button
          variant="default"
          size="md"
          disabled={current === 0}
          onClick={() => go(current - 1)}
        >
          ← Vorige
        </Button>
        <Text fw={600}>
          Afspraak {current + 1} van {total}
        </Text>
        <Button
          variant="default"
          size="md"
          disabled={current === total - 1}
          onClick={() => go(current + 1)}
        >
          Volgende →
        </Button>
      </Group>
    </nav>
  );
}

function NoSelection({ invalid }: { invalid: number }) {
  return (
    <Box maw="70ch">
      <PageHeader title="Afspraken beoordelen" />
      <Alert color="blue" title="Nog geen afspraken gekozen" role="status">
        <Stack gap="sm" align="flex-start">
          {invalid > 0 && <Text>Het adres verwijst niet naar geldige afspraken.</Text>}
          <Text>Zo legt u afspraken ter beoordeling voor:</Text>
          <List type="ordered" spacing={4}>
            <List.Item>
              Open de{' '}
              <Anchor component={Link} to="/afspraken" c="blue.9" inherit>
                lijst met afspraken
              </Anchor>
              .
            </List.Item>
            <List.Item>Vink de afspraken aan die u wilt laten beoordelen.</List.Item>
            <List.Item>
              Kies <strong>Beoordelen</strong>. U ziet dan elke afspraak in grote, rustige letters,
              met onderaan het formulier voor akkoord of een opmerking.
            </List.Item>
          </List>
          <Button component={Link} to="/afspraken">
            Naar de afspraken
          </Button>
        </Stack>
      </Alert>
    </Box>
  );
}
