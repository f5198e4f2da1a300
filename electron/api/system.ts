import { LATEST_VERSION } from '../../db/migrations';
import { defineHandlers } from './handler';
import { historyText, nameResolver } from './historyText';
import { requireRegion } from './lookups';
import type { ApiContext } from './context';

function settingsOf(ctx: ApiContext) {
  const current = ctx.repos.settings.get('currentRegionId');
  const region = current ? ctx.repos.regions.find(current) : null;
  return {
    userName: ctx.repos.settings.get('userName') ?? '',
    organisation: ctx.repos.settings.get('organisation') ?? '',
    currentRegionId:
      region && !region.deletedAt ? region.id : (ctx.repos.regions.list()[0]?.id ?? null),
  };
}

export const systemHandlers = defineHandlers({
  'app.info': (ctx) => ({
    version: ctx.appVersion,
    databasePath: ctx.databasePath,
    schemaVersion: LATEST_VERSION,
    // Empty only when there is nothing to reach: parties and people outlive a deleted region.
    empty:
      ctx.repos.regions.count() === 0 &&
      ctx.repos.parties.count() === 0 &&
      ctx.repos.contacts.count() === 0,
  }),
  'settings.get': (ctx) => settingsOf(ctx),
  'settings.update': (ctx, input) => {
    if (input.userName !== undefined) ctx.repos.settings.set('userName', input.userName);
    if (input.organisation !== undefined)
      ctx.repos.settings.set('organisation', input.organisation);
    if (input.currentRegionId !== undefined) {
      if (input.currentRegionId) requireRegion(ctx, input.currentRegionId, 'currentRegionId');
      ctx.repos.settings.set('currentRegionId', input.currentRegionId);
    }
    return settingsOf(ctx);
  },
  'history.list': (ctx, { entity, id }) => {
    const nameOf = nameResolver(ctx.repos);
    return ctx.repos.audit
      .forEntity(entity, id)
      .map((entry) => ({ ...entry, text: historyText(entry, nameOf) }));
  },
});
