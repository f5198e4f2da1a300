import { describe, expect, it } from 'vitest';
import { DUTCH_KEYS } from '../../shared/personalDataKeys';
import { makeApi } from '../fixtures/api';
import { EMAIL, NAME, seedPerson } from './personErasureSeed';

/**
 * The access request (issue 19, major 8 and the minor on English keys): everything the person
 * wrote, gave or is named in, and a file with Dutch keys only.
 */
const ENGLISH = new Set(
  [
    'name',
    'created_at',
    'createdAt',
    'updated_at',
    'updatedAt',
    'deleted_at',
    'case_number',
    'caseNumber',
    'title',
    'text',
    'date',
    'role',
    'party',
    'region',
    'notes',
    'email',
    'phone',
    'active',
    'function',
    'since',
    'until',
    'meeting',
    'meeting_date',
    'actor',
    'action',
    'changes',
    'kind',
    'place',
    'excerpt',
    'attendance',
    'due_date',
    'done_on',
    'verdict',
    'remark',
    'note',
    'reason',
    'version',
    'from',
    'to',
    'field',
    'theme',
    'mandate',
    'agreement',
    'organisation',
    'at',
    'on_date',
    'reviewer_name',
    'guest_name',
    'snapshot',
  ].map((k) => k.toLowerCase()),
);

/** Every key in a JSON value, with its path. */
function keysOf(value: unknown, path = ''): [string, string][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => keysOf(v, `${path}[${i}]`));
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => [
    [k, `${path}.${k}`] as [string, string],
    ...keysOf(v, `${path}.${k}`),
  ]);
}

describe('the personal data export', () => {
  it('holds what the person wrote, gave, was invited to as a guest and is named in', async () => {
    const api = await makeApi();
    const { ruud, agreement, decision } = seedPerson(api);
    const data = api.call('contacts.personalData', { id: ruud.id });
    expect(data.persoon).toMatchObject({ naam: NAME, emailadres: EMAIL });
    // The gespreksverslag he took part in, and where it names him (issue 22).
    expect(data.gespreksverslagen).toEqual([
      expect.objectContaining({
        titel: `Evaluatie met ${NAME}`,
        soort: 'Evaluatiegesprek gemeente–zorgaanbieder',
        regio: 'Friesland',
      }),
    ]);
    const kinds = new Set(data.naamGenoemdIn.map((m) => m.soort));
    for (const kind of [
      'gespreksverslag',
      'gespreksverslag (titel)',
      'enquête (toelichting)',
      'actiepunt',
      'vastgelegd gespreksverslag',
    ])
      expect(kinds, kind).toContain(kind);
    expect(data.voortgangsberichtenGeschreven).toEqual([
      expect.objectContaining({
        afspraak: agreement.title,
        datum: '2026-11-02',
        door: `${NAME} (Gemeente Leeuwarden)`,
      }),
    ]);
    expect(data.statuswijzigingenGemaakt).toContainEqual(
      expect.objectContaining({
        afspraak: agreement.title,
        naarStatus: 'In bespreking',
        datum: '2026-11-03',
      }),
    );
    expect(data.beoordelingenGegeven).toEqual([
      expect.objectContaining({
        naam: NAME,
        oordeel: expect.any(String),
        opmerking: 'Graag de planning erbij.',
      }),
    ]);
    expect(data.beoordelingspakkettenOntvangen).toEqual([
      expect.objectContaining({
        bericht: `Beste ${NAME}, graag uw oordeel.`,
        afspraken: [agreement.title],
        reactiesIngelezen: 0,
      }),
    ]);
    expect(data.besluitenDieDeNaamNoemen).toEqual([
      expect.objectContaining({
        overleg: 'Ambtelijk overleg',
        tekst: `${NAME} werkt het plan uit.`,
      }),
    ]);
    expect(data.uitnodigingenAlsGast).toEqual([
      expect.objectContaining({
        naam: `${NAME} (privé)`,
        emailadres: EMAIL,
        aanwezigheid: 'Afgemeld',
      }),
    ]);
    const [version] = data.vastgesteldeNotulenDieDeNaamNoemen;
    expect(version).toMatchObject({
      overleg: 'Ambtelijk overleg',
      versie: 1,
      vastgesteldOp: '2026-11-12',
      door: `${NAME} (Gemeente Leeuwarden)`,
      aanwezigheid: ['Aanwezig', 'Afgemeld'],
    });
    expect((version!.tekstenMetNaam as { agendapunt: string }[]).map((t) => t.agendapunt)).toEqual([
      'Valpreventie',
      'Valpreventie',
      'Valpreventie',
    ]);
    expect(data.naamGenoemdIn).toContainEqual({
      soort: 'besluit',
      plaats: 'Ambtelijk overleg (2026-10-01), Valpreventie',
      fragment: `${NAME} werkt het plan uit.`,
    });
    expect(decision.text).toContain(NAME);
    api.close();
  });

  it('has Dutch keys only, every one from the key map', async () => {
    const api = await makeApi();
    const { ruud } = seedPerson(api);
    const data = api.call('contacts.personalData', { id: ruud.id });
    const keys = keysOf(data);
    expect(keys.length).toBeGreaterThan(50);
    expect(keys.filter(([k]) => ENGLISH.has(k.toLowerCase())).map(([, p]) => p)).toEqual([]);
    expect(keys.filter(([k]) => !DUTCH_KEYS.has(k)).map(([, p]) => p)).toEqual([]);
    api.close();
  });
});
