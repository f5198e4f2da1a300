import { describe, expect, it } from 'vitest';
import { makeApi } from '../fixtures/api';
import { addContact } from '../fixtures/register';
import { seed } from './agreementsSeed';

describe('meetings.calendar', () => {
  it('writes an .ics for Outlook in UTC from Amsterdam time, and the invitation text', async () => {
    const api = await makeApi();
    const w = seed(api);
    const chair = addContact(api, w.gemeente.id, 'Mr. Ingrid Bakker', {
      email: 'i.bakker@leeuwarden.nl',
    });
    const m = api.call('meetings.create', {
      regionId: w.region.id,
      kind: 'bestuurlijk_regio_overleg',
      title: 'Bestuurlijk overleg: zorg & wonen',
      date: '2027-06-03',
      startTime: '09:30',
      endTime: '11:00',
      location: 'Stadhuis Leeuwarden',
      online: true,
      chairId: chair.id,
    });
    api.call('meetings.setAttendees', {
      meetingId: m.id,
      attendees: [
        { contactId: chair.id },
        { contactId: w.owner.id },
        { guestName: 'Fatima El Idrissi', guestEmail: 'f.elidrissi@movisie.nl' },
      ],
    });
    api.call('agenda.add', { meetingId: m.id, title: 'Opening' });
    api.call('agenda.add', {
      meetingId: m.id,
      title: 'Begroting',
      presenter: 'Jan Jansen',
      confidential: true,
    });

    const { fileName, ics, invitation } = api.call('meetings.calendar', { id: m.id });
    expect(fileName).toBe('2027-06-03 Bestuurlijk overleg- zorg & wonen.ics');
    const unfolded = ics.replace(/\r\n[ \t]/g, '');
    expect(unfolded).toContain('DTSTART:20270603T073000Z');
    expect(unfolded).toContain('DTEND:20270603T090000Z');
    expect(unfolded).toContain('LOCATION:Stadhuis Leeuwarden\\, ook online');
    expect(unfolded).toMatch(/ORGANIZER;CN="Mr. Ingrid Bakker":MAILTO:i.bakker@leeuwarden.nl/i);
    expect(unfolded).toMatch(/ATTENDEE;.*CN="Fatima El Idrissi":mailto:f.elidrissi@movisie.nl/);
    // Jan Jansen has no e-mail address: no attendee line without one.
    expect(unfolded).not.toContain('Jan Jansen":mailto');
    expect(invitation).toBe(
      [
        'Uitnodiging: Bestuurlijk overleg: zorg & wonen',
        '',
        'Soort overleg: Bestuurlijk regio-overleg',
        'Datum en tijd: donderdag 3 juni 2027, 09:30–11:00',
        'Locatie: Stadhuis Leeuwarden, ook online',
        'Voorzitter: Mr. Ingrid Bakker',
        '',
        'Agenda',
        '1. Opening',
        '2. Begroting (inleider: Jan Jansen) – vertrouwelijk',
        '',
      ].join('\n'),
    );
  });
});
