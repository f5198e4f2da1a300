import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkDatabase } from '../../db/check';
import { makeApi, type TestApi } from '../fixtures/api';
import { agreementCounts, agreementInput, sameAsNow, seed, type World } from './agreementsSeed';

let api: TestApi;
let w: World;
let id: string;
beforeEach(async () => {
  api = await makeApi();
  w = seed(api);
  id = api.call('agreements.create', agreementInput(w)).id;
});
afterEach(() => api.close());

const at = (iso: string) => api.setNow(new Date(iso));

describe('agreements.transition', () => {
  it('walks concept → afgerond, recording date, actor and note; vastgesteld sets adoptedOn', () => {
    at('2026-11-23T09:00:00Z');
    api.call('agreements.transition', {
      id,
      to: 'in_bespreking',
      on: '2026-11-23',
      note: 'Naar het RBO',
    });
    at('2026-11-24T09:00:00Z');
    const adopted = api.call('agreements.transition', { id, to: 'vastgesteld', on: '2026-11-20' });
    expect(adopted).toMatchObject({ status: 'vastgesteld', adoptedOn: '2026-11-20' });
    at('2026-11-25T09:00:00Z');
    api.call('agreements.transition', { id, to: 'in_uitvoering', on: '2026-11-25' });
    at('2026-11-26T09:00:00Z');
    const done = api.call('agreements.transition', { id, to: 'afgerond', on: '2026-11-26' });
    expect(done.status).toBe('afgerond');
    const d = api.call('agreements.get', { id });
    expect(d.allowedTransitions).toEqual([]);
    expect(d.statusHistory.map((s) => [s.from, s.to, s.on])).toEqual([
      ['in_uitvoering', 'afgerond', '2026-11-26'],
      ['vastgesteld', 'in_uitvoering', '2026-11-25'],
      ['in_bespreking', 'vastgesteld', '2026-11-20'],
      ['concept', 'in_bespreking', '2026-11-23'],
      [null, 'concept', '2026-11-22'],
    ]);
    expect(d.statusHistory[3]).toMatchObject({
      note: 'Naar het RBO',
      actor: 'Anna de Vries (Gemeente Leeuwarden)',
    });
    expect(d.timeline.map((t) => t.title)).toEqual([
      'Status gewijzigd van in uitvoering naar afgerond',
      'Status gewijzigd van vastgesteld naar in uitvoering',
      'Status gewijzigd van in bespreking naar vastgesteld',
      'Status gewijzigd van concept naar in bespreking',
      'Vastgelegd als concept',
    ]);
    const audit = api.ctx.repos.audit.forEntity('agreement', id);
    expect(audit[2]!.changes).toEqual({
      status: { from: 'in_bespreking', to: 'vastgesteld' },
      adoptedOn: { from: null, to: '2026-11-20' },
    });
    expect(checkDatabase(api.ctx.repos.db)).toEqual([]);
  });

  it('keeps an adoption date that was already filled in', () => {
    api.call('agreements.update', {
      ...sameAsNow(api.call('agreements.get', { id })),
      adoptedOn: '2026-10-01',
    });
    api.call('agreements.transition', { id, to: 'in_bespreking', on: '2026-11-22' });
    const a = api.call('agreements.transition', { id, to: 'vastgesteld', on: '2026-11-22' });
    expect(a.adoptedOn).toBe('2026-10-01');
  });

  it('refuses transitions the rules do not allow, in Dutch, with nothing saved', () => {
    const before = agreementCounts(api);
    const error = api.fail('agreements.transition', { id, to: 'afgerond', on: '2026-11-22' });
    expect(error).toEqual({
      code: 'invalid_input',
      message: 'Van concept naar afgerond kan niet. Mogelijk: in bespreking, vervallen.',
      issues: [
        {
          path: 'to',
          message: 'Van concept naar afgerond kan niet. Mogelijk: in bespreking, vervallen.',
        },
      ],
    });
    expect(api.fail('agreements.transition', { id, to: 'concept', on: '2026-11-22' }).message).toBe(
      'De afspraak is al concept.',
    );
    expect(agreementCounts(api)).toEqual(before);
  });

  it('requires a reason to let an agreement lapse, and stores it; final states stay final', () => {
    const error = api.fail('agreements.transition', { id, to: 'vervallen', on: '2026-11-22' });
    expect(error.issues).toEqual([
      { path: 'reason', message: 'Geef aan waarom de afspraak vervalt.' },
    ]);
    api.call('agreements.transition', {
      id,
      to: 'vervallen',
      on: '2026-11-22',
      reason: 'Opgegaan in GGZ-afspraak',
    });
    const d = api.call('agreements.get', { id });
    expect(d.status).toBe('vervallen');
    expect(d.timeline[0]).toMatchObject({
      kind: 'status',
      title: 'Status gewijzigd van concept naar vervallen',
      text: 'Reden: Opgegaan in GGZ-afspraak',
    });
    const refused = api.fail('agreements.transition', {
      id,
      to: 'in_bespreking',
      on: '2026-11-22',
    });
    expect(refused.message).toMatch(/afgesloten/);
  });
});

