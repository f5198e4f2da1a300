import { exportDocument } from '../../db/exchange';
import { defineHandlers } from './handler';
import { loadDemo } from './demoDossier';
import { importDocument } from './exchangeImport';
import { requireRegion } from './lookups';

/** The exchange format (docs/exchange-format.md) and the Voorbeelddossier. */
export const dossierHandlers = defineHandlers({
  'dossier.loadDemo': (ctx) => loadDemo(ctx),
  'dossier.export': (ctx, { regionId }) => {
    if (regionId) requireRegion(ctx, regionId, 'regionId');
    return exportDocument(ctx.repos.db, regionId, ctx.clock().toISOString());
  },
  'dossier.import': (ctx, { document, fileName }) =>
    importDocument(ctx, document, fileName ?? null),
});
