/**
 * A dossier in which one person, Ruud Zeldenrust, appears everywhere a person can: his record and
 * role, as the user who wrote changes (audit actor, voortgang, status, vastgestelde notulen), as
 * a reviewer, invited as a person and as a guest by name and address, in the snapshot of
 * vastgestelde notulen, and in free text (notulen, besluit, actiepunt, voortgang, afspraak,
 * another person's notes, a gespreksverslag with its enquête, action and vastgelegde version). Long texts make SQLite use overflow pages, so a purge frees pages.
 */
import type { TestApi } from '../fixtures/api';
import { addContact, addRole } from '../fixtures/register';
import { agreementInput, seed } from './agreementsSeed';
import { makeReviewPackage } from '../../electron/api/reviewPackageBuild';
import { reviewPackageRequest } from '../../shared/schemas/reviewPackage';

export const NAME = 'Ruud Zeldenrust';
export const EMAIL = 'r.zeldenrust@voorbeeld-gemeente.nl';

/** A text of about `chars` characters: longer than a page (4 kB), within the field's limit. */
const long = (sentence: string, chars = 4800) =>
  Array.from({ length: Math.floor(chars / (sentence.length + 1)) }, () => sentence).join(' ');

export function seedPerson(api: TestApi) {
  const w = seed(api);
  const ruud = addContact(api, w.gemeente.id, NAME, {
    email: EMAIL,
    function: 'Beleidsmedewerker',
    notes: long(`Bereikbaar op ${EMAIL}.`),
  });
  addRole(api, w.region.id, ruud.id, 'ambtelijk_aanspreekpunt');
  addContact(api, w.gemeente.id, 'Collega Jansen', { notes: `Vervangt ${NAME} bij afwezigheid.` });

  // Ruud as the app's user.
  api.call('settings.update', { userName: NAME, organisation: 'Gemeente Leeuwarden' });
  const agreement = api.call(
    'agreements.create',
    agreementInput(w, { descriptionHtml: `<p>Voorstel van <strong>${NAME}</strong>.</p>` }),
  );
  const progress = api.call('agreements.addProgress', {
    agreementId: agreement.id,
    on: '2026-11-02',
    text: long(`Besproken met ${NAME} (${EMAIL}).`),
  });
  api.call('agreements.transition', { id: agreement.id, to: 'in_bespreking', on: '2026-11-03' });
  api.call('agreements.review', {
    agreementIds: [agreement.id],
    reviewerName: NAME,
    on: '2026-11-04',
    verdict: 'opmerking',
    remark: 'Graag de planning erbij.',
  });
  // A beoordelingspakket for Ruud, sent by Ruud (its snapshot names him as well).
  makeReviewPackage(
    api.ctx,
    reviewPackageRequest.parse({
      source: { kind: 'agreements', agreementIds: [agreement.id] },
      reviewerId: ruud.id,
      message: `Beste ${NAME}, graag uw oordeel.`,
    }),
    () => undefined,
  );

  const meeting = api.call('meetings.create', {
    regionId: w.region.id,
    kind: 'ambtelijk_regio_overleg',
    title: 'Ambtelijk overleg',
    date: '2026-10-01',
    startTime: '10:00',
    endTime: '12:00',
  });
  api.call('meetings.setAttendees', {
    meetingId: meeting.id,
    attendees: [
      { contactId: ruud.id, attendance: 'aanwezig' },
      { guestName: `${NAME} (privé)`, guestEmail: EMAIL, attendance: 'afgemeld' },
      { guestName: 'Gast Gerda', guestEmail: 'gerda@voorbeeld.nl', attendance: 'aanwezig' },
    ],
  });
  const item = api.call('agenda.add', { meetingId: meeting.id, title: 'Valpreventie' });
  api.call('agenda.saveMinutes', {
    agendaItemId: item.id,
    baseRevision: 0,
    minutesHtml: `<p>${long(`${NAME} licht het plan toe.`, 20000)}</p>`,
  });
  const decision = api.call('decisions.add', {
    agendaItemId: item.id,
    text: `${NAME} werkt het plan uit.`,
  });
  const action = api.call('actions.add', {
    agendaItemId: item.id,
    text: `Plan sturen aan ${EMAIL}`,
  });
  api.call('minutes.approve', {
    meetingId: meeting.id,
    approvedOn: '2026-11-12',
    approvedIn: 'Ambtelijk overleg van 12 november 2026',
  });

  // A gespreksverslag (issue 22): Ruud as deelnemer, as a free name, in the text, the enquête
  // and an action, vastgelegd (so in a snapshot too).
  const conversation = api.call('conversations.create', {
    regionId: w.region.id,
    kind: 'evaluatiegesprek',
    title: `Evaluatie met ${NAME}`,
    date: '2026-10-15',
    partyIds: [w.gemeente.id],
    participants: [{ contactId: ruud.id }, { guestName: `${NAME} (oud-collega)` }],
    reportHtml: `<p>${long(`${NAME} vertelt over de wijkteams.`)}</p>`,
  });
  api.call('conversations.setSurvey', {
    conversationId: conversation.id,
    survey: { respondentType: 'gemeente', scoreNow: 7, explanation: `Volgens ${NAME} beter.` },
  });
  api.call('actions.add', {
    conversationId: conversation.id,
    text: `Verslag mailen aan ${EMAIL}`,
  });
  api.call('conversations.lock', { id: conversation.id, lockedOn: '2026-11-01' });

  // Someone else uses the app from here on; Ruud leaves and goes to the Prullenbak.
  api.call('settings.update', { userName: 'Anna de Vries', organisation: 'Gemeente Leeuwarden' });
  api.call('contacts.delete', { id: ruud.id });
  return { w, ruud, agreement, progress, meeting, item, decision, action, conversation };
}
