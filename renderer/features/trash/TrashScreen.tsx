import { Alert, Button, Group, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { formatDateTimeNl } from '../../../shared/dates';
import { ENTITY_LABELS } from '../../../shared/domain';
import type { PurgeMention } from '../../../shared/schemas/purge';
import type { TrashItem } from '../../../shared/schemas/system';
import { useApi } from '../../data/apiContext';
import { useMutation, useQuery } from '../../data/data';
import { confirmAction, notifyError, notifySaved } from '../../components/feedback';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { PurgeMentionsDialog, type PurgeChoice } from './PurgeMentionsDialog';
import { purgeMessage } from './purgeMessage';
import { TableHeadWithActions } from '../../components/TableHeadWithActions';

/** The Prullenbak: what was deleted, to put back or to remove for good. */
export function TrashScreen() {
  const trash = useQuery('trash.list', {});
  return (
    <>
      <PageHeader
        title="Prullenbak"
        description="Verwijderde regio’s, partijen, personen en rollen staan hier. U kunt ze terugzetten, met alles wat er samen mee werd verwijderd."
      />
      <QueryState query={trash} label="Prullenbak">
        {(items) =>
          items.length === 0 ? (
            <Alert color="blue" title="De prullenbak is leeg.">
              Wat u verwijdert, komt hier eerst terecht, zodat u het kunt terugzetten.
            </Alert>
          ) : (
            <Table striped verticalSpacing="sm">
              <caption className="visually-hidden">Items in de prullenbak</caption>
              <TableHeadWithActions columns={['Item', 'Soort', 'Verwijderd op']} />
              <Table.Tbody>
                {items.map((item) => (
                  <TrashRow key={`${item.entity}:${item.id}`} item={item} />
                ))}
              </Table.Tbody>
            </Table>
          )
        }
      </QueryState>
    </>
  );
}

function TrashRow({ item }: { item: TrashItem }) {
  const mutate = useMutation();
  const ref = { entity: item.entity, id: item.id };

  const restore = async () => {
    try {
      await mutate('trash.restore', ref);
      notifySaved(`${item.label} is teruggezet.`);
    } catch (error) {
      notifyError(error);
    }
  };

  const api = useApi();
  // A person's (or a party's people's) name in free text: the user chooses per mention.
  const [mentions, setMentions] = useState<PurgeMention[] | null>(null);

  const purgeNow = async (choices: PurgeChoice[]) => {
    try {
      await mutate('trash.purge', { ...ref, choices });
      notifySaved(`${item.label} is definitief verwijderd.`);
    } catch (error) {
      notifyError(error);
    }
  };

  const purge = async () => {
    let found: PurgeMention[];
    try {
      found = await api.invoke('trash.mentions', ref);
    } catch (error) {
      notifyError(error);
      return;
    }
    if (found.length > 0) {
      setMentions(found);
      return;
    }
    const sure = await confirmAction({
      title: `${item.label} definitief verwijderen?`,
      message: purgeMessage(item),
      confirmLabel: 'Definitief verwijderen',
      danger: true,
    });
    if (sure) await purgeNow([]);
  };

  return (
    <Table.Tr>
      <Table.Td>
        <PurgeMentionsDialog
          opened={mentions !== null}
          label={item.label}
          message={purgeMessage(item)}
          mentions={mentions ?? []}
          onClose={() => setMentions(null)}
          onConfirm={(choices) => {
            setMentions(null);
            void purgeNow(choices);
          }}
        />
        <Text fw={600}>{item.label}</Text>
        {item.includes && (
          <Text size="sm" c="dimmed">
            samen met {item.includes}
          </Text>
        )}
      </Table.Td>
      <Table.Td>{ENTITY_LABELS[item.entity]}</Table.Td>
      <Table.Td>{formatDateTimeNl(item.deletedAt)}</Table.Td>
      <Table.Td>
        <Group gap={6} justify="flex-end" wrap="nowrap">
          <Button
            size="xs"
            variant="outline"
            onClick={() => void restore()}
            aria-label={`${item.label} terugzetten`}
          >
            Terugzetten
          </Button>
          <Button
            size="xs"
            variant="subtle"
            color="red.9"
            onClick={() => void purge()}
            aria-label={`${item.label} definitief verwijderen`}
          >
            Definitief verwijderen
          </Button>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
