/**
 * Overdracht (issue 22, item 5): `handover.get` assembles what a leaving person carries;
 * `handover.perform` gives the chosen roles, agreements and open actions to a successor and ends
 * the leaver's roles, in one transaction with every change in the audit log. Refused, with
 * nothing changed, when the successor is the leaver or not in the register, when an id is not
 * the leaver's, or when an agreement or open action would be left with the leaver.
 */
import { DomainError } from '../../shared/api/result';
import { formatDateNl } from '../../shared/dates';
import { ROLE_KIND_LABELS } from '../../shared/domain';
import type { Handover } from '../../shared/schemas/handover';
import { today, writer, type ApiContext } from './context';
import { defineHandlers } from './handler';
import { countNl, joinNl, requireContact } from './lookups';

function assemble(ctx: ApiContext, contactId: string): Handover {
  const c = requireContact(ctx, contactId, 'contactId');
  const day = today(ctx);
  return {
    person: {
      id: c.id,
      name: c.name,
      function: c.function,
      partyName: c.partyId ? (ctx.repos.parties.find(c.partyId)?.name ?? null) : null,
      email: c.email,
    },
    day,
    ...ctx.repos.handover(c.id, day),
  };
}

const refuse = (path: string, message: string) => {
  throw new DomainError('invalid_input', message, [{ path, message }]);
};

export const handoverHandlers = defineHandlers({
  'handover.get': (ctx, { contactId }) => assemble(ctx, contactId),
  'handover.perform': (ctx, input) => {
    const leaver = requireContact(ctx, input.contactId, 'contactId');
    const successor = requireContact(ctx, input.successorId, 'successorId');
    if (!successor.active) {
      refuse(
        'successorId',
        `${successor.name} staat als niet actief in het register; kies een actieve opvolger.`,
      );
    }
    const endDate = input.endDate!;
    const h = assemble(ctx, leaver.id);
    const mine = (list: { id: string }[]) => new Set(list.map((x) => x.id));
    const roles = mine(h.roles);
    const agreements = mine(h.ownedAgreements);
    const actions = mine(h.openActions);
    for (const [key, ids, own, what] of [
      ['roleIds', input.roleIds, roles, 'Deze rol'],
      ['agreementIds', input.agreementIds, agreements, 'Deze afspraak'],
      ['actionIds', input.actionIds, actions, 'Dit actiepunt'],
    ] as const) {
      ids.forEach((id, i) => {
        if (!own.has(id)) refuse(`${key}[${i}]`, `${what} is niet (meer) van ${leaver.name}.`);
      });
    }
    // Nothing may stay with the leaver without an owner to carry it on.
    const left = [
      [h.ownedAgreements.length - input.agreementIds.length, 'afspraak', 'afspraken'],
      [h.openActions.length - input.actionIds.length, 'open actiepunt', 'open actiepunten'],
    ] as const;
    const rest = left.filter(([n]) => n > 0).map(([n, one, many]) => countNl(n, one, many));
    const one = left.reduce((n, [k]) => n + Math.max(k, 0), 0) === 1;
    if (rest.length) {
      refuse(
        rest[0]!.includes('afspra') ? 'agreementIds' : 'actionIds',
        one
          ? `Dan blijft ${rest[0]} achter bij ${leaver.name}, die vertrekt. Kies die ook voor de opvolger.`
          : `Dan blijven ${joinNl(rest)} achter bij ${leaver.name}, die vertrekt. Kies ze ook voor de opvolger.`,
      );
    }
    const chosen = new Set(input.roleIds);
    const w = writer(ctx);
    return ctx.repos.db.transaction(() => {
      let moved = 0;
      let ended = 0;
      for (const r of h.roles) {
        const before = ctx.repos.roles.find(r.id)!;
        const named = `${ROLE_KIND_LABELS[r.role]}${r.partyName ? ` (${r.partyName})` : ''} in ${r.regionName}`;
        if (before.since && endDate <= before.since) {
          refuse(
            'endDate',
            `De rol ${named} begon op ${formatDateNl(before.since)}; de overdracht kan op zijn vroegst de dag erna.`,
          );
        }
        // Already ending by then (an earlier overdracht to a later date, or its own end).
        if (before.until && before.until <= endDate) {
          if (chosen.has(r.id)) {
            refuse(
              'roleIds',
              `De rol ${named} eindigt al op ${formatDateNl(before.until)}: die is al overgedragen of loopt af.`,
            );
          }
          continue;
        }
        const until = endDate;
        ctx.repos.roles.update(before, { ...before, until }, w);
        ended++;
        if (!chosen.has(r.id)) continue;
        ctx.repos.roles.create(
          {
            regionId: before.regionId,
            contactId: successor.id,
            partyId: before.partyId,
            role: before.role,
            themeId: before.themeId,
            mandate: before.mandate,
            since: until,
            until: null,
          },
          w,
        );
        moved++;
      }
      for (const id of input.agreementIds) {
        ctx.repos.agreements.setOwner(ctx.repos.agreements.find(id)!, successor.id, w);
      }
      for (const id of input.actionIds) {
        const before = ctx.repos.decisions.findAction(id)!;
        ctx.repos.decisions.updateAction(
          before,
          {
            text: before.text,
            ownerId: successor.id,
            dueDate: before.dueDate,
            status: before.status,
            doneOn: before.doneOn,
          },
          w,
        );
      }
      return {
        roles: moved,
        endedRoles: ended,
        agreements: input.agreementIds.length,
        actions: input.actionIds.length,
      };
    })();
  },
});
