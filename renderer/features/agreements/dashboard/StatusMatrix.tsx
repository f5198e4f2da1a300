import { formatNumberNl } from '../../../../shared/numbers';
import { Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import {
  AGREEMENT_STATUS_LABELS,
  AGREEMENT_STATUSES,
  type AgreementStatus,
} from '../../../../shared/domain';
import type { Dashboard } from '../../../../shared/schemas/agreementDashboard';
import { countAgreements, listLink, type ListFilter } from './dashboardLinks';

/** A count; when not zero, a link to the list with that filter (with a spoken explanation). */
function CountLink(props: { n: number; filter: ListFilter | null; context: string }) {
  if (props.n === 0) {
    return (
      <Text span c="dimmed">
        0
      </Text>
    );
  }
  if (!props.filter) return <>{formatNumberNl(props.n)}</>;
  return (
    <Link className="row-link" to={listLink(props.filter)}>
      {formatNumberNl(props.n)}
      <span className="visually-hidden"> {`${countAgreements(props.n)} ${props.context}`}</span>
    </Link>
  );
}

const statusText = (s: AgreementStatus) => `met status ${AGREEMENT_STATUS_LABELS[s].toLowerCase()}`;

/** Agreements per theme × status; every non-zero number opens the filtered list. */
export function StatusMatrix({ data }: { data: Dashboard }) {
  const grandTotal = AGREEMENT_STATUSES.reduce((sum, s) => sum + (data.totals[s] ?? 0), 0);
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table withTableBorder withColumnBorders striped verticalSpacing="xs" captionSide="top">
        <Table.Caption ta="left" c="dimmed">
          Afspraken per thema en status. Een afspraak met meer thema’s telt in elk van die thema’s
          mee; de totaalrij telt elke afspraak één keer.
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Thema</Table.Th>
            {AGREEMENT_STATUSES.map((s) => (
              <Table.Th scope="col" key={s} ta="right">
                {AGREEMENT_STATUS_LABELS[s]}
              </Table.Th>
            ))}
            <Table.Th scope="col" ta="right">
              Totaal
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.matrix.map((row) => {
            const theme = row.themeId;
            return (
              <Table.Tr key={theme ?? 'zonder-thema'}>
                <Table.Th scope="row" fw={600}>
                  {row.themeName}
                </Table.Th>
                {AGREEMENT_STATUSES.map((s) => (
                  <Table.Td key={s} ta="right">
                    <CountLink
                      n={row.counts[s] ?? 0}
                      filter={theme ? { thema: theme, status: s } : null}
                      context={`in ${row.themeName} ${statusText(s)}`}
                    />
                  </Table.Td>
                ))}
                <Table.Td ta="right" fw={600}>
                  <CountLink
                    n={row.total}
                    filter={theme ? { thema: theme } : null}
                    context={`in ${row.themeName}`}
                  />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row">Totaal</Table.Th>
            {AGREEMENT_STATUSES.map((s) => (
              <Table.Td key={s} ta="right" fw={700}>
                <CountLink n={data.totals[s] ?? 0} filter={{ status: s }} context={statusText(s)} />
              </Table.Td>
            ))}
            <Table.Td ta="right" fw={700}>
              <CountLink n={grandTotal} filter={{}} context="in deze regio" />
            </Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}
