import { Table } from '@mantine/core';

/**
 * The head row of a table whose last column holds each row's buttons: the column headings, and
 * "Acties" for screen readers only (the buttons name themselves).
 */
export function TableHeadWithActions(props: { columns: (string | false | undefined)[] }) {
  return (
    <Table.Thead>
      <Table.Tr>
        {props.columns.filter(Boolean).map((column) => (
          <Table.Th key={column as string} scope="col">
            {column}
          </Table.Th>
        ))}
        <Table.Th scope="col">
          <span className="visually-hidden">Acties</span>
        </Table.Th>
      </Table.Tr>
    </Table.Thead>
  );
}
