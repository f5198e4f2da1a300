import { afterEach, beforeEach, expect, it } from 'vitest';
import { nameResolver } from '../../electron/api/historyText';
import { makeApi, type TestApi } from '../fixtures/api';
import { addContact, addParty, addRegion } from '../fixtures/register';

let api: TestApi;
beforeEach(async () => {
  api = await makeApi();
});
afterEach(() => api.close());

it('names every kind of record an id in the history can point to, deleted ones too', () => {
  const region = addRegion(api, 'Eemland');
  const party = addParty(api, region.id, 'Gemeente Baarn');
  const person = addContact(api, party.id, 'Anna de Vries');
  const theme = api.call('themes.create', { name: 'Wonen en zorg' });
  api.call('regions.delete', { id: region.id });
  const nameOf = nameResolver(api.ctx.repos);
  expect(nameOf('region', region.id)).toBe(region.name);
  expect(nameOf('party', party.id)).toBe('Gemeente Baarn');
  expect(nameOf('contact', person.id)).toBe('Anna de Vries');
  expect(nameOf('theme', theme.id)).toBe('Wonen en zorg');
  expect(nameOf('region', '00000000-0000-4000-8000-000000000000')).toBeNull();
});
