import { Table, Text } from '@mantine/core';
import type { RescuedPart } from '../../../shared/schemas/dossierFile';

const number = (n: number) => n.toLocaleString('nl-NL');

/** What could not be read of one part, in words. */
export function lostText(part: RescuedPart): string {
  if (part.state === 'unreadable') return 'tabel niet leesbaar';
  if (part.state === 'complete') return '0';
  return part.lost === null
    ? 'onbekend aantal (de rest is niet leesbaar)'
    : `${number(part.lost)} niet leesbaar`;
}

/**
 * The rescue's honest account per part of the dossier: rows read, rows lost (or that the table
 * could not be read at all), and rows left out because they referred to something lost.
 */
export function RescueReport(props: {
  parts: RescuedPart[];
  schemaComplete: boolean;
  cutOff: { present: number; expected: number } | null;
}) {
  return (
    <>
      {props.cutOff && (
        <Text size="sm">
          Het bestand is afgebroken: {number(props.cutOff.present)} van de{' '}
          {number(props.cutOff.expected)} pagina’s zijn er nog.
        </Text>
      )}
      {!props.schemaComplete && (
        <Text size="sm">
          Het overzicht van de tabellen in het bestand (het schema) is niet volledig leesbaar: wat
          daar niet in te lezen was, kon niet worden gevonden.
        </Text>
      )}
      <Table striped withTableBorder fz="sm" aria-label="Wat is gered, per onderdeel">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Onderdeel</Table.Th>
            <Table.Th scope="col">Gered</Table.Th>
            <Table.Th scope="col">Verloren</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.parts.map((part) => (
            <Table.Tr key={part.part}>
              <Table.Th scope="row" fw="normal">
                {part.part}
              </Table.Th>
              <Table.Td>{number(part.copied)}</Table.Td>
              <Table.Td>
                {lostText(part)}
                {part.removed > 0 &&
                  `; ${number(part.removed)} weggelaten of aangepast (verwezen naar verloren gegevens)`}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}
