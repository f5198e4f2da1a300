import { LATEST_VERSION } from '../../db/migrations';
import { defineHandlers } from './handler';
import { historyText, nameResolver } from './historyText';
import { requireRegion } from './lookups';
import type { Changes } from '../../db/audit';
import { writer, type ApiContext } from './context';

function settingsOf(ctx: ApiContext) {
  const current = ctx.repos.settings.get('currentRegionId');
  const region = current ? ctx.repos.regions.find(current) : null;
  return {
    ...ctx.profile.get(),
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
    // The current region is where one works in this dossier (not audited). The name and
    // organisation are the user profile of this computer, not a setting of the dossier
    // (userProfile.ts). Who writes the audit log is itself audited: a changed name or
    // organisation is recorded in the dossier open at the time, by the actor the change makes.
    // The profile is written last, so a refused change leaves it as it was.
    if (input.currentRegionId !== undefined) {
      if (input.currentRegionId) requireRegion(ctx, input.currentRegionId, 'currentRegionId');
      ctx.repos.settings.set('currentRegionId', input.currentRegionId);
    }
    const profile = ctx.profile.get();
    const next = { ...profile };
    const changes: Changes = {};
    for (const key of ['userName', 'organisation'] as const) {
      const to = input[key];
      if (to === undefined || to === profile[key]) continue;
      changes[key] = { from: profile[key] || null, to: to || null };
      next[key] = to;
    }
    if (Object.keys(changes).length > 0) {
      ctx.repos.audit.recordSettings(writer(ctx, next), changes);
      ctx.profile.set(next);
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
