import { DomainError } from '../../shared/api/result';
import { formatDateNl } from '../../shared/dates';
import { today, writer, type ApiContext } from './context';
import { defineHandlers } from './handler';
import { requireContact, requireParty, requireRegion, requireRole, requireTheme } from './lookups';
import { ok } from './ok';
import { withNoun } from '../../shared/withNoun';

function checkReferences(
  ctx: ApiContext,
  refs: { partyId: string | null; themeId: string | null },
  previousThemeId: string | null = null,
) {
  if (refs.partyId) requireParty(ctx, refs.partyId, 'partyId');
  if (refs.themeId) {
    const theme = requireTheme(ctx, refs.themeId, 'themeId');
    if (theme.archivedAt && theme.id !== previousThemeId) {
      const message = `${withNoun('Thema', theme.name)} is gearchiveerd; kies een actief thema.`;
      throw new DomainError('invalid_input', message, [{ path: 'themeId', message }]);
    }
  }
}

export const roleHandlers = defineHandlers({
  'roles.list': (ctx, query) => ctx.repos.roles.list({ ...query, day: today(ctx) }),
  'roles.get': (ctx, { id }) => requireRole(ctx, id),
  /** For an existing person, or a new one created here with the role's party (one transaction). */
  'roles.create': (ctx, { contactId, newContact, ...input }) => {
    requireRegion(ctx, input.regionId, 'regionId');
    const w = writer(ctx);
    if (newContact) {
      checkReferences(ctx, input);
      const contact = ctx.repos.contacts.create(
        { ...newContact, partyId: input.partyId, notes: '', active: true },
        w,
      );
      return ctx.repos.roles.create({ ...input, contactId: contact.id }, w);
    }
    // The schema guarantees exactly one of contactId and newContact.
    const contact = requireContact(ctx, contactId!, 'contactId');
    const partyId = input.partyId ?? contact.partyId;
    checkReferences(ctx, { partyId, themeId: input.themeId });
    return ctx.repos.roles.create({ ...input, contactId: contact.id, partyId }, w);
  },
  'roles.update': (ctx, { id, ...input }) => {
    const before = requireRole(ctx, id);
    checkReferences(ctx, input, before.themeId);
    return ctx.repos.roles.update(before, input, writer(ctx));
  },
  'roles.end': (ctx, { id, until }) => {
    const before = requireRole(ctx, id);
    if (before.until && before.until <= today(ctx)) {
      throw new DomainError(
        'conflict',
        `Deze rol is al beëindigd op ${formatDateNl(before.until)}.`,
      );
    }
    if (before.since && until <= before.since) {
      const message =
        `Een rol die op ${formatDateNl(before.since)} is begonnen, kan op zijn vroegst de dag erna ` +
        'eindigen. Is de rol per vergissing aangemaakt? Verwijder hem dan.';
      throw new DomainError('invalid_input', message, [{ path: 'until', message }]);
    }
    return ctx.repos.roles.update(before, { ...before, until }, writer(ctx));
  },
  'roles.delete': (ctx, { id }) => {
    requireRole(ctx, id);
    ctx.repos.trash.softDelete('roleAssignment', id, writer(ctx));
    return ok;
  },
  'roles.overview': (ctx, { regionId }) => {
    requireRegion(ctx, regionId, 'regionId');
    return ctx.repos.overview(regionId, today(ctx));
  },
});
