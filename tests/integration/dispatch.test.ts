import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handlers } from '../../electron/api/index';
import type { ApiContext } from '../../electron/api/context';
import { makeApi, snapshotCounts, tempDir, type TestApi } from '../fixtures/api';
import { addContact, addParty, addRegion } from '../fixtures/register';

let api: TestApi;
beforeEach(async () => {
  api = await makeApi();
});
afterEach(() => api.close());

type AnyHandler = (ctx: ApiContext, input: unknown) => unknown;
const table = handlers as unknown as Record<string, AnyHandler>;

/** Runs `fn` with one handler of the real table wrapped (restored afterwards). */
function withHandler(method: string, wrap: (original: AnyHandler) => AnyHandler, fn: () => void) {
  const original = table[method]!;
  table[method] = wrap(original);
  try {
    fn();
  } finally {
    table[method] = original;
  }
}

describe('unknown methods', () => {
  it.each([['parties.nope'], ['toString'], ['__proto__'], ['constructor']])(
    '%s → unknown_method',
    (method) => {
      const result = api.invoke(method, {});
      expect(result).toEqual({
        ok: false,
        error: { code: 'unknown_method', message: `Onbekende opdracht: ${String(method)}.` },
      });
    },
  );

  // On a file the table's wrapper first asks whether the method needs a backup (the purge, the
  // import): that lookup threw a TypeError for names of Object.prototype (issue 19).
  it('answers unknown_method for names of Object.prototype on a dossier file too', async () => {
    const { dir, cleanup } = tempDir();
    const onFile = await makeApi(path.join(dir, 'dossier.db'), {
      defaultBackupFolder: path.join(dir, 'back-ups'),
    });
    try {
      for (const method of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf']) {
        expect(onFile.invoke(method, {}), method).toEqual({
          ok: false,
          error: { code: 'unknown_method', message: `Onbekende opdracht: ${method}.` },
        });
      }
      expect(onFile.logged).toEqual([]);
    } finally {
      onFile.close();
      cleanup();
    }
  });

  it.each([
    [42, 'een getal'],
    [undefined, 'niets'],
    [null, 'niets'],
    [{ toString: 1 }, 'een object'],
    [Object.create(null), 'een object'],
    [Symbol('x'), 'iets anders'],
    [['regions.list'], 'een lijst'],
  ])('a method name that is not text (%s) → unknown_method (issue 6 B14)', (method, what) => {
    expect(api.invoke(method, {})).toEqual({
      ok: false,
      error: {
        code: 'unknown_method',
        message: `Onbekende opdracht: de naam van een opdracht moet tekst zijn (hier: ${what}).`,
      },
    });
    expect(api.logged).toEqual([]);
  });

  it('a long or unprintable method name is cut short and escaped in the message', () => {
    const error = api.fail(`x\u001b[2J${'y'.repeat(500)}`, {});
    expect(error.code).toBe('unknown_method');
    expect(error.message).not.toContain('\u001b');
    expect(error.message.length).toBeLessThan(150);
  });
});

describe('invalid input changes nothing', () => {
  const LONG = 'x'.repeat(10_000);

  it.each([
    ['regions.create', { name: LONG }, 'name', 'Naam mag hoogstens 120 tekens lang zijn'],
    [
      'parties.create',
      { type: 'gemeente', name: LONG },
      'name',
      'Naam mag hoogstens 160 tekens lang zijn',
    ],
    ['contacts.create', { name: LONG }, 'name', 'Naam mag hoogstens 160 tekens lang zijn'],
    ['themes.create', { name: LONG }, 'name', 'Naam mag hoogstens 80 tekens lang zijn'],
    ['regions.create', { name: '' }, 'name', 'Naam is verplicht'],
    ['regions.create', { name: '   ' }, 'name', 'Naam is verplicht'],
    ['regions.create', {}, 'name', 'Naam is verplicht'],
    ['parties.create', { type: 'gemeente', name: '' }, 'name', 'Naam is verplicht'],
    ['contacts.create', { name: ' ' }, 'name', 'Naam is verplicht'],
    ['settings.update', { userName: '' }, 'userName', 'Uw naam is verplicht'],
    [
      'contacts.create',
      { name: 'A', notes: LONG },
      'notes',
      'Notities mag hoogstens 5000 tekens lang zijn',
    ],
  ])('%s %# → invalid_input on %s', (method, input, path, message) => {
    addRegion(api);
    const before = snapshotCounts(api);
    const error = api.fail(method, input);
    expect(error.code).toBe('invalid_input');
    expect(error.issues).toContainEqual({ path, message });
    expect(error.message).toMatch(new RegExp(`^Ongeldige invoer: ${path}: `));
    expect(snapshotCounts(api)).toEqual(before);
  });

  it('refuses invalid updates, wrong types, unknown keys and non-objects without writing', () => {
    const region = addRegion(api);
    const party = addParty(api, region.id, 'Leeuwarden');
    const contact = addContact(api, party.id, 'Anna');
    const before = snapshotCounts(api);
    const cases: [string, unknown][] = [
      ['regions.update', { id: region.id, name: '' }],
      ['regions.update', { id: 'not-a-uuid', name: 'X' }],
      ['parties.update', { id: party.id, type: 'gemeente', name: 'x'.repeat(161) }],
      ['contacts.update', { id: contact.id, name: 'Anna', email: 'anna@' }],
      ['contacts.create', { name: 'Anna', favouriteColour: 'blauw' }],
      ['regions.create', 'Friesland'],
      ['regions.create', null],
      ['regions.create', [{ name: 'Friesland' }]],
      ['regions.list', { extra: true }],
      ['parties.list', { types: ['bank'] }],
      ['roles.end', { id: crypto.randomUUID(), until: '22-11-2026' }],
      ['trash.purge', { entity: 'vergadering', id: region.id }],
    ];
    for (const [method, input] of cases) {
      expect(api.fail(method, input).code, `${method} ${JSON.stringify(input)}`).toBe(
        'invalid_input',
      );
    }
    expect(snapshotCounts(api)).toEqual(before);
    expect(api.call('regions.get', { id: region.id }).name).toBe('Friesland');
    expect(api.logged).toEqual([]);
  });

  it('summarises several issues in one Dutch message and lists them all', () => {
    const error = api.fail('contacts.create', { name: '', email: 'x', phone: 'y' });
    expect(error.message).toBe('Ongeldige invoer: name: Naam is verplicht (en nog 2 andere).');
    expect(error.issues?.map((i) => i.path)).toEqual(['name', 'email', 'phone']);
  });

  it('reports unknown keys in Dutch', () => {
    expect(api.fail('regions.create', { name: 'X', kleur: 'rood' }).message).toBe(
      'Ongeldige invoer: Onbekend veld: kleur.',
    );
  });

  it('accepts a missing input for methods without parameters', () => {
    expect(api.invoke('regions.list', undefined)).toEqual({ ok: true, value: [] });
    expect(api.invoke('trash.list', null)).toEqual({ ok: true, value: [] });
    expect(api.call('themes.list')).toEqual([]);
  });
});

