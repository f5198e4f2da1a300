import { describe, expect, it } from 'vitest';
import { meetingText } from '../../shared/schemas/meeting';
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
    // A file the coordinator saves, not a scheduling message: PUBLISH, no ATTENDEE lines.
    expect(unfolded).toContain('\r\nMETHOD:PUBLISH\r\n');
    expect(unfolded).not.toContain('METHOD:REQUEST');
    expect(unfolded).not.toContain('ATTENDEE');
    expect(unfolded).toMatch(/\r\nSEQUENCE:\d+\r\n/);
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

  it('encodes a name per RFC 6868, so quotes and semicolons add no parameter', async () => {
    const api = await makeApi();
    const w = seed(api);
    const name = 'Ingrid "Inge" Bakker;ROLE=CHAIR;X-EVIL="ja":^ik';
    const chair = addContact(api, w.gemeente.id, name, { email: 'i.bakker@leeuwarden.nl' });
    const m = api.call('meetings.create', { ...meeting(w.region.id), chairId: chair.id });
    const { ics } = api.call('meetings.calendar', { id: m.id });
    const line = contentLines(ics).find((l) => l.startsWith('ORGANIZER'))!;
    const parsed = parseContentLine(line);
    expect(parsed.name).toBe('ORGANIZER');
    expect([...parsed.params.keys()]).toEqual(['CN']);
    expect(parsed.value).toBe('MAILTO:i.bakker@leeuwarden.nl');
    expect(line).not.toContain('\\');
    expect(decodeParamValue(parsed.params.get('CN')!)).toBe(name);
  });

  it('folds at 75 octets and never splits a multi-byte character', async () => {
    const api = await makeApi();
    const w = seed(api);
    const m = api.call('meetings.create', {
      ...meeting(w.region.id),
      title: `Überleg ${'ééé 👩‍⚕️ zorg '.repeat(12)}`.slice(0, 200),
      location: 'Gemeentehuis Súdwest-Fryslân, zaal ’t Skûtsje',
    });
    for (let i = 0; i < 8; i += 1) {
      api.call('agenda.add', { meetingId: m.id, title: `Punt ${i}: ${'€ ✓ ü '.repeat(20)}` });
    }
    const { ics } = api.call('meetings.calendar', { id: m.id });
    const bytes = Buffer.from(ics, 'utf8');
    const lines: Buffer[] = [];
    let start = 0;
    for (let i = 0; i < bytes.length - 1; i += 1) {
      if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
        lines.push(bytes.subarray(start, i));
        start = i + 2;
      }
    }
    expect(start).toBe(bytes.length); // the file ends with CRLF
    expect(lines.some((l) => l.length === 75)).toBe(true);
    const strict = new TextDecoder('utf-8', { fatal: true });
    for (const l of lines) {
      expect(l.length).toBeLessThanOrEqual(75);
      expect(() => strict.decode(l)).not.toThrow();
    }
    // Unfolded, the text is whole.
    const unfolded = ics.replace(/\r\n[ \t]/g, '');
    expect(unfolded).toContain(`SUMMARY:${m.title}`);
    expect(unfolded).toContain('LOCATION:Gemeentehuis Súdwest-Fryslân\\, zaal ’t Skûtsje');
  });

  it('raises SEQUENCE when the meeting changes', async () => {
    const api = await makeApi();
    const w = seed(api);
    const m = api.call('meetings.create', meeting(w.region.id));
    const sequence = () => {
      const found = /\r\nSEQUENCE:(\d+)\r\n/.exec(api.call('meetings.calendar', { id: m.id }).ics);
      return Number(found![1]);
    };
    const first = sequence();
    expect(sequence()).toBe(first);
    api.call('meetings.update', {
      id: m.id,
      kind: m.kind,
      title: m.title,
      date: m.date,
      startTime: '10:00',
      endTime: '12:00',
      ...meetingText.of(m),
      location: 'Stadhuis',
      online: false,
      chairId: null,
      minuteTakerId: null,
    });
    const second = sequence();
    expect(second).toBeGreaterThan(first);
    api.call('meetings.update', {
      id: m.id,
      kind: m.kind,
      title: m.title,
      date: '2027-06-10',
      startTime: '10:00',
      endTime: '12:00',
      ...meetingText.of(m),
      location: 'Stadhuis',
      online: false,
      chairId: null,
      minuteTakerId: null,
    });
    expect(sequence()).toBeGreaterThan(second);
  });
});

const meeting = (regionId: string) => ({
  regionId,
  kind: 'bestuurlijk_regio_overleg' as const,
  title: 'Bestuurlijk overleg',
  date: '2027-06-03',
  startTime: '09:30',
  endTime: '11:00',
});

/** The file's content lines, unfolded (RFC 5545 §3.1). */
const contentLines = (ics: string) => ics.replace(/\r\n[ \t]/g, '').split('\r\n');

/**
 * A content line read by RFC 5545's grammar: name *(";" param) ":" value, where a parameter
 * value is a quoted string (no DQUOTE inside) or text without ";", ":", "," and DQUOTE.
 */
function parseContentLine(line: string) {
  let i = 0;
  const readUntil = (stop: RegExp) => {
    const from = i;
    while (i < line.length && !stop.test(line[i]!)) i += 1;
    return line.slice(from, i);
  };
  const name = readUntil(/[;:]/);
  const params = new Map<string, string>();
  while (line[i] === ';') {
    i += 1;
    const key = readUntil(/=/);
    i += 1;
    let value: string;
    if (line[i] === '"') {
      i += 1;
      value = readUntil(/"/);
      i += 1;
    } else {
      value = readUntil(/[;:,]/);
    }
    expect(params.has(key)).toBe(false);
    params.set(key, value);
  }
  expect(line[i]).toBe(':');
  return { name, params, value: line.slice(i + 1) };
}

/** RFC 6868's decoding: ^n a line break, ^' a double quote, ^^ a caret. */
const decodeParamValue = (value: string) =>
  value.replace(/\^(n|'|\^)/g, (_, c: string) => (c === 'n' ? '\n' : c === "'" ? '"' : '^'));
