/** Issue 6 B9: control characters in text, and zod's own messages in plain Dutch. */
import { describe, expect, it } from 'vitest';
import { exchangeDocument } from './exchange/schema';
import { agreementCreate, progressCreate } from './schemas/agreement';
import { contactFields } from './schemas/contact';
import { partyCreate } from './schemas/party';
import { regionFields } from './schemas/region';
import { settingsUpdate } from './schemas/system';
import { z } from './zod';

const ID = '0b6f8a38-52d4-4a4a-9c5e-3a4f1a0e1c11';

function messages(schema: z.ZodType, value: unknown) {
  const result = schema.safeParse(value);
  if (result.success) throw new Error('expected a validation error');
  return result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

describe('single-line fields refuse control characters and line breaks', () => {
  const bad = {
    NUL: 'Gemeente\u0000Zeist',
    'bidi override': 'Gemeente \u202Etsiez',
    'ANSI escape': 'Gemeente \u001b[31mZeist',
    'C1 control': 'Gemeente\u0085Zeist',
  };
  for (const [what, name] of Object.entries(bad)) {
    it(`a party name with ${what}`, () => {
      expect(messages(partyCreate, { type: 'gemeente', name })).toEqual([
        {
          path: 'name',
          message:
            'Naam bevat een onzichtbaar stuurteken (zoals een escape- of richtingteken); haal het weg',
        },
      ]);
    });
  }

  it('a line break in a name or title', () => {
    expect(messages(regionFields, { name: 'Regio\nEem' })).toEqual([
      { path: 'name', message: 'Naam moet op één regel passen (zonder regeleinde)' },
    ]);
    expect(
      messages(agreementCreate, { regionId: ID, title: 'Val\r\npreventie', themeIds: [] }).map(
        (m) => m.path,
      ),
    ).toContain('title');
    expect(messages(contactFields, { name: 'Anna', function: 'Beleid\nWmo' })).toEqual([
      { path: 'function', message: 'Functie moet op één regel passen (zonder regeleinde)' },
    ]);
    expect(messages(settingsUpdate, { userName: 'Anna\u202E' })[0]!.path).toBe('userName');
    expect(messages(settingsUpdate, { organisation: 'Gemeente\nZeist' })[0]!.path).toBe(
      'organisation',
    );
  });

  it('a tab becomes a space', () => {
    expect(regionFields.parse({ name: 'Regio\tEem' }).name).toBe('Regio Eem');
  });
});

describe('multi-line fields keep line breaks but refuse control characters', () => {
  it('notes, descriptions and progress text', () => {
    const ok = partyCreate.parse({ type: 'gemeente', name: 'Zeist', notes: 'regel 1\nregel 2' });
    expect(ok.notes).toBe('regel 1\nregel 2');
    expect(
      progressCreate.parse({ agreementId: ID, on: '2026-01-01', text: 'Eerst.\nDan.' }).text,
    ).toBe('Eerst.\nDan.');
    expect(messages(regionFields, { name: 'Eem', description: 'a\u0000b' })).toEqual([
      {
        path: 'description',
        message:
          'Omschrijving bevat een onzichtbaar stuurteken (zoals een escape- of richtingteken); haal het weg',
      },
    ]);
  });
});

describe('the exchange format refuses them too', () => {
  it('a party name with a bidi override in an import file', () => {
    const at = '2026-01-05T09:00:00.000Z';
    const doc = {
      format: 'regiodossier',
      version: 1,
      exportedAt: at,
      regionId: null,
      regions: [],
      parties: [
        {
          id: ID,
          createdAt: at,
          updatedAt: at,
          deletedAt: null,
          type: 'gemeente',
          name: 'Zeist\u202E',
          notes: '',
        },
      ],
      regionMemberships: [],
      contacts: [],
      roleAssignments: [],
      themes: [],
      auditLog: [],
    };
    expect(messages(exchangeDocument, doc).map((m) => m.path)).toEqual(['parties.0.name']);
  });
});

describe("zod's own messages are plain Dutch", () => {
  it('unknown fields', () => {
    expect(messages(regionFields, { name: 'A', kleur: 'rood' })).toEqual([
      { path: '', message: 'Onbekend veld: kleur' },
    ]);
    expect(messages(regionFields, { name: 'A', kleur: 'rood', maat: 2 })).toEqual([
      { path: '', message: 'Onbekende velden: kleur, maat' },
    ]);
  });

  it('wrong types say what was expected and what came', () => {
    expect(messages(contactFields, { name: 'A', active: 'ja' })).toEqual([
      { path: 'active', message: 'Verwacht ja of nee (true/false), maar kreeg tekst' },
    ]);
    expect(messages(z.object({ n: z.number() }), { n: 'x' })[0]!.message).toBe(
      'Verwacht een getal, maar kreeg tekst',
    );
    expect(messages(z.object({ s: z.string() }), { s: 3 })[0]!.message).toBe(
      'Verwacht tekst, maar kreeg een getal',
    );
    expect(messages(z.object({ l: z.array(z.string()) }), { l: null })[0]!.message).toBe(
      'Verwacht een lijst, maar kreeg niets (null)',
    );
  });

  it('no English words left in the common messages', () => {
    const all = [
      ...messages(z.object({ s: z.string().max(3) }), { s: 'abcd' }),
      ...messages(z.object({ n: z.number().max(3) }), { n: 5 }),
      ...messages(z.object({ a: z.array(z.string()).max(1) }), { a: ['a', 'b'] }),
      ...messages(z.object({ e: z.enum(['x', 'y']) }), { e: 'z' }),
    ].map((m) => m.message);
    expect(all).toEqual([
      'Te lang: hoogstens 3 tekens',
      'Te groot: hoogstens 3',
      'Te veel: hoogstens 1 items',
      'Kies een van: "x", "y"',
    ]);
    for (const m of all) expect(m).not.toMatch(/\b(key|string|number|array|verwacht dat)\b/);
  });
});