describe('transactions and errors', () => {
  it('a handler failing after its writes leaves neither the rows nor their audit rows', () => {
    addRegion(api);
    const before = snapshotCounts(api);
    withHandler(
      'parties.create',
      (original) => (ctx, input) => {
        original(ctx, input);
        throw new Error('disk on fire');
      },
      () => {
        const error = api.fail('parties.create', {
          type: 'gemeente',
          name: 'Leeuwarden',
          membership: { regionId: api.call('regions.list')[0]!.id, role: 'deelnemer' },
        });
        expect(error).toEqual({
          code: 'internal',
          message: 'Er ging iets mis bij het uitvoeren van deze opdracht; er is niets opgeslagen.',
        });
      },
    );
    expect(snapshotCounts(api)).toEqual(before);
    expect(api.logged).toHaveLength(1);
    expect(String(api.logged[0])).toMatch(/disk on fire/);
  });

  it('a constraint violation is a Dutch conflict and rolls back the earlier writes', () => {
    const region = addRegion(api);
    const regionUpdate = { name: 'Fryslân', zorgkantoorNumber: null, description: '' };
    const before = snapshotCounts(api);
    withHandler(
      'regions.update',
      (original) => (ctx, input) => {
        const value = original(ctx, input);
        ctx.repos.db.prepare("UPDATE region SET zorgkantoor_number = 'veel'").run();
        return value;
      },
      () => {
        expect(api.fail('regions.update', { ...regionUpdate, id: region.id }).code).toBe(
          'conflict',
        );
      },
    );
    withHandler(
      'regions.update',
      (original) => (ctx, input) => {
        const value = original(ctx, input);
        ctx.repos.db
          .prepare(
            "INSERT INTO region_membership (id, region_id, party_id, role, created_at, updated_at) VALUES ('m', 'x', 'y', 'deelnemer', '', '')",
          )
          .run();
        return value;
      },
      () => {
        expect(api.fail('regions.update', { ...regionUpdate, id: region.id })).toEqual({
          code: 'conflict',
          message:
            'Deze wijziging past niet bij de gegevens die er al zijn; er is niets opgeslagen.',
        });
      },
    );
    expect(snapshotCounts(api)).toEqual(before);
    expect(api.call('regions.get', { id: region.id }).name).toBe('Friesland');
  });

  it('checks every answer against the contract; a wrong answer is internal and rolls back', () => {
    const before = snapshotCounts(api);
    withHandler(
      'regions.create',
      (original) => (ctx, input) => ({
        ...(original(ctx, input) as object),
        zorgkantoorNumber: 'zeven',
      }),
      () => {
        expect(api.fail('regions.create', { name: 'Twente' }).code).toBe('internal');
      },
    );
    expect(snapshotCounts(api)).toEqual(before);
    expect(api.logged).toHaveLength(1);
  });

  it('does not check answers when checkOutput is off', async () => {
    const loose = await makeApi(':memory:', { checkOutput: false });
    withHandler(
      'regions.list',
      () => () => [{ bogus: true }],
      () => {
        expect(loose.invoke('regions.list', {})).toEqual({ ok: true, value: [{ bogus: true }] });
      },
    );
    loose.close();
  });

  it('never leaks a stack trace or SQL into the message', () => {
    withHandler(
      'regions.list',
      () => (ctx) => ctx.repos.db.prepare('SELECT * FROM nonexistent').all(),
      () => {
        const error = api.fail('regions.list', {});
        expect(error.code).toBe('internal');
        expect(error.message).not.toMatch(/nonexistent|at |SQL/i);
      },
    );
  });
});
