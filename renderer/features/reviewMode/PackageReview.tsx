import { Alert, Box, Button, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useEffect, useReducer, useRef, useState } from 'react';
import { formatDateNl } from '../../../shared/dates';
import type { ReviewPackage } from '../../../shared/review/formats';
import { useApi } from '../../data/apiContext';
import { notifyError, notifySaved } from '../../components/feedback';
import {
  buildResponse,
  judged,
  loadReactions,
  missingRemark,
  REMARK_MAX,
  storeReactions,
  type Reaction,
  type Reactions,
} from './packageReactions';
import { SnapshotReading } from './SnapshotReading';
import { SnapshotVerdict } from './SnapshotVerdict';
import '../agreements/review/review.css';
import './reviewPackage.css';

const senderText = (pkg: ReviewPackage) =>
  pkg.sender.organisation ? `${pkg.sender.name} (${pkg.sender.organisation})` : pkg.sender.name;

/**
 * Review mode: a beoordelingspakket in the calm, large-type review view, over the dossier and
 * without touching it. Per agreement akkoord or a remark, a general remark, the progress, every
 * change kept at once on this computer (packageReactions.ts), and "Reactie opslaan" writes the
 * response file through the save dialog (task review.saveResponse).
 */
export function PackageReview(props: { pkg: ReviewPackage; onClose: () => void }) {
  const { pkg, onClose } = props;
  const api = useApi();
  const reactions = useRef<Reactions>(loadReactions(pkg, window.localStorage));
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const [stored, setStored] = useState(true);
  const [refused, setRefused] = useState<ReadonlySet<string>>(new Set());
  const [result, setResult] = useState<{ kind: 'saved' | 'missing'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const heading = useRef<HTMLHeadingElement>(null);
  // Review mode replaces the screen: start reading at its title (a screen reader says it).
  useEffect(() => heading.current?.focus(), []);

  const change = (next: Reactions) => {
    reactions.current = next;
    setStored(storeReactions(pkg, next, window.localStorage));
    rerender();
  };
  const setReaction = (id: string, reaction: Reaction) => {
    change({
      ...reactions.current,
      agreements: { ...reactions.current.agreements, [id]: reaction },
    });
    if (!missingRemark(reaction) && refused.has(id)) {
      setRefused(new Set([...refused].filter((r) => r !== id)));
    }
  };

  const total = pkg.agreements.length;
  const done = pkg.agreements.filter((a) => judged(reactions.current.agreements[a.id]!)).length;

  const save = async () => {
    const missing = pkg.agreements.filter((a) =>
      missingRemark(reactions.current.agreements[a.id]!),
    );
    setRefused(new Set(missing.map((a) => a.id)));
    if (missing.length) {
      setResult({
        kind: 'missing',
        text: `Nog niet opgeslagen: bij ${
          missing.length === 1 ? 'een afspraak' : `${missing.length} afspraken`
        } heeft u Opmerking gekozen maar nog niets geschreven. Schrijf uw opmerking, of kies daar Akkoord.`,
      });
      const index = pkg.agreements.indexOf(missing[0]!);
      document.querySelector<HTMLTextAreaElement>(`[data-remark="${index + 1}"]`)?.focus();
      return;
    }
    const response = buildResponse(pkg, reactions.current, new Date());
    if (response.verdicts.length === 0 && !(await confirmEmpty(response.generalRemark))) return;
    setBusy(true);
    try {
      const file = await api.task('review.saveResponse', {
        response,
        regionName: pkg.region.name,
      });
      if (!file) return;
      change({ ...reactions.current, savedAs: { name: file.name, at: response.savedAt } });
      setResult({
        kind: 'saved',
        text: `Uw reactie is opgeslagen als ${file.name}. Stuur dit bestand naar ${senderText(pkg)}. U kunt de reactie later nog aanvullen en opnieuw opslaan; stuur dan het nieuwe bestand.`,
      });
      notifySaved(`Reactie opgeslagen als ${file.name}.`);
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(false);
    }
  };

  const close = () => {
    onClose();
    notifySaved(
      'Uw oordelen blijven bewaard op deze computer. Open het pakket opnieuw om verder te gaan.',
    );
  };

  return (
    <div className="review-package">
      <header className="review-package-bar">
        <Group justify="space-between" px="lg" h="100%">
          <Text fw={700} c="blue.9">
            Regiodossier · Beoordeling
          </Text>
          <Group gap="sm">
            <Button variant="default" onClick={() => window.print()}>
              Afdrukken
            </Button>
            <Button variant="default" onClick={close}>
              Beoordeling sluiten
            </Button>
          </Group>
        </Group>
      </header>
      <main className="review-column review-package-main">
        <Text c="dimmed">{pkg.region.name}</Text>
        <Title order={1} ref={heading} tabIndex={-1}>
          Beoordeling voor {pkg.reviewer.name}
        </Title>
        <Text>
          Van {senderText(pkg)}, {formatDateNl(pkg.createdAt.slice(0, 10))}
        </Text>
        {pkg.message.trim() !== '' && (
          <blockquote className="review-package-message">{pkg.message}</blockquote>
        )}
        {pkg.replyBy && (
          <Text>
            Graag reageren vóór <strong>{formatDateNl(pkg.replyBy)}</strong>.
          </Text>
        )}
        <Text mt="sm">
          Lees de afspraken rustig door en geef bij elke afspraak uw oordeel: akkoord of een
          opmerking. Wat u kiest en schrijft, bewaart Regiodossier meteen op deze computer. Kies aan
          het eind “Reactie opslaan” en stuur het bestand naar {pkg.sender.name}.
        </Text>
        <Text className="review-package-progress" role="status">
          {done} van {total} beoordeeld
        </Text>
        {!stored && (
          <Alert color="orange.9" mt="md" role="alert" title="Niet bewaard op deze computer">
            Regiodossier kon uw oordelen hier niet bewaren (de opslag is vol of uitgeschakeld). Sla
            uw reactie op voordat u het venster sluit.
          </Alert>
        )}
        <Stack gap={48} mt="xl">
          {pkg.agreements.map((a, i) => (
            <article
              key={a.id}
              className="review-article review-package-article"
              aria-labelledby={`afspraak-${i + 1}`}
            >
              <Text c="dimmed" size="sm">
                Afspraak {i + 1} van {total}
                {a.caseNumber ? ` · zaaknummer ${a.caseNumber}` : ''}
              </Text>
              <SnapshotReading a={a} titleId={`afspraak-${i + 1}`} />
              <Box mt="lg">
                <SnapshotVerdict
                  n={i + 1}
                  title={a.title}
                  reaction={reactions.current.agreements[a.id]!}
                  refused={refused.has(a.id)}
                  onChange={(r) => setReaction(a.id, r)}
                />
              </Box>
            </article>
          ))}
          <section aria-labelledby="tot-slot" className="review-form">
            <Title order={2} id="tot-slot">
              Tot slot
            </Title>
            <Textarea
              mt="sm"
              label="Algemene opmerking"
              description="Niet verplicht: wat u in het algemeen wilt meegeven."
              autosize
              minRows={4}
              maxLength={REMARK_MAX}
              value={reactions.current.generalRemark}
              onChange={(e) =>
                change({ ...reactions.current, generalRemark: e.currentTarget.value })
              }
            />
            <Text mt="md">
              {total === 1
                ? done
                  ? 'U heeft de afspraak beoordeeld.'
                  : 'U heeft de afspraak nog niet beoordeeld.'
                : `U heeft ${done} van de ${total} afspraken beoordeeld.`}
            </Text>
            <Group mt="sm">
              <Button size="md" onClick={() => void save()} loading={busy}>
                Reactie opslaan
              </Button>
            </Group>
            <div role="status">
              {result && (
                <Alert mt="md" color={result.kind === 'saved' ? 'teal.9' : 'red.9'}>
                  {result.text}
                </Alert>
              )}
              {!result && reactions.current.savedAs && (
                <Text mt="md" c="dimmed">
                  Eerder opgeslagen als {reactions.current.savedAs.name} op{' '}
                  {formatDateNl(reactions.current.savedAs.at.slice(0, 10))}.
                </Text>
              )}
            </div>
          </section>
        </Stack>
      </main>
    </div>
  );
}

/** Nothing judged: ask before saving a response with only a general remark, or nothing. */
function confirmEmpty(generalRemark: string): Promise<boolean> {
  return new Promise((resolve) => {
    modals.openConfirmModal({
      title: 'Reactie zonder oordelen opslaan?',
      children: (
        <Text>
          {generalRemark.trim() === ''
            ? 'U heeft nog geen afspraak beoordeeld en geen algemene opmerking geschreven. Wilt u toch een lege reactie opslaan?'
            : 'U heeft nog geen afspraak beoordeeld. Wilt u toch een reactie opslaan met alleen uw algemene opmerking?'}
        </Text>
      ),
      labels: { confirm: 'Toch opslaan', cancel: 'Nog niet opslaan' },
      onConfirm: () => resolve(true),
      onCancel: () => resolve(false),
      onClose: () => resolve(false),
    });
  });
}