describe('agreements.addProgress', () => {
  it('records a dated progress update', () => {
    at('2026-12-01T09:00:00Z');
    const p = api.call('agreements.addProgress', {
      agreementId: id,
      on: '2026-11-30',
      text: 'Eerste bijeenkomst gehouden.',
    });
    expect(p).toMatchObject({
      agreementId: id,
      on: '2026-11-30',
      statusChangeId: null,
      createdAt: '2026-12-01T09:00:00.000Z',
    });
    const d = api.call('agreements.get', { id });
    expect(d.progress).toEqual([p]);
    expect(d.timeline[0]).toMatchObject({
      kind: 'progress',
      title: 'Voortgang',
      text: 'Eerste bijeenkomst gehouden.',
      on: '2026-11-30',
    });
    expect(api.ctx.repos.audit.forEntity('progressUpdate', p.id)[0]?.action).toBe('create');
  });

  it('with a status change records both together and links them', () => {
    api.call('agreements.transition', { id, to: 'in_bespreking', on: '2026-11-22' });
    at('2026-12-01T09:00:00Z');
    const p = api.call('agreements.addProgress', {
      agreementId: id,
      on: '2026-12-01',
      text: 'Vastgesteld in het RBO.',
      status: 'vastgesteld',
    });
    const d = api.call('agreements.get', { id });
    expect(d.status).toBe('vastgesteld');
    expect(d.adoptedOn).toBe('2026-12-01');
    expect(p.statusChangeId).toBe(d.statusHistory[0]!.id);
    expect(d.statusHistory[0]).toMatchObject({
      from: 'in_bespreking',
      to: 'vastgesteld',
      on: '2026-12-01',
    });
    expect(d.timeline.slice(0, 2).map((t) => t.kind)).toEqual(['progress', 'status']);
  });

  it('refuses a status change the rules do not allow, saving neither part', () => {
    const before = agreementCounts(api);
    const error = api.fail('agreements.addProgress', {
      agreementId: id,
      on: '2026-12-01',
      text: 'Klaar!',
      status: 'afgerond',
    });
    expect(error.code).toBe('invalid_input');
    expect(error.issues?.[0]?.path).toBe('status');
    expect(
      api.fail('agreements.addProgress', { agreementId: id, on: '2026-12-01', text: '' })
        .issues?.[0]?.path,
    ).toBe('text');
    expect(
      api.fail('agreements.addProgress', {
        agreementId: id,
        on: '2026-12-01',
        text: 'Stop',
        status: 'vervallen',
      }).issues,
    ).toEqual([{ path: 'reason', message: 'Geef aan waarom de afspraak vervalt.' }]);
    expect(agreementCounts(api)).toEqual(before);
  });

  it('rolls back the status change when saving the progress update fails (one transaction)', () => {
    api.call('agreements.transition', { id, to: 'in_bespreking', on: '2026-11-22' });
    const before = agreementCounts(api);
    api.ctx.repos.db.exec(`CREATE TEMP TRIGGER refuse_progress BEFORE INSERT ON progress_update
      BEGIN SELECT RAISE(ABORT, 'test'); END`);
    const error = api.fail('agreements.addProgress', {
      agreementId: id,
      on: '2026-11-22',
      text: 'Vastgesteld.',
      status: 'vastgesteld',
    });
    expect(error.code).toBe('conflict');
    expect(agreementCounts(api)).toEqual(before);
    expect(api.call('agreements.get', { id }).status).toBe('in_bespreking');
  });

  it('answers not_found for an unknown agreement, on agreementId', () => {
    const error = api.fail('agreements.addProgress', {
      agreementId: crypto.randomUUID(),
      on: '2026-11-22',
      text: 'x',
    });
    expect(error).toMatchObject({ code: 'not_found', issues: [{ path: 'agreementId' }] });
  });
});

