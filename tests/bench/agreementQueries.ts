/**
 * The afsprakenregister's hot paths (issue 3 budgets): the filtered list query and the
 * regio-overzicht aggregation, p95 over realistic filter combinations and regions.
 */
import type { Api } from '../../electron/api/createApi';
import type { AgreementList, AgreementListQuery } from '../../shared/schemas/agreementList';
import { percentile, timeMs, type Figure } from './stats';

const ITERATIONS = 200;

function call(api: Api, method: string, input: unknown) {
  const result = api.invoke(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value;
}

/** What a coordinator filters on, from the screen and the dashboard's links. */
function filterCombinations(api: Api, regionId: string): AgreementListQuery[] {
  const themes = call(api, 'themes.list', {}) as { id: string; name: string }[];
  const all = call(api, 'agreements.list', { regionId }) as AgreementList;
  const someParty = (call(api, 'parties.list', { regionId }) as { id: string }[])[0]!.id;
  const someOwner = all.items.find((i) => i.ownerId)!.ownerId!;
  const ouderen = themes.find((t) => t.name === 'Ouderen')!.id;
  return [
    { regionId },
    { regionId, statuses: ['vastgesteld', 'in_uitvoering'] },
    { regionId, themeIds: [ouderen], sort: 'nextEvaluation' },
    { regionId, search: 'valpreventie' },
    { regionId, evaluationOverdue: true },
    { regionId, withoutOwner: true, withoutDekking: true },
    { regionId, staleProgress: true, sort: 'updated' },
    { regionId, partyIds: [someParty], financing: ['wmo', 'zvw'] },
    { regionId, ownerIds: [someOwner] },
    { regionId, reviewStates: ['wacht', 'opmerkingen'], sort: 'status' },
  ];
}

function p95(api: Api, method: string, inputs: unknown[], iterations = ITERATIONS): number {
  for (let i = 0; i < 10; i += 1) call(api, method, inputs[i % inputs.length]);
  const samples = Array.from({ length: iterations }, (_, i) =>
    timeMs(() => call(api, method, inputs[i % inputs.length])),
  );
  return percentile(samples, 95);
}

export function agreementFigures(api: Api): Figure[] {
  const regions = call(api, 'regions.list', {}) as { id: string }[];
  const sizes = regions.map((r) => ({
    id: r.id,
    total: (call(api, 'agreements.list', { regionId: r.id }) as AgreementList).total,
  }));
  const big = sizes.reduce((a, b) => (b.total > a.total ? b : a));
  const usual = sizes.filter((s) => s.id !== big.id);
  const perRegion = Math.round(usual.reduce((n, s) => n + s.total, 0) / usual.length);
  const total = sizes.reduce((n, s) => n + s.total, 0);

  // Pages as the screen asks for them (renderer/data/pagedQuery.ts: 50 rows).
  const page = (q: AgreementListQuery) => ({ ...q, limit: 50 });
  const usualQueries = usual.flatMap((s) => filterCombinations(api, s.id)).map(page);
  const bigQueries = filterCombinations(api, big.id).map(page);
  return [
    { name: `afspraken in de database (${regions.length} regio's)`, value: total, unit: 'rijen' },
    {
      name: `afsprakenlijst, pagina p95 (regio van ~${perRegion}, 10 filtercombinaties)`,
      // Budgeted as a ratio to the raw query (baselines.ts); milliseconds are information.
      value: p95(api, 'agreements.list', usualQueries),
      unit: 'ms',
    },
    {
      name: `afsprakenlijst, pagina p95 (grote regio van ${big.total}, 10 filtercombinaties)`,
      value: p95(api, 'agreements.list', bigQueries, 50),
      unit: 'ms',
    },
    {
      name: `regio-overzicht afspraken, p95 (regio van ~${perRegion})`,
      value: p95(
        api,
        'agreements.dashboard',
        usual.map((s) => ({ regionId: s.id })),
      ),
      unit: 'ms',
      budget: 50,
    },
    {
      name: `regio-overzicht afspraken, p95 (grote regio van ${big.total})`,
      value: p95(api, 'agreements.dashboard', [{ regionId: big.id }], 30),
      unit: 'ms',
    },
  ];
}
