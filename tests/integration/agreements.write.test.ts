import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeApi, type TestApi } from '../fixtures/api';
import { addContact, addParty, addRegion } from '../fixtures/register';
import { agreementCounts, agreementInput, sameAsNow, seed, type World } from './agreementsSeed';

let api: TestApi;
let w: World;
beforeEach(async () => {
  api = await makeApi();
  w = seed(api);
});
afterEach(() => api.close());

describe('agreements.create and agreements.get', () => {
  it('stores every field and returns the full detail', () => {
    const created = api.call('agreements.create', agreementInput(w, { confidential: true }));
    expect(created).toMatchObject({
      regionId: w.region.id,
      status: 'concept',
      title: 'Valpreventie voor thuiswonende ouderen',
      descriptionText: 'Samen valpreventie aanbieden in alle gemeenten.',
      confidential: true,
      dekking: { granted: false, by: '', on: null },
      reviewRequestedOn: null,
    });
    const d = api.call('agreements.get', { id: created.id });
    expect(d.regionName).toBe('Friesland');
    expect(d.themes.map((t) => t.name)).toEqual(['Ouderen', 'Preventie']);
    expect(d.parties).toEqual([
      {
        partyId: w.verzekeraar.id,
        name: 'De Friesland Zorgverzekeraar',
        type: 'zorgverzekeraar',
        role: 'financier',
      },
      { partyId: w.gemeente.id, name: 'Gemeente Leeuwarden', type: 'gemeente', role: 'trekker' },
    ]);
    expect(d.owner).toEqual({ id: w.owner.id, name: 'Jan Jansen', function: 'Beleidsadviseur' });
    expect(d.financing).toEqual(['wmo', 'zvw']);
    expect(d.allowedTransitions).toEqual(['in_bespreking', 'vervallen']);
    expect(d.reviewState).toBeNull();
    expect(d.decisionLinks).toEqual([]);
    expect(d.statusHistory).toEqual([
      expect.objectContaining({
        from: null,
        to: 'concept',
        on: '2026-11-22',
        actor: 'Anna de Vries (Gemeente Leeuwarden)',
      }),
    ]);
    expect(d.timeline.map((t) => t.title)).toEqual(['Vastgelegd als concept']);
  });

  it('writes one audit entry with the sets as names', () => {
    const created = api.call('agreements.create', agreementInput(w));
    const [entry] = api.ctx.repos.audit.forEntity('agreement', created.id);
    expect(entry!.action).toBe('create');
    expect(entry!.changes).toMatchObject({
      title: { from: null, to: 'Valpreventie voor thuiswonende ouderen' },
      status: { from: null, to: 'concept' },
      themes: { from: null, to: ['Ouderen', 'Preventie'] },
      parties: {
        from: null,
        to: ['De Friesland Zorgverzekeraar (financier)', 'Gemeente Leeuwarden (trekker)'],
      },
      financing: { from: null, to: ['Wmo', 'Zvw'] },
    });
    expect(entry!.changes).not.toHaveProperty('confidential');
  });

  it('sanitises the description on save: scripts, event handlers, styles and bad links go', () => {
    const html =
      '<p onclick="steal()" style="color:red">Tekst <a href="javascript:alert(1)">slecht</a> ' +
      '<a href="https://zorg.nl" target="_blank">goed</a></p><script>alert("x")</script>' +
      '<iframe src="https://evil.example"></iframe><img src="x" onerror="alert(1)"><h3>Kop</h3>';
    const created = api.call('agreements.create', agreementInput(w, { descriptionHtml: html }));
    expect(created.descriptionHtml).toBe(
      '<p>Tekst <a>slecht</a> <a href="https://zorg.nl" rel="noopener noreferrer">goed</a></p><h3>Kop</h3>',
    );
    expect(created.descriptionText).toBe('Tekst slecht goed\nKop');
    expect(created.descriptionHtml).not.toMatch(/script|onclick|onerror|style|iframe|javascript/i);
  });

  it('refuses an empty or 10,000-character title, with nothing saved', () => {
    const before = agreementCounts(api);
    for (const title of ['', '   ', 'x'.repeat(10_000)]) {
      const error = api.fail('agreements.create', agreementInput(w, { title }));
      expect(error.code).toBe('invalid_input');
      expect(error.issues?.[0]?.path).toBe('title');
      expect(error.issues?.[0]?.message).toMatch(/Titel (is verplicht|mag hoogstens 200 tekens)/);
    }
    expect(agreementCounts(api)).toEqual(before);
  });

  it('refuses an end date before the start date', () => {
    const error = api.fail(
      'agreements.create',
      agreementInput(w, { startDate: '2027-05-01', endDate: '2027-04-30' }),
    );
    expect(error.issues).toEqual([
      { path: 'endDate', message: 'De einddatum ligt vóór de startdatum' },
    ]);
  });

  it('refuses unknown themes, parties, owner and region with their JSON paths', () => {
    const before = agreementCounts(api);
    const unknown = crypto.randomUUID();
    const error = api.fail(
      'agreements.create',
      agreementInput(w, {
        themeIds: [w.ouderen, unknown],
        parties: [
          { partyId: w.gemeente.id, role: 'trekker' },
          { partyId: unknown, role: 'betrokken' },
        ],
        ownerId: unknown,
      }),
    );
    expect(error.code).toBe('invalid_input');
    expect(error.message).toBe('Dit thema bestaat niet (meer). (en nog 2 andere)');
    expect(error.issues).toEqual([
      { path: 'themeIds[1]', message: 'Dit thema bestaat niet (meer).' },
      { path: 'parties[1].partyId', message: 'Deze partij bestaat niet (meer).' },
      { path: 'ownerId', message: 'Deze persoon bestaat niet (meer); kies een andere eigenaar.' },
    ]);
    const noRegion = api.fail('agreements.create', agreementInput(w, { regionId: unknown }));
    expect(noRegion).toMatchObject({ code: 'not_found', issues: [{ path: 'regionId' }] });
    expect(agreementCounts(api)).toEqual(before);
  });

  it('refuses deleted parties and owners, archived themes, and duplicates', () => {
    const other = addParty(api, w.region.id, 'Gemeente Sneek');
    api.call('parties.delete', { id: other.id });
    const gone = addContact(api, null, 'Weg');
    api.call('contacts.delete', { id: gone.id });
    api.call('themes.archive', { id: w.ggz, archived: true });
    const error = api.fail(
      'agreements.create',
      agreementInput(w, {
        themeIds: [w.ggz],
        parties: [{ partyId: other.id, role: 'trekker' }],
        ownerId: gone.id,
      }),
    );
    expect(error.issues?.map((i) => i.path)).toEqual([
      'themeIds[0]',
      'parties[0].partyId',
      'ownerId',
    ]);
    expect(error.issues?.[0]?.message).toBe('Thema GGZ is gearchiveerd; kies een actief thema.');
    const dup = api.fail('agreements.create', agreementInput(w, { themeIds: [w.ggz, w.ggz] }));
    expect(dup.issues?.[0]).toEqual({
      path: 'themeIds[1]',
      message: 'Dit thema staat er dubbel in',
    });
  });
});

