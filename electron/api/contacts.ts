import { assertBaseCurrent } from '../../shared/api/staleBase';
import { today, writer } from './context';
import { defineHandlers } from './handler';
import { deleteImpact } from './impact';
import { requireContact, requireParty, requireRegion } from './lookups';
import { ok } from './ok';

export const contactHandlers = defineHandlers({
  'contacts.list': (ctx, query) => {
    if (query.regionId) requireRegion(ctx, query.regionId, 'regionId');
    return ctx.repos.contacts.list({ ...query, day: today(ctx) });
  },
  'contacts.get': (ctx, { id }) => requireContact(ctx, id),
  'contacts.create': (ctx, input) => {
    if (input.partyId) requireParty(ctx, input.partyId, 'partyId');
    return ctx.repos.contacts.create(input, writer(ctx));
  },
  'contacts.update': (ctx, { id, base, ...input }) => {
    const before = requireContact(ctx, id);
    assertBaseCurrent('Deze persoon is', before, input, base);
    if (input.partyId && input.partyId !== before.partyId)
      requireParty(ctx, input.partyId, 'partyId');
    return ctx.repos.contacts.update(before, input, writer(ctx));
  },
  'contacts.deleteImpact': (ctx, { id }) => {
    const contact = requireContact(ctx, id);
    return deleteImpact(ctx.repos.trash.impact('contact', id), contact.name);
  },
  'contacts.delete': (ctx, { id }) => {
    requireContact(ctx, id);
    ctx.repos.trash.softDelete('contact', id, writer(ctx));
    return ok;
  },
});
