import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handlers } from '../../electron/api/index';
import type { ApiContext } from '../../electron/api/context';
import { METHODS, contract, type Method } from '../../shared/api/contract';
import { makeApi, snapshotCounts, type TestApi } from '../fixtures/api';
import {
  CONTACT_DEFAULTS,
  ROLE_DEFAULTS,
  addContact,
  addParty,
  addRegion,
  addRole,
  themeId,
} from '../fixtures/register';

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
      ['trash.purge', { entity: 'meeting', id: region.id }],
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

describe('the handler table implements the whole contract', () => {
  it('has a handler for every method and nothing else', () => {
    expect(Object.keys(handlers).sort()).toEqual([...METHODS].sort());
    for (const method of METHODS) expect(typeof table[method], method).toBe('function');
  });
});

describe('every register method answers within its contract', () => {
  it('a tour through all methods (except the dossier exchange) with output checking on', () => {
    const seen = new Set<Method>();
    const call = ((method: Method, input?: unknown) => {
      const value = api.call(method, input as never);
      expect(contract[method].output.safeParse(value).success, method).toBe(true);
      seen.add(method);
      return value;
    }) as TestApi['call'];

    call('app.info');
    call('settings.update', { userName: 'Anna', organisation: 'Gemeente Utrecht' });
    call('settings.get');
    const region = call('regions.create', { name: 'Utrecht' });
    call('regions.update', {
      id: region.id,
      name: 'Utrecht-Stad',
      zorgkantoorNumber: null,
      description: '',
    });
    call('regions.get', { id: region.id });
    call('regions.list');
    const party = call('parties.create', { type: 'gemeente', name: 'Utrecht' });
    call('parties.update', { id: party.id, type: 'gemeente', name: 'Gemeente Utrecht', notes: '' });
    const m = call('memberships.create', {
      regionId: region.id,
      partyId: party.id,
      role: 'trekker',
    });
    call('memberships.update', { id: m.id, role: 'deelnemer', since: null, until: null });
    call('parties.get', { id: party.id });
    call('parties.list', { regionId: region.id });
    const contact = call('contacts.create', { name: 'Anna', partyId: party.id });
    call('contacts.update', {
      ...CONTACT_DEFAULTS,
      id: contact.id,
      name: 'Anna de Vries',
      partyId: party.id,
    });
    call('contacts.get', { id: contact.id });
    call('contacts.list', { regionId: region.id });
    const role = call('roles.create', {
      regionId: region.id,
      contactId: contact.id,
      role: 'bestuurlijk_aanspreekpunt',
    });
    call('roles.update', {
      ...ROLE_DEFAULTS,
      id: role.id,
      partyId: party.id,
      role: 'ambtelijk_aanspreekpunt',
    });
    call('roles.get', { id: role.id });
    call('roles.list', { period: 'all' });
    call('roles.overview', { regionId: region.id });
    call('roles.end', { id: role.id, until: '2026-12-31' });
    const theme = call('themes.create', { name: 'Jeugd' });
    call('themes.rename', { id: theme.id, name: 'Jeugd en gezin' });
    call('themes.archive', { id: theme.id, archived: true });
    call('themes.list', { includeArchived: true });
    call('history.list', { entity: 'party', id: party.id });
    call('parties.deleteImpact', { id: party.id });
    call('contacts.deleteImpact', { id: contact.id });
    call('roles.delete', { id: role.id });
    call('contacts.delete', { id: contact.id });
    call('memberships.delete', { id: m.id });
    call('parties.delete', { id: party.id });
    call('trash.list');
    call('trash.restore', { entity: 'party', id: party.id });
    call('trash.purge', { entity: 'roleAssignment', id: role.id });
    call('trash.purge', { entity: 'contact', id: contact.id });
    addRole(api, region.id, addContact(api, party.id, 'Bert').id, 'trekker_thema', {
      themeId: themeId(api, 'GGZ'),
    });
    const agreement = call('agreements.create', {
      regionId: region.id,
      title: 'Valpreventie',
      themeIds: [themeId(api, 'Ouderen')],
      parties: [{ partyId: party.id, role: 'trekker' }],
      financing: ['wmo'],
    });
    call('agreements.update', {
      id: agreement.id,
      title: 'Valpreventie 2027',
      caseNumber: 'Z/26/004512',
      descriptionHtml: '<p>Samen met de thuiszorg.</p>',
      themeIds: [themeId(api, 'GGZ')],
      parties: [{ partyId: party.id, role: 'trekker' }],
      ownerId: null,
      financing: ['wmo', 'zvw'],
      adoptedOn: null,
      startDate: '2027-01-01',
      endDate: null,
      nextEvaluation: '2027-06-01',
      dekking: { granted: false, by: '', on: null },
      confidential: false,
    });
    call('agreements.transition', { id: agreement.id, to: 'in_bespreking', on: '2026-11-22' });
    call('agreements.undoTransition', { id: agreement.id, status: 'in_bespreking' });
    call('agreements.transition', { id: agreement.id, to: 'in_bespreking', on: '2026-11-22' });
    call('agreements.addProgress', {
      agreementId: agreement.id,
      on: '2026-11-22',
      text: 'Besproken',
      status: 'vastgesteld',
    });
    call('agreements.requestReview', { agreementIds: [agreement.id], on: '2026-11-22' });
    call('agreements.review', {
      agreementIds: [agreement.id],
      reviewerName: 'Wethouder',
      on: '2026-11-22',
      verdict: 'akkoord',
    });
    call('agreements.get', { id: agreement.id });
    call('history.list', { entity: 'agreement', id: agreement.id });
    call('agreements.list', { regionId: region.id, search: 'val' });
    call('agreements.page', { regionId: region.id, offset: 50, limit: 50 });
    call('agreements.listIds', { regionId: region.id });
    call('agreements.dashboard', { regionId: region.id });
    call('agreements.summary', { regionId: region.id });
    call('agreements.exportCsv', { regionId: region.id });
    call('agreements.deleteImpact', { id: agreement.id });
    call('agreements.delete', { id: agreement.id });
    call('regions.deleteImpact', { id: region.id });
    call('regions.delete', { id: region.id });

    const missing = METHODS.filter((m) => !m.startsWith('dossier.') && !seen.has(m));
    expect(missing).toEqual([]);
    expect(api.logged).toEqual([]);
  });
});
