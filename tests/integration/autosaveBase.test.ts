import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeApi, type TestApi } from '../fixtures/api';
import { addContact, addParty, addRegion, type RegionOut } from '../fixtures/register';

/**
 * The autosaved forms (regio, partij, persoon) name the stored values they started from; a save
 * on values that were changed elsewhere meanwhile is refused and overwrites nothing.
 */
let api: TestApi;
let region: RegionOut;
beforeEach(async () => {
  api = await makeApi();
  region = addRegion(api, 'Friesland', { description: 'Oud' });
});
afterEach(() => api.close());

const regionValues = { name: 'Friesland', zorgkantoorNumber: null, description: 'Oud' };

describe('autosave bases', () => {
  it('saves on a current base, refuses a stale one in Dutch and keeps the newer text', () => {
    const first = api.call('regions.update', {
      id: region.id,
      ...regionValues,
      description: 'Tekst uit venster A',
      base: regionValues,
    });
    expect(first.description).toBe('Tekst uit venster A');
    const refused = api.fail('regions.update', {
      id: region.id,
      ...regionValues,
      description: 'Tekst uit venster B',
      base: regionValues,
    });
    expect(refused.code).toBe('conflict');
    expect(refused.message).toBe(
      'Deze regio is intussen elders gewijzigd (in een ander venster of tabblad). Uw wijzigingen zijn niet opgeslagen en er is niets overschreven: kies welke versie blijft.',
    );
    expect(refused.issues?.[0]?.path).toBe('base');
    expect(api.call('regions.get', { id: region.id }).description).toBe('Tekst uit venster A');
    // Choosing "mijn versie": the base is now what is stored.
    const chosen = api.call('regions.update', {
      id: region.id,
      ...regionValues,
      description: 'Tekst uit venster B',
      base: { ...regionValues, description: 'Tekst uit venster A' },
    });
    expect(chosen.description).toBe('Tekst uit venster B');
  });

  it('compares the base as stored (trimmed), and lets a save that changes nothing through', () => {
    const party = addParty(api, region.id, 'Gemeente Leeuwarden');
    const stored = { type: party.type, name: party.name, notes: '' };
    // Typed with a trailing space: stored trimmed, and the next save names what was typed.
    api.call('parties.update', { id: party.id, ...stored, notes: 'Notitie ', base: stored });
    expect(
      api.call('parties.update', {
        id: party.id,
        ...stored,
        notes: 'Notitie twee',
        base: { ...stored, notes: 'Notitie ' },
      }).notes,
    ).toBe('Notitie twee');
    // A stale base whose save equals what is stored overwrites nothing: accepted.
    expect(
      api.call('parties.update', {
        id: party.id,
        ...stored,
        notes: 'Notitie twee',
        base: stored,
      }).notes,
    ).toBe('Notitie twee');
    expect(
      api.fail('parties.update', { id: party.id, ...stored, notes: 'Anders', base: stored }).code,
    ).toBe('conflict');
  });

  it('guards people too, and a save without a base (command line) is not checked', () => {
    const person = addContact(api, null, 'Anna de Vries');
    const values = {
      name: person.name,
      function: person.function,
      partyId: person.partyId,
      email: person.email,
      phone: person.phone,
      notes: person.notes,
      active: person.active,
    };
    api.call('contacts.update', { id: person.id, ...values, notes: 'Eerst', base: values });
    expect(
      api.fail('contacts.update', { id: person.id, ...values, notes: 'Later', base: values }).code,
    ).toBe('conflict');
    expect(
      api.call('contacts.update', { id: person.id, ...values, notes: 'Zonder basis' }).notes,
    ).toBe('Zonder basis');
  });
});
