import { BarChart } from '@mantine/charts';
import { Table } from '@mantine/core';
import type { MonitorFactor } from '../../../shared/schemas/monitor';

/**
 * How often each factor of the enquête was named, as positive and as negative: horizontal bars
 * per factor, two per factor. An image for assistive technology (`label`); `FactorTable` beside
 * it holds the same numbers.
 */
export function FactorChart(props: { factors: MonitorFactor[]; label: string }) {
  const data = props.factors.map((f) => ({
    factor: f.label,
    positief: f.positive,
    negatief: f.negative,
  }));
  const most = Math.max(1, ...props.factors.map((f) => Math.max(f.positive, f.negative)));
  return (
    <div role="img" aria-label={props.label} className="monitor-chart">
      <BarChart
        h={props.factors.length * 44 + 90}
        data={data}
        dataKey="factor"
        orientation="vertical"
        series={[
          { name: 'positief', label: 'Positief genoemd', color: 'teal.9' },
          { name: 'negatief', label: 'Negatief genoemd', color: 'red.9' },
        ]}
        accessibilityLayer={false}
        textColor="gray.8"
        withLegend
        legendProps={{ verticalAlign: 'bottom', height: 40, itemSorter: null }}
        gridAxis="x"
        xAxisProps={{ allowDecimals: false, domain: [0, most] }}
        yAxisProps={{ width: 230, interval: 0 }}
        barProps={{ isAnimationActive: false }}
      />
    </div>
  );
}

/** The factors' counts: the text alternative of `FactorChart`. */
export function FactorTable(props: { factors: MonitorFactor[] }) {
  return (
    <Table.ScrollContainer minWidth={360}>
      <Table withTableBorder striped verticalSpacing={6} captionSide="top">
        <Table.Caption ta="left">Hoe vaak elke factor is genoemd</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Factor</Table.Th>
            <Table.Th scope="col" ta="right">
              Positief genoemd
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Negatief genoemd
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.factors.map((f) => (
            <Table.Tr key={f.factor}>
              <Table.Th scope="row" fw={400}>
                {f.label}
              </Table.Th>
              <Table.Td ta="right">{f.positive}</Table.Td>
              <Table.Td ta="right">{f.negative}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
