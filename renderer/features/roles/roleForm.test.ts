import { describe, expect, it } from 'vitest';
import { roleAssignmentFields } from '../../../shared/schemas/roleAssignment';
import { fieldErrorsFrom } from '../../components/fieldErrors';
import { addsNewPerson, assignRoleField, emptyAssignRole, toRoleCreateInput } from './roleForm';

const REGION = '11111111-1111-4111-8111-111111111111';
const PARTY = '22222222-2222-4222-8222-222222222222';
const CONTACT = '33333333-3333-4333-8333-333333333333';

describe('toRoleCreateInput', () => {
  it('sends an existing person as contactId and no newContact', () => {
    const values = {
      ...emptyAssignRole(REGION, { partyId: PARTY }),
      role: 'ambtelijk_aanspreekpunt' as const,
      contactId: CONTACT,
      newName: 'vergeten tekst',
    };
    const input = toRoleCreateInput(values, false);
    expect(input).toMatchObject({
      regionId: REGION,
      partyId: PARTY,
      contactId: CONTACT,
      newContact: null,
    });
    expect(roleAssignmentFields.safeParse(input).success).toBe(true);
  });

  it('sends a new person as newContact and no contactId', () => {
    const values = {
      ...emptyAssignRole(REGION, { partyId: PARTY, role: 'bestuurlijk_aanspreekpunt' }),
      contactId: CONTACT,
      newName: 'Sanne Wethouder',
      newFunction: 'wethouder zorg',
    };
    const input = toRoleCreateInput(values, true);
    expect(input.contactId).toBeNull();
    expect(input.newContact).toEqual({
      name: 'Sanne Wethouder',
      function: 'wethouder zorg',
      email: '',
      phone: '',
    });
    expect(roleAssignmentFields.safeParse(input).success).toBe(true);
  });

  it('puts problems of the new person beside the form fields', () => {
    const values = {
      ...emptyAssignRole(REGION, { role: 'bestuurlijk_aanspreekpunt' }),
      newEmail: 'geen-adres',
    };
    const parsed = roleAssignmentFields.safeParse(toRoleCreateInput(values, true));
    expect(parsed.success).toBe(false);
    const errors = fieldErrorsFrom(parsed.error!.issues, assignRoleField);
    expect(errors.newName).toBe('Naam is verplicht');
    expect(errors.newEmail).toMatch(/geldig e-mailadres/);
  });

  it('asks for a person when none is chosen', () => {
    const values = { ...emptyAssignRole(REGION, { role: 'bestuurlijk_aanspreekpunt' }) };
    const parsed = roleAssignmentFields.safeParse(toRoleCreateInput(values, false));
    expect(parsed.success).toBe(false);
    expect(Object.keys(fieldErrorsFrom(parsed.error!.issues, assignRoleField))).toContain(
      'contactId',
    );
  });
});

describe('addsNewPerson', () => {
  const contacts = [{ partyId: PARTY }, { partyId: null }];
  it('follows the switch, and forces a new person when nobody of the party can be chosen', () => {
    expect(addsNewPerson({ addPerson: true, partyId: null }, contacts)).toBe(true);
    expect(addsNewPerson({ addPerson: false, partyId: PARTY }, contacts)).toBe(false);
    expect(addsNewPerson({ addPerson: false, partyId: CONTACT }, contacts)).toBe(true);
    expect(addsNewPerson({ addPerson: false, partyId: null }, [])).toBe(true);
    // Still loading: do not switch the form around yet.
    expect(addsNewPerson({ addPerson: false, partyId: PARTY }, undefined)).toBe(false);
  });
});
