/**
 * A dossier with meetings for the exchange-format tests: two regions, a meeting with invited
 * people and a guest, minutes approved, corrected and approved again, a decision linked to an
 * agreement, an action done, an agenda item and a meeting in the Prullenbak.
 */
import { snapshotCounts, type TestApi } from '../fixtures/api';
import { addContact, addParty, addRegion } from '../fixtures/register';
import { agreementInput, seed } from './agreementsSeed';

const MEETING = {
  kind: 'voortgangsgesprek',
  date: '2026-10-01',
  startTime: '14:00',
  endTime: '16:00',
  location: 'Stadhuis Leeuwarden',
} as const;

export function meetingDossier(api: TestApi) {
  const w = seed(api);
  const groningen = addRegion(api, 'Groningen');
  const stad = addParty(api, groningen.id, 'Gemeente Groningen');
  // The chair works for a party of the other region and has no role in Friesland; the action
  // owner has no party at all: a Friesland export must still bring both along.
  const chair = addContact(api, stad.id, 'Els Smit');
  const owner = addContact(api, null, 'Piet Zonder');
  const henk = addContact(api, stad.id, 'Henk Groen');
  const agreement = api.call('agreements.create', agreementInput(w));
  const elsewhere = api.call('agreements.create', {
    ...agreementInput(w),
    regionId: groningen.id,
    title: 'Crisiszorg Groningen',
    parties: [],
    ownerId: null,
  });

  const meeting = api.call('meetings.create', {
    regionId: w.region.id,
    title: 'Voortgangsgesprek najaar',
    chairId: chair.id,
    minuteTakerId: w.owner.id,
    ...MEETING,
  });
  api.call('meetings.setAttendees', {
    meetingId: meeting.id,
    attendees: [
      { contactId: w.owner.id, attendance: 'aanwezig' },
      { contactId: chair.id, attendance: 'afgemeld' },
      { guestName: 'Karin de Gast', guestEmail: 'karin@example.nl', guestOrganisation: 'Bureau' },
    ],
  });
  const item = api.call('agenda.add', {
    meetingId: meeting.id,
    title: 'Valpreventie',
    presenter: 'Jan Jansen',
    confidential: true,
    agreementIds: [agreement.id, elsewhere.id],
  });
  api.call('agenda.saveMinutes', {
    agendaItemId: item.id,
    minutesHtml: '<p>Besproken: de <strong>cijfers</strong> van de valpreventie.</p>',
    baseRevision: 0,
  });
  const decision = api.call('decisions.add', { agendaItemId: item.id, text: 'We gaan door.' });
  const action = api.call('actions.add', {
    agendaItemId: item.id,
    text: 'Cijfers aanleveren',
    ownerId: owner.id,
    dueDate: '2026-12-01',
  });
  const gone = api.call('agenda.add', { meetingId: meeting.id, title: 'Rondvraag' });
  api.call('agenda.delete', { id: gone.id });
  api.call('minutes.approve', {
    meetingId: meeting.id,
    approvedOn: '2026-10-15',
    approvedIn: 'Overleg oktober',
  });
  api.call('minutes.correct', { meetingId: meeting.id, reason: 'Een naam was verkeerd gespeld.' });
  api.call('minutes.approve', {
    meetingId: meeting.id,
    approvedOn: '2026-11-01',
    approvedIn: 'Overleg november',
  });
  api.call('actions.setStatus', { id: action.id, status: 'afgerond', doneOn: '2026-11-10' });

  const trashed = api.call('meetings.create', {
    regionId: w.region.id,
    title: 'Werkgroep wonen',
    chairId: null,
    minuteTakerId: null,
    ...MEETING,
    kind: 'werkgroep',
  });
  api.call('agenda.add', { meetingId: trashed.id, title: 'Opening' });
  api.call('meetings.delete', { id: trashed.id });

  const other = api.call('meetings.create', {
    regionId: groningen.id,
    title: 'Regio-overleg Groningen',
    chairId: henk.id,
    minuteTakerId: null,
    ...MEETING,
  });
  const otherItem = api.call('agenda.add', { meetingId: other.id, title: 'Crisiszorg' });
  const otherDecision = api.call('decisions.add', {
    agendaItemId: otherItem.id,
    text: 'Meldpunt blijft open.',
  });

  // Each region's besluit linked to an afspraak of its own region (a link across regions is
  // refused: shared/decisionLinkRule.ts). Raw SQL: the kinds 'created' and 'changed' as stored.
  const link = api.ctx.repos.db.prepare(
    'INSERT INTO agreement_decision_link (agreement_id, decision_id, kind) VALUES (?, ?, ?)',
  );
  link.run(agreement.id, decision.id, 'created');
  link.run(elsewhere.id, otherDecision.id, 'changed');

  // Decisions, actions and the other records are found through the export where a test needs them.
  return {
    w,
    groningen,
    stad,
    chair,
    owner,
    henk,
    agreement,
    elsewhere,
    meeting,
    item,
    decision,
    otherDecision,
  };
}

const MEETING_TABLES = [
  'meeting',
  'meeting_attendee',
  'agenda_item',
  'agenda_item_agreement',
  'decision',
  'action_item',
  'minutes_version',
  'agreement',
  'agreement_decision_link',
];

/** Row counts of the register, the meetings' tables and the audit log: to prove nothing changed. */
export function meetingCounts(api: TestApi): Record<string, number> {
  return {
    ...snapshotCounts(api),
    ...Object.fromEntries(MEETING_TABLES.map((t) => [t, api.count(t)])),
  };
}
