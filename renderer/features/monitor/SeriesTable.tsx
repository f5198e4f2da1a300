import { Table, Text } from '@mantine/core';
import type { MonitorSeries } from '../../../shared/schemas/monitor';
import { change, grade } from './monitorFormat';

/**
 * Series of the monitor as a table, the text alternative of a chart: per series (all parties, a
 * kind of party, a theme) a group of rows, one per year, with the average rapportcijfer, the
 * number of enquêtes and the change against the series' nulmeting (its first year).
 */
export function SeriesTable(props: { caption: string; series: MonitorSeries[] }) {
  return (
    <Table.ScrollContainer minWidth={380}>
      <Table withTableBorder verticalSpacing={6} captionSide="top" className="monitor-table">
        <Table.Caption ta="left">{props.caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Jaar</Table.Th>
            <Table.Th scope="col" ta="right">
              Gemiddeld rapportcijfer
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Enquêtes
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Verschil met nulmeting
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        {props.series.map((s) => (
          <Table.Tbody key={s.key}>
            <Table.Tr className="monitor-group">
              <Table.Th scope="rowgroup" colSpan={4}>
                {s.label}
              </Table.Th>
            </Table.Tr>
            {s.points.map((p) => (
              <Table.Tr key={p.year}>
                <Table.Th scope="row" fw={400}>
                  {p.year}
                </Table.Th>
                <Table.Td ta="right">{grade(p.average)}</Table.Td>
                <Table.Td ta="right">{p.count}</Table.Td>
                <Table.Td ta="right">
                  {p.baseline ? (
                    <Text span fw={700} size="sm">
                      nulmeting
                    </Text>
                  ) : (
                    change(p.change ?? 0)
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        ))}
      </Table>
    </Table.ScrollContainer>
  );
}
