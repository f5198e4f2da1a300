import { ActionIcon, Anchor, Group, List, Menu, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { DECISION_LINK_KIND_LABELS } from '../../../shared/schemas/decisionLink';
import type { Decision } from '../../../shared/schemas/meeting';
import { useMutation } from '../../data/data';
import { notifyError, notifyTrashed } from '../../components/feedback';
import { AgreementForm } from '../agreements/AgreementForm';
import { DecisionChangeModal } from './DecisionChangeModal';
import { agreementFromDecision } from './decisionAgreement';
import { useMeeting } from './meetingContext';

/**
 * One besluit: its text, the afspraken it created or changed (links both ways), and the menu to
 * make a new afspraak from it or change an existing one. Links are not part of the minutes, so
 * the menu stays after the minutes are vastgesteld; deleting the besluit does not.
 */
export function DecisionRow(props: { decision: Decision; readOnly: boolean }) {
  const { decision: d } = props;
  const meeting = useMeeting();
  const mutate = useMutation();
  const [dialog, setDialog] = useState<'new' | 'change' | null>(null);
  const close = () => setDialog(null);

  const remove = async () => {
    try {
      await mutate('decisions.delete', { id: d.id });
      notifyTrashed(`Besluit ‘${d.text.slice(0, 60)}’`, () =>
        mutate('trash.restore', { entity: 'decision', id: d.id }),
      );
    } catch (error) {
      notifyError(error);
    }
  };

  return (
    <List.Item>
      <Stack gap={2}>
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
            {d.text}
          </Text>
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <ActionIcon size="sm" variant="subtle" aria-label={`Afspraak bij besluit ${d.text}`}>
                ⋯
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item onClick={() => setDialog('new')}>
                Nieuwe afspraak uit dit besluit…
              </Menu.Item>
              <Menu.Item onClick={() => setDialog('change')}>
                Bestaande afspraak wijzigen…
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
          <ActionIcon
            hidden={props.readOnly}
            size="sm"
            variant="subtle"
            color="red.8"
            aria-label={`Besluit ${d.text} verwijderen`}
            onClick={() => void remove()}
          >
            ×
          </ActionIcon>
        </Group>
        {d.agreements.length > 0 && (
          <Group gap="xs">
            {d.agreements.map((a) => (
              <Group key={a.id} gap={4} wrap="nowrap">
                <Text size="xs" c="dimmed">
                  Afspraak {DECISION_LINK_KIND_LABELS[a.kind]}:
                </Text>
                <Anchor component={Link} to={`/afspraken/${a.id}`} size="xs">
                  {a.caseNumber ? `${a.caseNumber} · ` : ''}
                  {a.title}
                </Anchor>
              </Group>
            ))}
          </Group>
        )}
      </Stack>
      <Modal
        opened={dialog === 'new'}
        onClose={close}
        title="Nieuwe afspraak uit besluit"
        size="xl"
      >
        {dialog === 'new' && (
          <AgreementForm
            mode={{
              kind: 'create',
              regionId: meeting.regionId,
              fromDecision: { id: d.id, values: agreementFromDecision(d, meeting) },
            }}
            onDone={close}
          />
        )}
      </Modal>
      <DecisionChangeModal decision={d} opened={dialog === 'change'} onClose={close} />
    </List.Item>
  );
}
