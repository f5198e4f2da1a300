import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApi, type Api } from '../../electron/api/createApi';
import type { PersonalDataExport } from '../../shared/schemas/personalData';

/**
 * An access request under the AVG (issue 9): everything stored about one person in one JSON
 * export, also what is in the Prullenbak (marked), and where the name appears in free text.
 */
let api: Api;
beforeEach(async () => {
  api = await createApi(':memory:', {
    clock: () => new Date('2026-11-29T10:00:00.000Z'),
    logError: () => undefined,
  });
  value(api.invoke('dossier.loadDemo', {}));
});
afterEach(() => api.close());

function value<T = unknown>(result: { ok: boolean; value?: unknown; error?: { message: string } }) {
  if (!result.ok) throw new Error(result.error!.message);
  return result.value as T;
}
const contactNamed = (name: string) =>
  value<{ id: string; name: string }[]>(api.invoke('contacts.list', { search: name })).find(
    (c) => c.name === name,
  )!;

describe('the personal data of one person', () => {
  it('holds their record, roles, afspraken, overleggen, actiepunten, history and mentions', () => {
    const ruud = contactNamed('Ruud Bakker');
    const region = value<{ id: string }[]>(api.invoke('regions.list', {}))[0]!;
    const agreement = value<{ items: { id: string; title: string }[] }>(
      api.invoke('agreements.list', { regionId: region.id }),
    ).items[0]!;
    value(
      api.invoke('agreements.addProgress', {
        agreementId: agreement.id,
        on: '2026-11-20',
        text: 'Besproken met Ruud Bakker van de gemeente.',
      }),
    );
    value(
      api.invoke('settings.update', { userName: 'Ruud Bakker', organisation: 'Gemeente Zeist' }),
    );
    value(api.invoke('regions.create', { name: 'Regio Door Ruud' }));

    const data = value<PersonalDataExport>(api.invoke('contacts.personalData', { id: ruud.id }));
    expect(data.soort).toBe('Regiodossier: persoonsgegevens (inzageverzoek AVG)');
    expect(data.persoon).toMatchObject({ naam: 'Ruud Bakker', actief: true });
    expect(data.rollen).toHaveLength(1);
    expect(data.rollen[0]!.rol).toMatch(/aanspreekpunt/i);
    expect(data.afsprakenAlsEigenaar).toHaveLength(1);
    expect(data.overleggen).toHaveLength(3);
    expect(data.actiepunten).toHaveLength(1);
    expect(data.geschiedenisVanDezePersoon.length).toBeGreaterThan(0);
    expect(data.wijzigingenAlsGebruiker.aantal).toBeGreaterThanOrEqual(1);
    expect(data.naamGenoemdIn).toContainEqual({
      soort: 'voortgangsbericht',
      plaats: `${agreement.title} (2026-11-20)`,
      fragment: 'Besproken met Ruud Bakker van de gemeente.',
    });
  });

  it('includes what is in the Prullenbak, marked as such', () => {
    const ruud = contactNamed('Ruud Bakker');
    value(api.invoke('contacts.delete', { id: ruud.id }));
    const data = value<PersonalDataExport>(api.invoke('contacts.personalData', { id: ruud.id }));
    expect(data.persoon.inPrullenbakSinds).toBe('2026-11-29T10:00:00.000Z');
  });

  it('treats % and _ in a name as letters, not as wildcards', () => {
    const odd = value<{ id: string }>(api.invoke('contacts.create', { name: '%_' }));
    const data = value<PersonalDataExport>(api.invoke('contacts.personalData', { id: odd.id }));
    expect(data.naamGenoemdIn).toEqual([]);
  });

  it('counts only changes made under exactly their name as a user', () => {
    const ruud = contactNamed('Ruud Bakker');
    value(api.invoke('settings.update', { userName: 'ruud bakker', organisation: 'Elders' }));
    value(api.invoke('regions.create', { name: 'Regio Door Een Ander' }));
    const data = value<PersonalDataExport>(api.invoke('contacts.personalData', { id: ruud.id }));
    expect(data.wijzigingenAlsGebruiker.aantal).toBe(0);
  });

  it('says so for a person who does not exist', () => {
    const r = api.invoke('contacts.personalData', { id: '00000000-0000-4000-8000-000000000000' });
    expect(r.ok ? null : r.error.code).toBe('not_found');
  });
});
