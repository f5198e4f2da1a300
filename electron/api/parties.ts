import { assertBaseCurrent } from '../../shared/api/staleBase';
import { DomainError } from '../../shared/api/result';
import { today, writer, type ApiContext } from './context';
import { defineHandlers } from './handler';
import { deleteImpact } from './impact';
import { requireMembership, requireParty, requireRegion } from './lookups';
import { ok } from './ok';

function assertNotMember(ctx: ApiContext, regionId: string, partyId: string, path: string) {
  if (ctx.repos.memberships.existing(regionId, partyId)) {
    const message = 'Deze partij neemt al deel aan deze regio; pas de bestaande deelname aan.';
    throw new DomainError('conflict', message, [{ path, message }]);
  }
}

export const partyHandlers = defineHandlers({
  'parties.list': (ctx, query) => {
    if (query.regionId) requireRegion(ctx, query.regionId, 'regionId');
    return ctx.repos.parties.list({ ...query, day: today(ctx) });
  },
  'parties.get': (ctx, { id }) => ({
    ...requireParty(ctx, id),
    memberships: ctx.repos.memberships.ofParty(id),
  }),
  'parties.create': (ctx, { membership, ...fields }) => {
    const w = writer(ctx);
    if (membership) requireRegion(ctx, membership.regionId, 'membership.regionId');
    const party = ctx.repos.parties.create(fields, w);
    if (membership) ctx.repos.memberships.create({ ...membership, partyId: party.id }, w);
    return party;
  },
  'parties.update': (ctx, { id, base, ...fields }) => {
    const before = requireParty(ctx, id);
    assertBaseCurrent('Deze partij is', before, fields, base);
    return ctx.repos.parties.update(before, fields, writer(ctx));
  },
  'parties.deleteImpact': (ctx, { id }) => {
    const party = requireParty(ctx, id);
    return deleteImpact(ctx.repos.trash.impact('party', id), `Partij ${party.name}`);
  },
  'parties.delete': (ctx, { id }) => {
    requireParty(ctx, id);
    ctx.repos.trash.softDelete('party', id, writer(ctx));
    return ok;
  },

  'memberships.create': (ctx, input) => {
    requireRegion(ctx, input.regionId, 'regionId');
    requireParty(ctx, input.partyId, 'partyId');
    assertNotMember(ctx, input.regionId, input.partyId, 'regionId');
    return ctx.repos.memberships.create(input, writer(ctx));
  },
  'memberships.update': (ctx, { id, ...input }) =>
    ctx.repos.memberships.update(requireMembership(ctx, id), input, writer(ctx)),
  'memberships.delete': (ctx, { id }) => {
    requireMembership(ctx, id);
    ctx.repos.trash.softDelete('membership', id, writer(ctx));
    return ok;
  },
});
