import { beforeEach, describe, expect, it } from 'vitest';
import { meetingHtml } from '../../electron/dossier/sections/meetings';
import { makeApi, type TestApi } from '../fixtures/api';
import { addContact, addParty, addRegion, addRole } from '../fixtures/register';

/**
 * "Alle aanspreekpunten uitnodigen" and "per partij" (issue 19): every current bestuurlijk and
 * ambtelijk aanspreekpunt of the region's parties in one call and one transaction, skipping who
 * is invited already, audited as a single invitation; invitees carry their organisation, also
 * on the PDF's Aanwezig line.
 */
function seed(api: TestApi) {
  const region = addRegion(api, 'Heuvelrug');
  const other = addRegion(api, 'Eemland');
  const zeist = addParty(api, region.id, 'Gemeente Zeist');
  const vgz = addParty(api, region.id, 'VGZ', 'zorgverzekeraar');
  const elders = addParty(api, other.id, 'Gemeente Amersfoort');
  const person = (partyId: string, name: string) => addContact(api, partyId, name);
  const wethouder = person(zeist.id, 'Wethouder Anna Bos');
  const beleid = person(zeist.id, 'Piet de Boer');
  const manager = person(vgz.id, 'Karin Smit');
  const later = person(vgz.id, 'Nog Niet');
  const vroeger = person(zeist.id, 'Al Weg');
  const role = (
    contactId: string,
    r: 'bestuurlijk_aanspreekpunt' | 'ambtelijk_aanspreekpunt',
    extra = {},
  ) => addRole(api, region.id, contactId, r, extra);
  role(wethouder.id, 'bestuurlijk_aanspreekpunt');
  role(beleid.id, 'ambtelijk_aanspreekpunt');
  role(manager.id, 'bestuurlijk_aanspreekpunt');
  // Karin is both for VGZ: invited once.
  role(manager.id, 'ambtelijk_aanspreekpunt');
  role(later.id, 'ambtelijk_aanspreekpunt', { since: '2099-01-01' });
  role(vroeger.id, 'bestuurlijk_aanspreekpunt', { since: '2020-01-01', until: '2021-01-01' });
  const meeting = api.call('meetings.create', {
    regionId: region.id,
    kind: 'bestuurlijk_regio_overleg',
    title: 'Bestuurlijk overleg',
    date: '2027-01-12',
    startTime: '10:00',
    endTime: '12:00',
  });
  return { region, zeist, vgz, elders, wethouder, beleid, manager, meeting };
}

const auditOf = (api: TestApi, meetingId: string) =>
  api.ctx.repos.db
    .prepare("SELECT action, changes FROM audit_log WHERE entity = 'meeting' AND entity_id = ?")
    .all(meetingId) as { action: string; changes: string }[];

