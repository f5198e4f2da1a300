import type { Changes } from '../../db/audit';
import { LATEST_VERSION } from '../../db/migrations';
import { defineHandlers } from './handler';
import { historyText, nameResolver } from './historyText';
import { requireRegion } from './lookups';
import { writer, type ApiContext } from './context';

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
    // Who writes the audit log is itself audited: a changed name or organisation is recorded
    // (by the actor the change makes). The current region is where one works, not a setting of
    // record, and is not audited.
    const changes: Changes = {};
    for (const key of ['userName', 'organisation'] as const) {
      const to = input[key];
      if (to === undefined) continue;
      const from = ctx.repos.settings.get(key);
      if ((from ?? '') !== to) changes[key] = { from, to: to === '' ? null : to };
      ctx.repos.settings.set(key, to);
    }
    if (Object.keys(changes).length > 0) ctx.repos.audit.recordSettings(writer(ctx), changes);
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
