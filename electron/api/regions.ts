import { assertBaseCurrent } from '../../shared/api/staleBase';
import { ok } from './ok';
import { writer } from './context';
import { defineHandlers } from './handler';
import { regionDeleteImpact } from './impact';
import { requireRegion } from './lookups';

export const regionHandlers = defineHandlers({
  'regions.list': (ctx) => ctx.repos.regions.list(),
  'regions.get': (ctx, { id }) => requireRegion(ctx, id),
  /** A new region becomes the current one: the user created it to work in it. */
  'regions.create': (ctx, input) => {
    const w = writer(ctx);
    ctx.repos.themes.ensureDefaults(w);
    const region = ctx.repos.regions.create(input, w);
    ctx.repos.settings.set('currentRegionId', region.id);
    return region;
  },
  'regions.update': (ctx, { id, base, ...input }) => {
    const before = requireRegion(ctx, id);
    assertBaseCurrent('Deze regio is', before, input, base);
    return ctx.repos.regions.update(before, input, writer(ctx));
  },
  'regions.deleteImpact': (ctx, { id }) => {
    const region = requireRegion(ctx, id);
    return regionDeleteImpact(ctx.repos.trash.impact('region', id), region.name);
  },
  'regions.delete': (ctx, { id }) => {
    requireRegion(ctx, id);
    ctx.repos.trash.softDelete('region', id, writer(ctx));
    if (ctx.repos.settings.get('currentRegionId') === id) {
      ctx.repos.settings.set('currentRegionId', ctx.repos.regions.list()[0]?.id ?? null);
    }
    return ok;
  },
});