describe('inviting the aanspreekpunten of a region in one call', () => {
  let api: TestApi;
  let w: ReturnType<typeof seed>;
  beforeEach(async () => {
    api = await makeApi();
    w = seed(api);
  });

  it('invites every current aanspreekpunt once, after who is invited, with their organisation', () => {
    // Piet is invited already, one at a time.
    api.call('meetings.setAttendees', {
      meetingId: w.meeting.id,
      attendees: [{ contactId: w.beleid.id }],
    });
    const before = auditOf(api, w.meeting.id).length;
    const result = api.call('meetings.inviteAanspreekpunten', { meetingId: w.meeting.id });
    expect(result).toEqual({
      added: 2,
      alreadyInvited: 1,
      message: '2 genodigden toegevoegd; 1 stond er al op.',
    });
    const detail = api.call('meetings.get', { id: w.meeting.id });
    expect(detail.attendees.map((a) => [a.name, a.organisation, a.attendance])).toEqual([
      ['Piet de Boer', 'Gemeente Zeist', 'uitgenodigd'],
      ['Wethouder Anna Bos', 'Gemeente Zeist', 'uitgenodigd'],
      ['Karin Smit', 'VGZ', 'uitgenodigd'],
    ]);
    // One audit entry, written as a single invitation writes it.
    const audit = auditOf(api, w.meeting.id);
    expect(audit).toHaveLength(before + 1);
    expect(audit.at(-1)!.action).toBe('update');
    expect(JSON.parse(audit.at(-1)!.changes)).toEqual({
      attendees: {
        from: 'Piet de Boer (uitgenodigd)',
        to: 'Piet de Boer (uitgenodigd), Wethouder Anna Bos (uitgenodigd), Karin Smit (uitgenodigd)',
      },
    });

    // Again: nobody new, nothing written.
    expect(api.call('meetings.inviteAanspreekpunten', { meetingId: w.meeting.id })).toEqual({
      added: 0,
      alreadyInvited: 3,
      message: 'Geen genodigden toegevoegd; alle 3 stonden er al op.',
    });
    expect(auditOf(api, w.meeting.id)).toHaveLength(before + 1);
  });

  it('invites the aanspreekpunten of one party', () => {
    const result = api.call('meetings.inviteAanspreekpunten', {
      meetingId: w.meeting.id,
      partyId: w.vgz.id,
    });
    expect(result).toEqual({ added: 1, alreadyInvited: 0, message: '1 genodigde toegevoegd.' });
    const zeist = api.call('meetings.inviteAanspreekpunten', {
      meetingId: w.meeting.id,
      partyId: w.zeist.id,
    });
    expect(zeist.added).toBe(2);
    expect(api.call('meetings.get', { id: w.meeting.id }).attendees.map((a) => a.name)).toEqual([
      'Karin Smit',
      'Wethouder Anna Bos',
      'Piet de Boer',
    ]);
  });

  it('refuses a party of another region or unknown, and a meeting with vastgestelde notulen, changing nothing', () => {
    const audit = auditOf(api, w.meeting.id).length;
    const elsewhere = api.fail('meetings.inviteAanspreekpunten', {
      meetingId: w.meeting.id,
      partyId: w.elders.id,
    });
    expect(elsewhere).toMatchObject({
      code: 'invalid_input',
      message: 'Gemeente Amersfoort neemt niet deel aan de regio van dit overleg.',
      issues: [{ path: 'partyId' }],
    });
    expect(
      api.fail('meetings.inviteAanspreekpunten', {
        meetingId: w.meeting.id,
        partyId: '00000000-0000-4000-8000-000000000000',
      }),
    ).toMatchObject({ code: 'not_found', message: 'Deze partij bestaat niet (meer).' });
    expect(api.fail('meetings.inviteAanspreekpunten', { meetingId: 'geen-id' })).toMatchObject({
      code: 'invalid_input',
    });
    api.ctx.repos.db
      .prepare("UPDATE meeting SET minutes_status = 'vastgesteld' WHERE id = ?")
      .run(w.meeting.id);
    expect(api.fail('meetings.inviteAanspreekpunten', { meetingId: w.meeting.id })).toMatchObject({
      code: 'conflict',
    });
    expect(api.count('meeting_attendee')).toBe(0);
    expect(auditOf(api, w.meeting.id)).toHaveLength(audit);
  });

  it('keeps to the 300 invitees of a meeting, all or nothing', () => {
    const guests = Array.from({ length: 299 }, (_, i) => ({
      guestName: `Gast ${i + 1}`,
      guestEmail: '',
    }));
    api.call('meetings.setAttendees', { meetingId: w.meeting.id, attendees: guests });
    const refused = api.fail('meetings.inviteAanspreekpunten', { meetingId: w.meeting.id });
    expect(refused).toMatchObject({
      code: 'invalid_input',
      message:
        'Een overleg heeft ten hoogste 300 genodigden; er kan er nog 1 bij, en dit zijn er 3.',
    });
    expect(api.count('meeting_attendee')).toBe(299);
  });

  it('says who was there with their organisation on the PDF’s Aanwezig line', () => {
    api.call('meetings.inviteAanspreekpunten', { meetingId: w.meeting.id });
    api.call('meetings.setAttendees', {
      meetingId: w.meeting.id,
      attendees: [
        ...api
          .call('meetings.get', { id: w.meeting.id })
          .attendees.map((a) => ({ contactId: a.contactId!, attendance: 'aanwezig' as const })),
        { guestName: 'Fatima El Idrissi', guestEmail: '', guestOrganisation: 'Movisie' },
      ],
    });
    const detail = api.call('meetings.get', { id: w.meeting.id });
    const karin = detail.attendees.find((a) => a.name === 'Karin Smit')!;
    api.call('meetings.setAttendance', { attendeeId: karin.id, attendance: 'afgemeld' });
    const html = meetingHtml(api.call('meetings.get', { id: w.meeting.id }));
    expect(html).toContain(
      '<strong>Aanwezig:</strong> Wethouder Anna Bos (Gemeente Zeist), Piet de Boer (Gemeente Zeist)',
    );
    expect(html).toContain('<strong>Afwezig:</strong> Karin Smit (VGZ, afgemeld)');
  });
});
