import { DomainError } from '../../shared/api/result';
import { ATTENDEES_MAX } from '../../shared/schemas/meeting';
import { today, writer, type ApiContext } from './context';
import { defineHandlers } from './handler';
import { countNl, requireParty } from './lookups';
import { assertMinutesOpen, requireMeeting } from './meetings';

/** The people of the aanspreekpunten-overzicht today: of every party, or of one (in its order). */
function aanspreekpunten(ctx: ApiContext, regionId: string, partyId: string | null): string[] {
  let rows = ctx.repos.overview(regionId, today(ctx)).rows;
  if (partyId) {
    const party = requireParty(ctx, partyId, 'partyId');
    rows = rows.filter((r) => r.partyId === partyId);
    if (rows.length === 0) {
      const message = `${party.name} neemt niet deel aan de regio van dit overleg.`;
      throw new DomainError('invalid_input', message, [{ path: 'partyId', message }]);
    }
  }
  const people = rows.flatMap((r) => [...r.bestuurlijk, ...r.ambtelijk]);
  // Someone who starts later is not an aanspreekpunt yet; one person may hold two roles.
  return [...new Set(people.filter((p) => !p.upcoming).map((p) => p.contactId))];
}

/** "12 genodigden toegevoegd; 3 stonden er al op." */
function invitedMessage(added: number, already: number, partyId: string | null): string {
  if (added === 0 && already === 0) {
    return partyId
      ? 'Deze partij heeft nu geen bestuurlijk of ambtelijk aanspreekpunt; er is niemand toegevoegd.'
      : 'De partijen van deze regio hebben nu geen aanspreekpunten; er is niemand toegevoegd.';
  }
  const stood = `${already === 1 ? 'stond' : 'stonden'} er al op`;
  if (added === 0)
    return `Geen genodigden toegevoegd; ${already === 1 ? 'die' : `alle ${already}`} ${stood}.`;
  const head = `${countNl(added, 'genodigde', 'genodigden')} toegevoegd`;
  return already === 0 ? `${head}.` : `${head}; ${already} ${stood}.`;
}

export const meetingInviteHandlers = defineHandlers({
  /**
   * "Alle aanspreekpunten uitnodigen" and "per partij": every current bestuurlijk and ambtelijk
   * aanspreekpunt (of one party), after those invited already; one audit entry, as a single
   * invitation.
   */
  'meetings.inviteAanspreekpunten': (ctx, { meetingId, partyId }) => {
    const meeting = requireMeeting(ctx, meetingId, 'meetingId');
    assertMinutesOpen(meeting);
    const people = aanspreekpunten(ctx, meeting.regionId, partyId);
    const invited = ctx.repos.meetings.attendees(meetingId);
    const already = new Set(invited.map((a) => a.contactId));
    const fresh = people.filter((id) => !already.has(id));
    if (invited.length + fresh.length > ATTENDEES_MAX) {
      throw new DomainError(
        'invalid_input',
        `Een overleg heeft ten hoogste ${ATTENDEES_MAX} genodigden; er ${
          invited.length === ATTENDEES_MAX - 1
            ? 'kan er nog 1'
            : `kunnen er nog ${ATTENDEES_MAX - invited.length}`
        } bij, en dit zijn er ${fresh.length}.`,
      );
    }
    ctx.repos.meetings.addPeople(meetingId, fresh, writer(ctx));
    const alreadyInvited = people.length - fresh.length;
    return {
      added: fresh.length,
      alreadyInvited,
      message: invitedMessage(fresh.length, alreadyInvited, partyId),
    };
  },
});