describe('review', () => {
  it('wacht after a request, then the verdict; a newer request waits again', () => {
    const other = api.call('agreements.create', agreementInput(w, { title: 'GGZ-wijkteams' })).id;
    expect(
      api.call('agreements.requestReview', { agreementIds: [id, other, id], on: '2026-11-22' }),
    ).toEqual({ count: 2 });
    expect(api.call('agreements.get', { id }).reviewState).toBe('wacht');
    at('2026-11-25T09:00:00Z');
    api.call('agreements.review', {
      agreementIds: [id, other],
      reviewerName: 'Wethouder De Boer',
      on: '2026-11-25',
      verdict: 'akkoord',
    });
    let d = api.call('agreements.get', { id });
    expect(d.reviewState).toBe('akkoord');
    expect(d.reviews).toEqual([
      expect.objectContaining({
        reviewerName: 'Wethouder De Boer',
        verdict: 'akkoord',
        on: '2026-11-25',
        remark: '',
      }),
    ]);
    expect(d.timeline[0]).toMatchObject({
      kind: 'review',
      title: 'Akkoord van Wethouder De Boer',
      actor: 'Wethouder De Boer',
    });
    at('2026-11-26T09:00:00Z');
    api.call('agreements.review', {
      agreementIds: [other],
      reviewerName: 'Wethouder Visser',
      on: '2026-11-26',
      verdict: 'opmerking',
      remark: 'Graag de rol van de GGD toevoegen.',
    });
    expect(api.call('agreements.get', { id: other }).reviewState).toBe('opmerkingen');
    api.call('agreements.requestReview', { agreementIds: [id], on: '2026-12-01' });
    d = api.call('agreements.get', { id });
    expect(d.reviewState).toBe('wacht');
    expect(d.timeline[0]).toMatchObject({
      kind: 'history',
      text: 'Datum voorgelegd ter beoordeling van 22 november 2026 naar 1 december 2026.',
    });
  });

  it('requires a remark with "opmerking", and refuses unknown agreements without saving any', () => {
    const before = agreementCounts(api);
    const noRemark = api.fail('agreements.review', {
      agreementIds: [id],
      reviewerName: 'Wethouder De Boer',
      on: '2026-11-25',
      verdict: 'opmerking',
    });
    expect(noRemark.issues).toEqual([{ path: 'remark', message: 'Schrijf uw opmerking' }]);
    const unknown = api.fail('agreements.review', {
      agreementIds: [id, crypto.randomUUID()],
      reviewerName: 'Wethouder De Boer',
      on: '2026-11-25',
      verdict: 'akkoord',
    });
    expect(unknown).toMatchObject({ code: 'not_found', issues: [{ path: 'agreementIds[1]' }] });
    expect(agreementCounts(api)).toEqual(before);
  });
});

describe('agreements.delete', () => {
  it('moves the agreement with its progress updates to the Prullenbak, and back', () => {
    api.call('agreements.addProgress', { agreementId: id, on: '2026-11-22', text: 'Gestart.' });
    at('2026-11-22T12:00:00Z');
    api.call('agreements.delete', { id });
    expect(api.fail('agreements.get', { id }).code).toBe('not_found');
    const [item] = api.call('trash.list');
    expect(item).toMatchObject({
      entity: 'agreement',
      id,
      label: 'Valpreventie voor thuiswonende ouderen',
      includes: '1 voortgangsbericht',
    });
    expect(checkDatabase(api.ctx.repos.db)).toEqual([]);
    at('2026-11-23T09:00:00Z');
    api.call('trash.restore', { entity: 'agreement', id });
    expect(api.call('agreements.get', { id }).progress).toHaveLength(1);
    expect(api.call('agreements.get', { id }).timeline.slice(0, 3)).toMatchObject([
      { kind: 'history', title: 'Teruggezet uit de prullenbak', on: '2026-11-23' },
      { kind: 'history', title: 'Naar de prullenbak verplaatst', on: '2026-11-22' },
      { kind: 'progress', title: 'Voortgang' },
    ]);
  });

  it('a deleted region takes its agreements and their progress along, children first', () => {
    api.call('agreements.addProgress', { agreementId: id, on: '2026-11-22', text: 'Gestart.' });
    api.call('regions.delete', { id: w.region.id });
    const live = (table: string) =>
      (
        api.ctx.repos.db
          .prepare(`SELECT count(*) AS n FROM ${table} WHERE deleted_at IS NULL`)
          .get() as { n: number }
      ).n;
    expect(live('agreement')).toBe(0);
    expect(live('progress_update')).toBe(0);
    expect(checkDatabase(api.ctx.repos.db)).toEqual([]);
    api.call('trash.restore', { entity: 'region', id: w.region.id });
    expect(live('agreement')).toBe(1);
    expect(live('progress_update')).toBe(1);
  });

  it('an agreement deleted on its own cannot come back while its region is in the Prullenbak', () => {
    api.call('agreements.delete', { id });
    api.call('regions.delete', { id: w.region.id });
    const error = api.fail('trash.restore', { entity: 'agreement', id });
    expect(error.message).toBe(
      'Zet eerst Regio Friesland terug uit de prullenbak; dit item hoort daarbij.',
    );
  });
});

describe('checkDatabase for agreements', () => {
  it('reports a status that does not match its history, dates out of order and a deleted region', () => {
    const db = api.ctx.repos.db;
    db.pragma('ignore_check_constraints = ON');
    db.prepare(
      "UPDATE agreement SET status = 'afgerond', start_date = '2027-02-01', end_date = '2027-01-01' WHERE id = ?",
    ).run(id);
    db.prepare(
      "UPDATE region SET deleted_at = '2026-11-22T10:00:00.000Z', trash_group = id WHERE id = ?",
    ).run(w.region.id);
    const rules = checkDatabase(db).map((p) => `${p.rule}: ${p.message}`);
    const name = `Afspraak Valpreventie voor thuiswonende ouderen (${id})`;
    expect(rules).toContain(
      `agreement_status: ${name} heeft status afgerond, maar de laatste statuswijziging zegt iets anders.`,
    );
    expect(rules).toContain(`period: ${name} eindigt vóór de startdatum.`);
    expect(rules).toContain(
      `live_references_deleted: Valpreventie voor thuiswonende ouderen (${id}) verwijst naar een regio in de prullenbak (${w.region.id}).`,
    );
  });
});
