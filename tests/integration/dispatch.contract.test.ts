/**
 * The dispatcher against the whole contract: a handler for every method, and a tour through every
 * method with the answers checked against their schemas (split from dispatch.test.ts).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handlers } from '../../electron/api/index';
import { METHODS, contract, type Method } from '../../shared/api/contract';
import { meetingText } from '../../shared/schemas/meeting';
import { makeApi, type TestApi } from '../fixtures/api';
import { tourConversations } from './tourConversations';
import { tourReviewPackages } from './tourReviewPackages';
import {
  CONTACT_DEFAULTS,
  ROLE_DEFAULTS,
  addContact,
  addRole,
  themeId,
} from '../fixtures/register';

let api: TestApi;
beforeEach(async () => {
  api = await makeApi();
});
afterEach(() => api.close());

const table = handlers as unknown as Record<string, unknown>;

describe('the handler table implements the whole contract', () => {
  it('has a handler for every method and nothing else', () => {
    expect(Object.keys(handlers).sort()).toEqual([...METHODS].sort());
    for (const method of METHODS) expect(typeof table[method], method).toBe('function');
  });
});

describe('every register method answers within its contract', () => {
  it('a tour through all methods (except the dossier exchange) with output checking on', () => {
    const seen = new Set<Method>();
    const call = ((method: Method, input?: unknown) => {
      const value = api.call(method, input as never);
      expect(contract[method].output.safeParse(value).success, method).toBe(true);
      seen.add(method);
      return value;
    }) as TestApi['call'];

    call('app.info');
    call('settings.update', { userName: 'Anna', organisation: 'Gemeente Utrecht' });
    call('settings.get');
    const region = call('regions.create', { name: 'Utrecht' });
    call('regions.update', {
      id: region.id,
      name: 'Utrecht-Stad',
      zorgkantoorNumber: null,
      description: '',
    });
    call('regions.get', { id: region.id });
    call('regions.list');
    const party = call('parties.create', { type: 'gemeente', name: 'Utrecht' });
    call('parties.update', { id: party.id, type: 'gemeente', name: 'Gemeente Utrecht', notes: '' });
    const m = call('memberships.create', {
      regionId: region.id,
      partyId: party.id,
      role: 'trekker',
    });
    call('memberships.update', { id: m.id, role: 'deelnemer', since: null, until: null });
    call('parties.get', { id: party.id });
    call('parties.list', { regionId: region.id });
    const contact = call('contacts.create', { name: 'Anna', partyId: party.id });
    call('contacts.update', {
      ...CONTACT_DEFAULTS,
      id: contact.id,
      name: 'Anna de Vries',
      partyId: party.id,
    });
    call('contacts.get', { id: contact.id });
    call('contacts.personalData', { id: contact.id });
    call('contacts.list', { regionId: region.id });
    const role = call('roles.create', {
      regionId: region.id,
      contactId: contact.id,
      role: 'bestuurlijk_aanspreekpunt',
    });
    call('roles.update', {
      ...ROLE_DEFAULTS,
      id: role.id,
      partyId: party.id,
      role: 'ambtelijk_aanspreekpunt',
    });
    call('roles.get', { id: role.id });
    call('roles.list', { period: 'all' });
    call('roles.overview', { regionId: region.id });
    call('roles.end', { id: role.id, until: '2026-12-31' });
    const theme = call('themes.create', { name: 'Jeugd' });
    call('themes.rename', { id: theme.id, name: 'Jeugd en gezin' });
    call('themes.archive', { id: theme.id, archived: true });
    call('themes.list', { includeArchived: true });
    call('history.list', { entity: 'party', id: party.id });
    call('parties.deleteImpact', { id: party.id });
    call('contacts.deleteImpact', { id: contact.id });
    call('roles.delete', { id: role.id });
    call('contacts.delete', { id: contact.id });
    call('memberships.delete', { id: m.id });
    call('parties.delete', { id: party.id });
    call('trash.list');
    call('trash.restore', { entity: 'party', id: party.id });
    call('trash.purge', { entity: 'roleAssignment', id: role.id });
    call('trash.mentions', { entity: 'contact', id: contact.id });
    call('trash.purge', { entity: 'contact', id: contact.id });
    addRole(api, region.id, addContact(api, party.id, 'Bert').id, 'trekker_thema', {
      themeId: themeId(api, 'GGZ'),
    });
    const agreement = call('agreements.create', {
      regionId: region.id,
      title: 'Valpreventie',
      themeIds: [themeId(api, 'Ouderen')],
      parties: [{ partyId: party.id, role: 'trekker' }],
      financing: ['wmo'],
    });
    call('agreements.update', {
      id: agreement.id,
      title: 'Valpreventie 2027',
      caseNumber: 'Z/26/004512',
      descriptionHtml: '<p>Samen met de thuiszorg.</p>',
      themeIds: [themeId(api, 'GGZ')],
      parties: [{ partyId: party.id, role: 'trekker' }],
      ownerId: null,
      financing: ['wmo', 'zvw'],
      adoptedOn: null,
      startDate: '2027-01-01',
      endDate: null,
      nextEvaluation: '2027-06-01',
      dekking: { granted: false, by: '', on: null },
      confidential: false,
    });
    call('agreements.transition', { id: agreement.id, to: 'in_bespreking', on: '2026-11-22' });
    call('agreements.undoTransition', { id: agreement.id, status: 'in_bespreking' });
    call('agreements.transition', { id: agreement.id, to: 'in_bespreking', on: '2026-11-22' });
    call('agreements.addProgress', {
      agreementId: agreement.id,
      on: '2026-11-22',
      text: 'Besproken',
      status: 'vastgesteld',
    });
    call('agreements.requestReview', { agreementIds: [agreement.id], on: '2026-11-22' });
    call('agreements.review', {
      agreementIds: [agreement.id],
      reviewerName: 'Wethouder',
      on: '2026-11-22',
      verdict: 'akkoord',
    });
    call('agreements.get', { id: agreement.id });
    call('history.list', { entity: 'agreement', id: agreement.id });
    call('agreements.list', { regionId: region.id, search: 'val' });
    call('agreements.page', { regionId: region.id, offset: 50, limit: 50 });
    call('agreements.listIds', { regionId: region.id });
    call('agreements.dashboard', { regionId: region.id });
    call('agreements.summary', { regionId: region.id });
    call('agreements.exportCsv', { regionId: region.id });
    tourReviewPackages(api, call, {
      regionId: region.id,
      agreementId: agreement.id,
      partyId: party.id,
    });
    tourMeetings(call, region.id, agreement.id);
    tourConversations(call, {
      regionId: region.id,
      agreementId: agreement.id,
      partyId: party.id,
      themeId: themeId(api, 'Ouderen'),
    });
    call('agreements.deleteImpact', { id: agreement.id });
    call('agreements.delete', { id: agreement.id });
    call('regions.deleteImpact', { id: region.id });
    call('regions.delete', { id: region.id });
    call('backups.setFolder', { folder: '/tmp/regiodossier-contract-back-ups' });
    call('backups.status', {});
    call('backups.list', {});
    call('backups.setFolder', { folder: '' });

    const missing = METHODS.filter((m) => !m.startsWith('dossier.') && !seen.has(m));
    expect(missing).toEqual([]);
    expect(api.logged).toEqual([]);
  });
});

/** Every meetings and agenda method once. */
function tourMeetings(call: TestApi['call'], regionId: string, agreementId: string) {
  const meeting = call('meetings.create', {
    regionId,
    kind: 'voortgangsgesprek',
    title: 'Voortgangsgesprek',
    date: '2026-11-12',
    startTime: '14:00',
    endTime: '16:00',
  });
  call('meetings.update', {
    id: meeting.id,
    kind: 'voortgangsgesprek',
    title: 'Voortgangsgesprek najaar',
    date: '2026-11-12',
    startTime: '14:00',
    endTime: '16:30',
    ...meetingText.of(meeting),
    location: 'Stadskantoor',
    online: false,
    chairId: null,
    minuteTakerId: null,
  });
  const detail = call('meetings.setAttendees', {
    meetingId: meeting.id,
    attendees: [{ guestName: 'Gast', guestEmail: '' }],
  });
  call('meetings.setAttendance', { attendeeId: detail.attendees[0]!.id, attendance: 'aanwezig' });
  call('meetings.inviteAanspreekpunten', { meetingId: meeting.id });
  const item = call('agenda.add', { meetingId: meeting.id, title: 'Opening' });
  call('agenda.update', {
    id: item.id,
    title: 'Opening en mededelingen',
    presenter: '',
    confidential: false,
    agreementIds: [agreementId],
  });
  call('agenda.saveMinutes', {
    agendaItemId: item.id,
    minutesHtml: '<p>Welkom.</p>',
    baseRevision: 0,
  });
  call('agenda.minutes', { id: item.id });
  const d = call('decisions.add', { agendaItemId: item.id, text: 'Agenda vastgesteld' });
  call('decisions.update', { id: d.id, text: 'Agenda ongewijzigd vastgesteld' });
  call('decisions.applyToAgreement', { decisionId: d.id, agreementId, dekking: true });
  call('decisions.unlink', { decisionId: d.id, agreementId });
  call('decisions.delete', { id: d.id });
  const a = call('actions.add', { agendaItemId: item.id, text: 'Verslag rondsturen' });
  call('actions.update', {
    id: a.id,
    text: 'Verslag rondsturen',
    ownerId: null,
    dueDate: '2026-12-01',
  });
  call('actions.setStatus', { id: a.id, status: 'afgerond' });
  call('actions.delete', { id: a.id });
  const other = call('agenda.add', { meetingId: meeting.id, title: 'Rondvraag' });
  call('agenda.move', { id: other.id, position: 0 });
  call('agenda.delete', { id: other.id });
  call('minutes.approve', {
    meetingId: meeting.id,
    approvedOn: '2026-11-20',
    approvedIn: 'Overleg',
  });
  call('minutes.correct', { meetingId: meeting.id, reason: 'Typefout' });
  call('minutes.versions', { id: meeting.id });
  call('meetings.get', { id: meeting.id });
  call('meetings.list', { regionId });
  call('meetings.calendar', { id: meeting.id });
  const cycle = call('meetings.cycle', { regionId });
  call('meetings.planNext', {
    regionId,
    title: cycle.proposal.title,
    date: cycle.proposal.date,
    startTime: '10:00',
    endTime: '12:00',
  });
  call('meetings.deleteImpact', { id: meeting.id });
  call('meetings.delete', { id: meeting.id });
}
