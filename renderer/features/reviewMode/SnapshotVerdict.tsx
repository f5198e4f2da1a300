import { Button, Card, Group, Radio, Textarea, Title } from '@mantine/core';
import { REVIEW_VERDICT_LABELS, REVIEW_VERDICTS } from '../../../shared/domain';
import { formatDateNl, todayIso } from '../../../shared/dates';
import { REMARK_MAX, type Reaction } from './packageReactions';

/**
 * "Uw oordeel" under one agreement of the package: akkoord or a remark, kept as it is chosen or
 * typed. `refused`: the reviewer tried to save with "Opmerking" chosen and nothing written.
 */
export function SnapshotVerdict(props: {
  n: number;
  title: string;
  reaction: Reaction;
  refused: boolean;
  onChange: (reaction: Reaction) => void;
}) {
  const { n, title, reaction, refused, onChange } = props;
  const remarkRequired = reaction.verdict === 'opmerking';
  return (
    <Card withBorder radius="md" padding="lg" className="review-form">
      <Title order={3} size="h4" mb="xs" id={`oordeel-${n}`}>
        Uw oordeel
      </Title>
      <Radio.Group
        aria-labelledby={`oordeel-${n}`}
        aria-describedby={`oordeel-${n}-stand`}
        value={reaction.verdict ?? ''}
        onChange={(value) =>
          onChange({
            ...reaction,
            verdict: value as Reaction['verdict'],
            on: todayIso(),
          })
        }
      >
        <Group gap="lg">
          {REVIEW_VERDICTS.map((v) => (
            <Radio
              key={v}
              value={v}
              label={REVIEW_VERDICT_LABELS[v]}
              aria-label={`${REVIEW_VERDICT_LABELS[v]}: ${title}`}
            />
          ))}
        </Group>
      </Radio.Group>
      <p id={`oordeel-${n}-stand`} className="review-package-stand">
        {reaction.verdict
          ? `Gekozen: ${REVIEW_VERDICT_LABELS[reaction.verdict].toLowerCase()}${
              reaction.on ? ` (${formatDateNl(reaction.on)})` : ''
            }.`
          : 'Nog geen oordeel.'}
      </p>
      <Textarea
        mt="sm"
        label="Opmerking"
        description={
          remarkRequired ? 'Verplicht bij een opmerking.' : 'Niet verplicht bij akkoord.'
        }
        autosize
        minRows={3}
        maxLength={REMARK_MAX}
        value={reaction.remark}
        error={refused && remarkRequired ? 'Schrijf uw opmerking, of kies Akkoord.' : undefined}
        data-remark={n}
        onChange={(e) => {
          const remark = e.currentTarget.value;
          // Writing a remark without a choice chooses "Opmerking", as the standalone page does.
          const choose = !reaction.verdict && remark.trim() !== '';
          onChange(
            choose ? { verdict: 'opmerking', remark, on: todayIso() } : { ...reaction, remark },
          );
        }}
      />
      {reaction.verdict && (
        <Group mt="sm">
          <Button
            variant="subtle"
            color="blue.9"
            onClick={() => onChange({ verdict: null, remark: reaction.remark, on: null })}
          >
            Oordeel wissen
          </Button>
        </Group>
      )}
    </Card>
  );
}
