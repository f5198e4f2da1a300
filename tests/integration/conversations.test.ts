/**
 * Gespreksverslagen through the API on a real SQLite database (issue 22): the template per soort,
 * the sets, the autosave with its revision, vastleggen and correcting, actiepunten with a verslag
 * as source, the list's filters, the Prullenbak and the history — and bad input refused with a
 * Dutch message and nothing changed.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Input } from '../../shared/api/contract';
import { makeApi, type TestApi } from '../fixtures/api';
import { addContact, addParty, addRegion } from '../fixtures/register';
import { agreementInput, seed, type World } from './agreementsSeed';

let api: TestApi;
let w: World;
let agreementId: string;
beforeEach(async () => {
  api = await makeApi();
  w = seed(api);
  agreementId = api.call('agreements.create', agreementInput(w)).id;
});
afterEach(() => api.close());

const input = (extra: Partial<Input<'conversations.create'>> = {}) =>
  ({
    regionId: w.region.id,
    kind: 'evaluatiegesprek',
    title: 'Evaluatie met Zorggroep Noord',
    date: '2026-11-12',
    partyIds: [w.gemeente.id],
    themeIds: [w.ouderen],
    agreementIds: [agreementId],
    participants: [{ contactId: w.owner.id }, { guestName: 'Piet de Boer' }],
    ...extra,
  }) satisfies Input<'conversations.create'>;

const updateOf = (id: string, extra: Partial<Input<'conversations.update'>> = {}) =>
  ({
    id,
    kind: 'evaluatiegesprek',
    title: 'Evaluatie met Zorggroep Noord',
    date: '2026-11-12',
    confidential: false,
    partyIds: [w.gemeente.id],
    themeIds: [w.ouderen],
    agreementIds: [agreementId],
    participants: [{ contactId: w.owner.id, guestName: '' }],
    ...extra,
  }) satisfies Input<'conversations.update'>;

describe('a gespreksverslag', () => {
  it('starts from the template of its soort and names its sets', () => {
    const c = api.call('conversations.create', input());
    for (const heading of [
      'Voortgang samenwerkingsafspraken',
      'Wat gaat goed',
      'Knelpunten',
      'Vervolgafspraken',
    ])
      expect(c.reportHtml).toContain(`<h2>${heading}</h2>`);
    const d = api.call('conversations.get', { id: c.id });
    expect(d.parties.map((p) => p.name)).toEqual(['Gemeente Leeuwarden']);
    expect(d.participants.map((p) => [p.name, p.partyName])).toEqual([
      ['Jan Jansen', 'Gemeente Leeuwarden'],
      ['Piet de Boer', null],
    ]);
    expect(d.themes.map((t) => t.name)).toEqual(['Ouderen']);
    expect(d.agreements).toEqual([
      { id: agreementId, title: 'Valpreventie voor thuiswonende ouderen' },
    ]);
    expect(d.status).toBe('concept');
    expect(d.survey).toBeNull();
  });

  it('uses an edited template, cleaned of hostile markup', () => {
    const templates = api.call('conversations.templates');
    const saved = api.call('conversations.setTemplates', {
      ...templates,
      telefonisch: '<h2>Gebeld over</h2><img src=x onerror="alert(1)"><script>alert(2)</script>',
    });
    expect(saved.telefonisch).not.toMatch(/onerror|script/);
    const c = api.call('conversations.create', input({ kind: 'telefonisch' }));
    expect(c.reportHtml).toContain('<h2>Gebeld over</h2>');
    expect(c.reportHtml).not.toMatch(/onerror|script/);
  });

  it('is linked both ways: the agreement and the party list it', () => {
    const c = api.call('conversations.create', input());
    const byAgreement = api.call('conversations.list', { regionId: w.region.id, agreementId });
    expect(byAgreement.items.map((i) => i.id)).toEqual([c.id]);
    const byParty = api.call('conversations.list', {
      regionId: w.region.id,
      partyId: w.verzekeraar.id,
    });
    expect(byParty.total).toBe(0);
    // A party's page lists its verslagen in every region.
    const elders = addRegion(api, 'Groningen');
    const there = api.call(
      'conversations.create',
      input({ regionId: elders.id, agreementIds: [], date: '2026-11-20' }),
    );
    const everywhere = api.call('conversations.list', { regionId: null, partyId: w.gemeente.id });
    expect(everywhere.items.map((i) => i.id)).toEqual([there.id, c.id]);
    expect(api.fail('conversations.list', { regionId: null }).issues).toEqual([
      { path: 'regionId', message: 'Kies een regio, een partij of een afspraak' },
    ]);
  });

  it('refuses bad sets beside the field, and changes nothing', () => {
    const before = api.count('conversation');
    expect(api.fail('conversations.create', input({ partyIds: [] })).issues).toContainEqual({
      path: 'partyIds',
      message: 'Kies minstens één partij',
    });
    const unknown = api.fail('conversations.create', input({ partyIds: [crypto.randomUUID()] }));
    expect(unknown.issues?.[0]?.path).toBe('partyIds[0]');
    expect(unknown.message).toBe('Deze partij bestaat niet (meer).');
    const groningen = addRegion(api, 'Groningen');
    const elsewhere = api.call(
      'agreements.create',
      agreementInput(w, { regionId: groningen.id, parties: [], title: 'Elders' }),
    ).id;
    expect(api.fail('conversations.create', input({ agreementIds: [elsewhere] })).message).toBe(
      'De afspraak ‘Elders’ hoort bij een andere regio.',
    );
    const twice = api.fail(
      'conversations.create',
      input({ participants: [{ contactId: w.owner.id }, { contactId: w.owner.id }] }),
    );
    expect(twice.issues?.[0]).toEqual({
      path: 'participants[1].contactId',
      message: 'Deze persoon staat al bij de deelnemers',
    });
    expect(api.fail('conversations.create', input({ participants: [{}] })).issues?.[0]).toEqual({
      path: 'participants[0].guestName',
      message: 'Kies een persoon of vul een naam in',
    });
    expect(api.count('conversation')).toBe(before);
  });
});

describe('the verslag’s text', () => {
  it('autosaves by revision, refuses an older base and cleans hostile text', () => {
    const c = api.call('conversations.create', input());
    const first = api.call('conversations.saveReport', {
      conversationId: c.id,
      reportHtml: '<p>Wachtlijst besproken</p><img src=x onerror="alert(1)">',
      baseRevision: 0,
    });
    expect(first.reportRevision).toBe(1);
    expect(first.reportHtml).not.toContain('onerror');
    const stale = api.fail('conversations.saveReport', {
      conversationId: c.id,
      reportHtml: '<p>Oudere tekst</p>',
      baseRevision: 0,
    });
    expect(stale.code).toBe('conflict');
    expect(api.call('conversations.report', { id: c.id }).reportHtml).toContain('Wachtlijst');
    // The search box finds the verslag by its text.
    const found = api.call('conversations.list', { regionId: w.region.id, search: 'wachtlijst' });
    expect(found.items.map((i) => i.id)).toEqual([c.id]);
  });
});

describe('vastleggen and correcting', () => {
  it('locks everything but an action’s status; a correction opens version 2 with its reason', () => {
    const c = api.call('conversations.create', input());
    const action = api.call('actions.add', {
      conversationId: c.id,
      text: 'Cijfers aanleveren',
      ownerId: w.owner.id,
    });
    expect(action.conversationId).toBe(c.id);
    expect(
      api.fail('conversations.lock', { id: c.id, lockedOn: '2026-11-23' }).issues?.[0]?.message,
    ).toBe('De datum van vastleggen kan niet later dan vandaag (22 november 2026) liggen.');
    expect(
      api.fail('conversations.lock', { id: c.id, lockedOn: '2026-11-01' }).issues?.[0]?.message,
    ).toBe('Een verslag kan niet vóór het gesprek zelf (12 november 2026) zijn vastgelegd.');
    const locked = api.call('conversations.lock', { id: c.id, lockedOn: '2026-11-20' });
    expect(locked.status).toBe('vastgelegd');

    const refused = 'Dit gespreksverslag is vastgelegd en kan niet meer worden gewijzigd.';
    const reportHtml = '<p>Later</p>';
    for (const [method, args] of [
      ['conversations.update', updateOf(c.id, { title: 'Anders' })],
      ['conversations.saveReport', { conversationId: c.id, reportHtml, baseRevision: 0 }],
      ['conversations.setSurvey', { conversationId: c.id, survey: null }],
      ['actions.add', { conversationId: c.id, text: 'Nog een' }],
      ['actions.delete', { id: action.id }],
    ] as const) {
      const error = api.fail(method, args);
      expect(error.code, method).toBe('conflict');
      expect(error.message, method).toContain(refused);
    }
    expect(api.call('actions.setStatus', { id: action.id, status: 'afgerond' }).status).toBe(
      'afgerond',
    );
    expect(api.fail('conversations.correct', { id: c.id, reason: '  ' }).issues?.[0]).toEqual({
      path: 'reason',
      message: 'Reden van de correctie is verplicht',
    });
    const corrected = api.call('conversations.correct', { id: c.id, reason: 'Naam gespeld' });
    expect([corrected.status, corrected.version]).toEqual(['concept', 2]);
    const versions = api.call('conversations.versions', { id: c.id });
    expect(versions).toHaveLength(1);
    expect(versions[0]).toMatchObject({ version: 1, lockedOn: '2026-11-20' });
    expect(versions[0]!.correctionReason).toBe('Naam gespeld');
    expect(versions[0]!.snapshot.actions).toEqual([
      { text: 'Cijfers aanleveren', ownerName: 'Jan Jansen', dueDate: null },
    ]);
    expect(api.fail('conversations.correct', { id: c.id, reason: 'Weer' }).code).toBe('conflict');
  });
});

describe('the Prullenbak and the history', () => {
  it('takes the verslag’s actions along and brings them back', () => {
    const c = api.call('conversations.create', input());
    api.call('actions.add', { conversationId: c.id, text: 'Terugbellen' });
    expect(api.call('conversations.deleteImpact', { id: c.id }).summary).toBe(
      'Gespreksverslag ‘Evaluatie met Zorggroep Noord’ gaat naar de prullenbak, samen met 1 actiepunt. U kunt alles daar terugzetten.',
    );
    api.call('conversations.delete', { id: c.id });
    const trash = api.call('trash.list');
    const item = trash.find((t) => t.id === c.id)!;
    expect(item.label).toBe('Gespreksverslag ‘Evaluatie met Zorggroep Noord’ (12 november 2026)');
    expect(api.call('conversations.list', { regionId: w.region.id }).total).toBe(0);
    api.call('trash.restore', { entity: 'conversation', id: c.id });
    expect(api.call('conversations.get', { id: c.id }).actions).toHaveLength(1);
  });

  it('keeps what a live verslag links: its party and afspraak are not purged from under it', () => {
    const zorg = addParty(api, w.region.id, 'Zorggroep Noord', 'zorgaanbieder');
    const other = api.call('agreements.create', {
      ...agreementInput(w),
      title: 'Meldpunt crisiszorg',
    });
    const c = api.call(
      'conversations.create',
      input({ partyIds: [zorg.id], themeIds: [w.ggz], agreementIds: [other.id] }),
    );
    const links = () =>
      ['conversation_party', 'conversation_theme', 'conversation_agreement'].map(
        (table) =>
          (
            api.ctx.repos.db
              .prepare(`SELECT count(*) AS n FROM ${table} WHERE conversation_id = ?`)
              .get(c.id) as { n: number }
          ).n,
      );
    api.call('parties.delete', { id: zorg.id });
    api.call('agreements.delete', { id: other.id });
    for (const [entity, id] of [
      ['party', zorg.id],
      ['agreement', other.id],
    ] as const) {
      const error = api.fail('trash.purge', { entity, id });
      expect(error.code, entity).toBe('conflict');
      expect(error.message, entity).toContain('Evaluatie met Zorggroep Noord');
    }
    expect(links()).toEqual([1, 1, 1]);
    // With the verslag gone for good first, both can go.
    api.call('conversations.delete', { id: c.id });
    api.call('trash.purge', { entity: 'conversation', id: c.id });
    for (const [entity, id] of [
      ['party', zorg.id],
      ['agreement', other.id],
    ] as const)
      api.call('trash.purge', { entity, id });
    expect(api.call('trash.list')).toEqual([]);
  });

  it('writes the history in Dutch', () => {
    const c = api.call('conversations.create', input());
    api.call('conversations.update', updateOf(c.id, { title: 'Evaluatie najaar', themeIds: [] }));
    const entries = api.call('history.list', { entity: 'conversation', id: c.id });
    const text = entries.map((e) => e.text).join('\n');
    expect(text).toContain('Evaluatie najaar');
    expect(text).toContain('Evaluatiegesprek gemeente–zorgaanbieder');
    expect(text).toContain('Ouderen');
    expect(text).not.toMatch(/\b(kind|lockedOn|themeIds|evaluatiegesprek|concept)\b/);
  });

  it('keeps its place in a party’s register: a person named as deelnemer', () => {
    const zorg = addParty(api, null, 'Zorggroep Noord', 'zorgaanbieder');
    const piet = addContact(api, zorg.id, 'Piet Bakker');
    const c = api.call(
      'conversations.create',
      input({ partyIds: [zorg.id], participants: [{ contactId: piet.id }] }),
    );
    expect(api.call('conversations.get', { id: c.id }).participants[0]!.partyName).toBe(
      'Zorggroep Noord',
    );
  });
});
