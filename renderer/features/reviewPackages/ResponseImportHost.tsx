import { Alert, Anchor, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { formatDateNl } from '../../../shared/dates';
import { REVIEW_VERDICT_LABELS } from '../../../shared/domain';
import { countNl } from '../../../shared/numbers';
import {
  REVIEW_FILE_MAX_BYTES,
  REVIEW_RESPONSE_EXTENSION,
  reviewFileTooLarge,
} from '../../../shared/review/formats';
import { ApiError } from '../../api';
import { useApi } from '../../data/apiContext';
import { useMutation } from '../../data/data';
import { notifyError } from '../../components/feedback';
import { useResponseImport, type ResponseOutcome } from './responseImport';

/**
 * Reactie inlezen: the hidden file chooser, the menu command ('review-import') and the dialog
 * that says what was read in — per agreement the verdict, and "beoordeeld op een eerdere versie"
 * with what changed — or why nothing was.
 */
export function ResponseImportHost() {
  const api = useApi();
  const mutate = useMutation();
  const input = useRef<HTMLInputElement>(null);
  const { outcome, show, clear } = useResponseImport();

  useEffect(() => {
    const reader = (file: File) => {
      const fileName = file.name;
      if (file.size > REVIEW_FILE_MAX_BYTES) {
        return show({
          kind: 'refused',
          fileName,
          message: `${reviewFileTooLarge(file.size, 'response')} Er is niets ingelezen.`,
        });
      }
      void file
        .text()
        .then((text) => mutate('reviewPackages.importResponse', { text, fileName }))
        .then(
          (result) => show({ kind: 'done', fileName, result }),
          (error: unknown) =>
            error instanceof ApiError
              ? show({ kind: 'refused', fileName, message: error.message })
              : notifyError(error),
        );
    };
    useResponseImport.setState({ chooser: () => input.current?.click(), reader });
    const off = api.on('review-import', () => input.current?.click());
    return () => {
      off();
      useResponseImport.setState({ chooser: null, reader: null });
    };
  }, [api, mutate, show]);

  return (
    <>
      <input
        ref={input}
        type="file"
        accept={REVIEW_RESPONSE_EXTENSION}
        hidden
        aria-hidden
        tabIndex={-1}
        data-response-input
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) useResponseImport.getState().read(file);
        }}
      />
      <Modal
        opened={outcome !== null}
        onClose={clear}
        size="lg"
        title={outcome?.kind === 'done' ? 'Reactie ingelezen' : 'Reactie niet ingelezen'}
        closeButtonProps={{ 'aria-label': 'Sluiten' }}
      >
        {outcome && <Outcome outcome={outcome} onClose={clear} />}
      </Modal>
    </>
  );
}

function Outcome({ outcome, onClose }: { outcome: ResponseOutcome; onClose: () => void }) {
  if (outcome.kind === 'refused') {
    return (
      <Stack>
        <Alert color="red.9" title={`${outcome.fileName} is niet ingelezen`} role="alert">
          {outcome.message}
        </Alert>
        <Group justify="flex-end">
          <Button onClick={onClose}>Sluiten</Button>
        </Group>
      </Stack>
    );
  }
  const r = outcome.result;
  return (
    <Stack>
      <Alert color={r.alreadyRead ? 'blue.9' : 'teal.9'} role="status">
        {r.alreadyRead
          ? `Deze reactie van ${r.reviewerName} was al ingelezen; er is niets toegevoegd.`
          : `Reactie van ${r.reviewerName} op het pakket van ${formatDateNl(
              r.packageCreatedAt.slice(0, 10),
            )}: ${countNl(r.added, 'oordeel', 'oordelen')} toegevoegd${
              r.alreadyThere ? `, ${r.alreadyThere} al eerder ingelezen` : ''
            }.`}
      </Alert>
      {r.earlierVersion > 0 && (
        <Alert color="orange.9" title="Beoordeeld op een eerdere versie">
          {countNl(r.earlierVersion, 'afspraak is', 'afspraken zijn')} gewijzigd nadat het pakket is
          gemaakt. Het oordeel is bewaard; bekijk wat er veranderde.
        </Alert>
      )}
      {r.generalRemark.trim() !== '' && (
        <div>
          <Text fw={600}>Algemene opmerking</Text>
          <Text className="review-remark">{r.generalRemark}</Text>
        </div>
      )}
      <List spacing="xs" aria-label="Oordelen in de reactie">
        {r.verdicts.map((v) => (
          <List.Item key={v.agreementId}>
            <Anchor
              component={Link}
              to={`/afspraken/${v.agreementId}`}
              c="blue.9"
              onClick={onClose}
            >
              {v.title}
            </Anchor>
            : {REVIEW_VERDICT_LABELS[v.verdict].toLowerCase()} ({formatDateNl(v.on)})
            {v.remark && <Text className="review-remark">{v.remark}</Text>}
            {v.changed.length > 0 && (
              <Text c="orange.9" size="sm">
                Beoordeeld op een eerdere versie; sindsdien gewijzigd: {v.changed.join(', ')}.
              </Text>
            )}
            {!v.added && !r.alreadyRead && (
              <Text c="dimmed" size="sm">
                Al eerder ingelezen.
              </Text>
            )}
          </List.Item>
        ))}
      </List>
      {r.verdicts.length === 0 && <Text>De reactie bevat geen oordelen over afspraken.</Text>}
      <Group justify="flex-end">
        <Button onClick={onClose} data-autofocus>
          Sluiten
        </Button>
      </Group>
    </Stack>
  );
}