describe('agreements.update', () => {
  it('replaces the sets and audits exactly what changed, sets as lists of names', () => {
    const created = api.call('agreements.create', agreementInput(w));
    api.setNow(new Date('2026-11-23T09:00:00Z'));
    const updated = api.call('agreements.update', {
      ...sameAsNow(api.call('agreements.get', { id: created.id })),
      title: 'Valpreventie 2027',
      themeIds: [w.ouderen],
      parties: [{ partyId: w.gemeente.id, role: 'uitvoerder' }],
      financing: ['wlz'],
      dekking: { granted: true, by: 'Regionaal bestuurlijk overleg', on: '2026-11-20' },
    });
    expect(updated.updatedAt).toBe('2026-11-23T09:00:00.000Z');
    const d = api.call('agreements.get', { id: created.id });
    expect(d.themes.map((t) => t.name)).toEqual(['Ouderen']);
    expect(d.parties.map((p) => [p.name, p.role])).toEqual([['Gemeente Leeuwarden', 'uitvoerder']]);
    expect(d.financing).toEqual(['wlz']);
    const [entry] = api.ctx.repos.audit.forEntity('agreement', created.id);
    expect(entry!.changes).toEqual({
      title: { from: 'Valpreventie voor thuiswonende ouderen', to: 'Valpreventie 2027' },
      dekkingGranted: { from: false, to: true },
      dekkingBy: { from: '', to: 'Regionaal bestuurlijk overleg' },
      dekkingOn: { from: null, to: '2026-11-20' },
      themes: { from: ['Ouderen', 'Preventie'], to: ['Ouderen'] },
      parties: {
        from: ['De Friesland Zorgverzekeraar (financier)', 'Gemeente Leeuwarden (trekker)'],
        to: ['Gemeente Leeuwarden (uitvoerder)'],
      },
      financing: { from: ['Wmo', 'Zvw'], to: ['Wlz'] },
    });
    expect(d.timeline[0]).toMatchObject({ kind: 'history', title: 'Gewijzigd', on: '2026-11-23' });
    expect(d.timeline[0]!.text).toBe(
      'Titel van ‘Valpreventie voor thuiswonende ouderen’ naar ‘Valpreventie 2027’; ' +
        'bestuurlijke dekking verleend van nee naar ja; dekking verleend door van (leeg) naar ‘Regionaal bestuurlijk overleg’; ' +
        'datum van de dekking van (leeg) naar 20 november 2026; ' +
        'thema’s van Ouderen, Preventie naar Ouderen; ' +
        'partijen van De Friesland Zorgverzekeraar (financier), Gemeente Leeuwarden (trekker) naar Gemeente Leeuwarden (uitvoerder); ' +
        'financiering van Wmo, Zvw naar Wlz.',
    );
  });

  it('writes nothing when nothing changes', () => {
    const created = api.call('agreements.create', agreementInput(w));
    const before = agreementCounts(api);
    api.setNow(new Date('2027-01-01T09:00:00Z'));
    const same = api.call(
      'agreements.update',
      sameAsNow(api.call('agreements.get', { id: created.id })),
    );
    expect(same.updatedAt).toBe(created.updatedAt);
    expect(agreementCounts(api)).toEqual(before);
  });

  it('tells description and owner changes in plain Dutch, without the HTML', () => {
    const created = api.call('agreements.create', agreementInput(w));
    const piet = addContact(api, w.gemeente.id, 'Piet Pietersen');
    api.call('agreements.update', {
      ...sameAsNow(api.call('agreements.get', { id: created.id })),
      descriptionHtml: '<p>Nieuwe tekst</p>',
      ownerId: piet.id,
    });
    const history = api.call('history.list', { entity: 'agreement', id: created.id });
    expect(history[0]!.text).toBe(
      'Gewijzigd door Anna de Vries (Gemeente Leeuwarden) op 22 november 2026 om 11:00: ' +
        'beschrijving gewijzigd; eigenaar van Jan Jansen naar Piet Pietersen.',
    );
    expect(history[0]!.text).not.toContain('<p>');
  });

  it('keeps an existing link to a theme that was archived later, but refuses a new one', () => {
    const created = api.call('agreements.create', agreementInput(w));
    api.call('themes.archive', { id: w.preventie, archived: true });
    const detail = api.call('agreements.get', { id: created.id });
    expect(detail.themes.map((t) => t.name)).toEqual(['Ouderen', 'Preventie']);
    api.call('agreements.update', { ...sameAsNow(detail), title: 'Nog steeds met Preventie' });
    api.call('themes.archive', { id: w.ggz, archived: true });
    const error = api.fail('agreements.update', {
      ...sameAsNow(detail),
      themeIds: [w.preventie, w.ggz],
    });
    expect(error.issues).toEqual([
      { path: 'themeIds[1]', message: 'Thema GGZ is gearchiveerd; kies een actief thema.' },
    ]);
  });

  it('keeps links to a deleted party, so they return when the party is restored', () => {
    const created = api.call('agreements.create', agreementInput(w));
    api.call('parties.delete', { id: w.verzekeraar.id });
    const detail = api.call('agreements.get', { id: created.id });
    expect(detail.parties.map((p) => p.name)).toEqual(['Gemeente Leeuwarden']);
    api.call('agreements.update', { ...sameAsNow(detail), title: 'Zonder verzekeraar in beeld' });
    api.call('trash.restore', { entity: 'party', id: w.verzekeraar.id });
    const after = api.call('agreements.get', { id: created.id });
    expect(after.parties.map((p) => p.name)).toEqual([
      'De Friesland Zorgverzekeraar',
      'Gemeente Leeuwarden',
    ]);
  });

  it('shows a deleted owner as absent and lets the agreement keep it', () => {
    const created = api.call('agreements.create', agreementInput(w));
    api.call('contacts.delete', { id: w.owner.id });
    const detail = api.call('agreements.get', { id: created.id });
    expect(detail.ownerId).toBe(w.owner.id);
    expect(detail.owner).toBeNull();
    api.call('agreements.update', { ...sameAsNow(detail), title: 'Eigenaar weg' });
  });

  it('rolls back everything when a later step fails (nothing half-saved)', () => {
    const created = api.call('agreements.create', agreementInput(w));
    const detail = api.call('agreements.get', { id: created.id });
    const before = agreementCounts(api);
    // Make the last write of a save fail, after the agreement row, themes and parties were written.
    api.ctx.repos.db.exec(`CREATE TEMP TRIGGER refuse_financing BEFORE INSERT ON agreement_financing
      BEGIN SELECT RAISE(ABORT, 'test'); END`);
    const update = api.fail('agreements.update', {
      ...sameAsNow(detail),
      title: 'Half opgeslagen?',
      themeIds: [w.ggz],
      parties: [],
    });
    expect(update).toEqual({
      code: 'conflict',
      message: 'Deze wijziging past niet bij de gegevens die er al zijn; er is niets opgeslagen.',
    });
    expect(api.fail('agreements.create', agreementInput(w, { title: 'Nieuw' })).code).toBe(
      'conflict',
    );
    expect(agreementCounts(api)).toEqual(before);
    expect(api.call('agreements.get', { id: created.id })).toEqual(detail);
  });

  it('answers not_found for an unknown or deleted agreement', () => {
    const created = api.call('agreements.create', agreementInput(w));
    api.call('agreements.delete', { id: created.id });
    for (const id of [created.id, crypto.randomUUID()]) {
      expect(api.fail('agreements.get', { id }).code).toBe('not_found');
      expect(api.fail('agreements.update', sameAsNowFor(id)).code).toBe('not_found');
    }
  });

  it('refuses a region that was deleted', () => {
    const other = addRegion(api, 'Groningen');
    api.call('regions.delete', { id: other.id });
    expect(api.fail('agreements.create', agreementInput(w, { regionId: other.id })).code).toBe(
      'not_found',
    );
  });
});

function sameAsNowFor(id: string) {
  return {
    id,
    title: 'x',
    caseNumber: '',
    descriptionHtml: '',
    themeIds: [w.ouderen],
    parties: [],
    ownerId: null,
    financing: [],
    adoptedOn: null,
    startDate: null,
    endDate: null,
    nextEvaluation: null,
    dekking: { granted: false, by: '', on: null },
    confidential: false,
  };
}
