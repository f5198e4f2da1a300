import { today } from './context';
import { agreementsCsv, fileSlug } from './csv';
import { defineHandlers } from './handler';
import { requireRegion } from './lookups';

/** Read side of the afsprakenregister: the filtered list, the regio-overzicht and the CSV export. */
export const agreementQueryHandlers = defineHandlers({
  'agreements.list': (ctx, query) => {
    requireRegion(ctx, query.regionId, 'regionId');
    return ctx.repos.agreementQueries.list({ ...query, day: today(ctx) });
  },
  'agreements.page': (ctx, query) => {
    requireRegion(ctx, query.regionId, 'regionId');
    return ctx.repos.agreementQueries.page({ ...query, day: today(ctx) });
  },
  'agreements.listIds': (ctx, query) => {
    requireRegion(ctx, query.regionId, 'regionId');
    return ctx.repos.agreementQueries.ids({ ...query, day: today(ctx) });
  },
  'agreements.dashboard': (ctx, { regionId }) => {
    requireRegion(ctx, regionId, 'regionId');
    return ctx.repos.agreementQueries.dashboard(regionId, today(ctx));
  },
  'agreements.summary': (ctx, { regionId }) => {
    requireRegion(ctx, regionId, 'regionId');
    return ctx.repos.agreementQueries.summary(regionId, today(ctx));
  },
  'agreements.exportCsv': (ctx, query) => {
    const region = requireRegion(ctx, query.regionId, 'regionId');
    const day = today(ctx);
    const rows = ctx.repos.agreementQueries.exportRows({ ...query, day });
    return {
      fileName: `afspraken-${fileSlug(region.name)}-${day}.csv`,
      content: agreementsCsv(rows),
      rows: rows.length,
    };
  },
});
