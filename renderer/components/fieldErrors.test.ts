import { describe, expect, it } from 'vitest';
import { contactFields } from '../../shared/schemas/contact';
import { describeIssues, fieldErrorsFrom, formLevelError, withoutError } from './fieldErrors';

describe('fieldErrorsFrom', () => {
  it('maps zod issues to one Dutch message per field', () => {
    const parsed = contactFields.safeParse({ name: '  ', email: 'geen-adres' });
    expect(parsed.success).toBe(false);
    const errors = fieldErrorsFrom(parsed.error!.issues);
    expect(errors.name).toBe('Naam is verplicht');
    expect(errors.email).toMatch(/geldig e-mailadres/);
  });

  it('keeps the first message of a field and formats array paths', () => {
    const errors = fieldErrorsFrom([
      { path: ['parties', 3, 'type'], message: 'eerste' },
      { path: ['parties', 3, 'type'], message: 'tweede' },
      { path: 'membership.until', message: 'van de API' },
    ]);
    expect(errors).toEqual({ 'parties[3].type': 'eerste', 'membership.until': 'van de API' });
  });

  it('renames paths to form fields', () => {
    const rename = (p: string) => (p === 'newContact.name' ? 'newName' : p);
    expect(
      fieldErrorsFrom([{ path: 'newContact.name', message: 'Naam is verplicht' }], rename),
    ).toEqual({
      newName: 'Naam is verplicht',
    });
  });
});

describe('formLevelError and withoutError', () => {
  it('finds a problem of the whole form', () => {
    expect(formLevelError({ '': 'Kies een persoon', name: 'x' })).toBe('Kies een persoon');
    expect(formLevelError({ name: 'x' })).toBeNull();
  });

  it('removes one field and keeps the object when there is nothing to remove', () => {
    const errors = { name: 'a', email: 'b' };
    expect(withoutError(errors, 'name')).toEqual({ email: 'b' });
    expect(withoutError(errors, 'phone')).toBe(errors);
  });
});

describe('describeIssues', () => {
  it('lists the first problems with their paths', () => {
    const issues = Array.from({ length: 7 }, (_, i) => ({
      path: `parties[${i}].name`,
      message: 'Naam is verplicht',
    }));
    const lines = describeIssues(issues, 3);
    expect(lines).toEqual([
      'parties[0].name: Naam is verplicht',
      'parties[1].name: Naam is verplicht',
      'parties[2].name: Naam is verplicht',
    ]);
    expect(describeIssues([{ path: '', message: 'Onbekend formaat' }])).toEqual([
      'Onbekend formaat',
    ]);
  });
});
