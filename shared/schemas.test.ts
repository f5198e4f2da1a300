import { describe, expect, it } from 'vitest';
import { z } from './zod';
import { contactFields, contactListQuery } from './schemas/contact';
import { partyCreate, partyListQuery } from './schemas/party';
import { regionFields } from './schemas/region';
import { roleAssignmentEnd, roleAssignmentFields } from './schemas/roleAssignment';
import { settingsUpdate } from './schemas/system';
import { themeListQuery } from './schemas/theme';

const ID = '0b6f8a38-52d4-4a4a-9c5e-3a4f1a0e1c11';

function issues(schema: z.ZodType, value: unknown) {
  const result = schema.safeParse(value);
  if (result.success) throw new Error('expected a validation error');
  return result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

describe('Dutch messages', () => {
  it('required and too long names', () => {
    expect(issues(regionFields, {})).toEqual([{ path: 'name', message: 'Naam is verplicht' }]);
    expect(issues(regionFields, { name: '  ' })).toEqual([
      { path: 'name', message: 'Naam is verplicht' },
    ]);
    expect(issues(regionFields, { name: 'x'.repeat(121) })).toEqual([
      { path: 'name', message: 'Naam mag hoogstens 120 tekens lang zijn' },
    ]);
  });

  it('zod’s own messages are Dutch too (unknown keys, wrong types)', () => {
    const [unknownKey] = issues(regionFields, { name: 'A', kleur: 'rood' });
    expect(unknownKey!.message).toBe('Onbekend veld: kleur');
    const [wrongType] = issues(contactFields, { name: 'A', active: 'ja' });
    expect(wrongType!.path).toBe('active');
    expect(wrongType!.message).toBe('Verwacht ja of nee (true/false), maar kreeg tekst');
  });

  it('enum choices', () => {
    expect(issues(partyCreate, { type: 'bank', name: 'X' })).toEqual([
      { path: 'type', message: 'Kies een type organisatie' },
    ]);
  });

  it('dates and periods', () => {
    expect(issues(roleAssignmentEnd, { id: ID, until: '2026-02-30' })).toEqual([
      { path: 'until', message: 'Vul een geldige datum in (jjjj-mm-dd)' },
    ]);
    expect(
      issues(roleAssignmentFields, {
        regionId: ID,
        contactId: ID,
        role: 'secretaris',
        since: '2026-05-01',
        until: '2026-05-01',
      }),
    ).toEqual([{ path: 'until', message: 'De einddatum moet na de begindatum liggen' }]);
    expect(
      issues(partyCreate, {
        type: 'gemeente',
        name: 'X',
        membership: { regionId: ID, role: 'deelnemer', since: '2026-05-01', until: '2026-04-01' },
      }),
    ).toEqual([{ path: 'membership.until', message: 'De einddatum moet na de begindatum liggen' }]);
  });

  it('ids', () => {
    expect(issues(contactFields, { name: 'A', partyId: '42' })).toEqual([
      { path: 'partyId', message: 'Ongeldige id' },
    ]);
  });
});

describe('e-mail and phone', () => {
  it.each(['', 'anna@leeuwarden.nl', ' a.b-c@sub.gemeente.nl '])('accepts e-mail %j', (email) => {
    expect(contactFields.parse({ name: 'A', email }).email).toBe(email.trim());
  });
  it.each(['anna', 'anna@', '@gemeente.nl', 'anna@gemeente', 'an na@gemeente.nl'])(
    'rejects e-mail %j',
    (email) => {
      expect(issues(contactFields, { name: 'A', email })).toEqual([
        { path: 'email', message: 'Vul een geldig e-mailadres in, bijvoorbeeld naam@gemeente.nl' },
      ]);
    },
  );
  it.each(['', '030 123 45 67', '+31 (0)30-1234567', '0612345678'])('accepts phone %j', (phone) => {
    expect(contactFields.parse({ name: 'A', phone }).phone).toBe(phone);
  });
  it.each(['bel me', '12', '030/1234567', 'abc 123 456'])('rejects phone %j', (phone) => {
    expect(issues(contactFields, { name: 'A', phone })).toEqual([
      { path: 'phone', message: 'Vul een geldig telefoonnummer in, bijvoorbeeld 030 123 45 67' },
    ]);
  });
  it('limits phone length', () => {
    expect(issues(contactFields, { name: 'A', phone: '0'.repeat(41) })).toEqual([
      { path: 'phone', message: 'Telefoonnummer is te lang' },
    ]);
  });
});

describe('defaults', () => {
  it('fills optional fields so handlers get complete input', () => {
    expect(contactFields.parse({ name: ' Anna ' })).toEqual({
      name: 'Anna',
      function: '',
      partyId: null,
      email: '',
      phone: '',
      notes: '',
      active: true,
    });
    expect(partyListQuery.parse({})).toEqual({
      regionId: null,
      types: [],
      roles: [],
      search: '',
      sort: 'name',
      includeEnded: false,
    });
    expect(contactListQuery.parse({}).includeInactive).toBe(true);
    expect(themeListQuery.parse(undefined)).toEqual({ includeArchived: false });
    expect(settingsUpdate.parse({})).toEqual({});
  });
});
