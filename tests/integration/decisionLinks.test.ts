import { beforeEach, describe, expect, it } from 'vitest';
import { makeApi, type TestApi } from '../fixtures/api';
import { addRegion } from '../fixtures/register';
import { agreementCounts, agreementInput, seed, type World } from './agreementsSeed';

/** A besluit creates a new afspraak or changes an existing one; both sides show the link. */
describe('decisions and agreements', () => {
  let api: TestApi;
  let w: World;
  let decisionId: string;
  let meetingId: string;
  beforeEach(async () => {
    api = await makeApi();
    w = seed(api);
    const m = api.call('meetings.create', {
      regionId: w.region.id,
      kind: 'voortgangsgesprek',
      title: 'Voortgangsgesprek najaar',
      date: '2026-11-12',
      startTime: '14:00',
      endTime: '16:00',
    });
    meetingId = m.id;
    const item = api.call('agenda.add', { meetingId: m.id, title: 'Valpreventie' });
    decisionId = api.call('decisions.add', {
      agendaItemId: item.id,
      text: 'De valpreventie wordt regiobreed ingevoerd.',
    }).id;
  });
  const decision = () => api.call('meetings.get', { id: meetingId }).agenda[0]!.decisions[0]!;

  it('creates an agreement from a besluit, linked both ways, in one step', () => {
    const a = api.call('agreements.create', agreementInput(w, { fromDecisionId: decisionId }));
    expect(decision().agreements).toEqual([
      { id: a.id, title: a.title, caseNumber: '', kind: 'created' },
    ]);
    expect(api.call('agreements.get', { id: a.id }).decisionLinks).toEqual([
      {
        decisionId,
        kind: 'created',
        text: 'De valpreventie wordt regiobreed ingevoerd.',
        meetingId,
        meetingTitle: 'Voortgangsgesprek najaar',
        meetingDate: '2026-11-12',
      },
    ]);
  });

  it('refuses a besluit of another region or one that does not exist, and changes nothing', () => {
    const before = agreementCounts(api);
    const other = addRegion(api, 'Twente');
    const afterRegion = agreementCounts(api);
    expect(
      api.fail(
        'agreements.create',
        agreementInput(w, { regionId: other.id, fromDecisionId: decisionId }),
      ).issues,
    ).toEqual([
      {
        path: 'fromDecisionId',
        message: 'Dit besluit is genomen in een overleg van een andere regio.',
      },
    ]);
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(
      api.fail('agreements.create', agreementInput(w, { fromDecisionId: unknown })).message,
    ).toBe('Dit besluit bestaat niet (meer).');
    expect(agreementCounts(api)).toEqual(afterRegion);
    expect(before.agreement).toBe(0);
    expect(api.count('agreement_decision_link')).toBe(0);
  });

  it('changes status and bestuurlijke dekking of an existing agreement, dated the meeting', () => {
    const a = api.call('agreements.create', agreementInput(w));
    const changed = api.call('decisions.applyToAgreement', {
      decisionId,
      agreementId: a.id,
      to: 'in_bespreking',
      dekking: true,
    });
    expect(changed.status).toBe('in_bespreking');
    expect(changed.dekking).toEqual({
      granted: true,
      by: 'Voortgangsgesprek najaar van 12 november 2026',
      on: '2026-11-12',
    });
    const detail = api.call('agreements.get', { id: a.id });
    expect(detail.statusHistory[0]).toMatchObject({
      to: 'in_bespreking',
      on: '2026-11-12',
      note: 'Besluit in Voortgangsgesprek najaar van 12 november 2026: De valpreventie wordt regiobreed ingevoerd.',
    });
    expect(detail.decisionLinks.map((d) => d.kind)).toEqual(['changed']);
    expect(decision().agreements.map((l) => [l.id, l.kind])).toEqual([[a.id, 'changed']]);
    // The dekking is in the agreement's history like any other change.
    const history = api.call('history.list', { entity: 'agreement', id: a.id });
    expect(JSON.stringify(history)).toContain('Voortgangsgesprek najaar van 12 november 2026');
  });

  it('refuses a transition the lifecycle does not allow, and a vervallen without reason', () => {
    const a = api.call('agreements.create', agreementInput(w));
    const before = agreementCounts(api);
    expect(
      api.fail('decisions.applyToAgreement', { decisionId, agreementId: a.id, to: 'afgerond' })
        .issues?.[0]?.path,
    ).toBe('to');
    expect(
      api.fail('decisions.applyToAgreement', {
        decisionId,
        agreementId: a.id,
        to: 'vervallen',
        dekking: true,
      }).issues,
    ).toEqual([{ path: 'reason', message: 'Geef aan waarom de afspraak vervalt.' }]);
    expect(agreementCounts(api)).toEqual(before);
    expect(api.count('agreement_decision_link')).toBe(0);
  });

  it('keeps "created" when the same besluit later changes the agreement, and can unlink', () => {
    const a = api.call('agreements.create', agreementInput(w, { fromDecisionId: decisionId }));
    api.call('decisions.applyToAgreement', { decisionId, agreementId: a.id, dekking: true });
    expect(decision().agreements.map((l) => l.kind)).toEqual(['created']);
    api.call('decisions.unlink', { decisionId, agreementId: a.id });
    expect(decision().agreements).toEqual([]);
    expect(api.fail('decisions.unlink', { decisionId, agreementId: a.id }).code).toBe('not_found');
  });

  it('links after the minutes are vastgesteld; a besluit in the Prullenbak hides its links', () => {
    const a = api.call('agreements.create', agreementInput(w));
    api.call('minutes.approve', {
      meetingId,
      approvedOn: '2026-11-20',
      approvedIn: 'Bestuurlijk overleg',
    });
    api.call('decisions.applyToAgreement', { decisionId, agreementId: a.id, dekking: true });
    expect(api.call('agreements.get', { id: a.id }).decisionLinks).toHaveLength(1);
    api.call('minutes.correct', { meetingId, reason: 'Besluit stond bij het verkeerde punt' });
    api.call('decisions.delete', { id: decisionId });
    expect(api.call('agreements.get', { id: a.id }).decisionLinks).toEqual([]);
    api.call('trash.restore', { entity: 'decision', id: decisionId });
    expect(api.call('agreements.get', { id: a.id }).decisionLinks).toHaveLength(1);
    // Purged for good: the link goes with it (foreign key, migration 0007); the afspraak stays.
    api.call('decisions.delete', { id: decisionId });
    api.call('trash.purge', { entity: 'decision', id: decisionId });
    expect(api.count('agreement_decision_link')).toBe(0);
    expect(api.call('agreements.get', { id: a.id }).title).toBe(a.title);
  });

  it('refuses a status change from a meeting that has not taken place yet', () => {
    const planned = api.call('meetings.create', {
      regionId: w.region.id,
      kind: 'bestuurlijk_regio_overleg',
      title: 'Bestuurlijk overleg',
      date: '2027-03-01',
      startTime: '10:00',
      endTime: '12:00',
    });
    const item = api.call('agenda.add', { meetingId: planned.id, title: 'Valpreventie' });
    const d = api.call('decisions.add', { agendaItemId: item.id, text: 'Voorstel' });
    const a = api.call('agreements.create', agreementInput(w));
    expect(
      api.fail('decisions.applyToAgreement', {
        decisionId: d.id,
        agreementId: a.id,
        to: 'in_bespreking',
      }).issues?.[0],
    ).toMatchObject({ path: 'to', message: expect.stringContaining('moet nog plaatsvinden') });
  });
  it('applies all of a besluit or nothing: a meeting still to come changes neither status nor dekking', () => {
    const earlier = {
      granted: true,
      by: 'Bestuurlijk overleg van 1 oktober 2026',
      on: '2026-10-01',
    };
    const a = api.call('agreements.create', agreementInput(w, { dekking: earlier }));
    const planned = api.call('meetings.create', {
      regionId: w.region.id,
      kind: 'bestuurlijk_regio_overleg',
      title: 'Bestuurlijk overleg',
      date: '2027-03-01',
      startTime: '10:00',
      endTime: '12:00',
    });
    const item = api.call('agenda.add', { meetingId: planned.id, title: 'Valpreventie' });
    const d = api.call('decisions.add', { agendaItemId: item.id, text: 'Voorstel' });
    const before = agreementCounts(api);
    const unchanged = () => {
      const now = api.call('agreements.get', { id: a.id });
      expect(now.dekking).toEqual(earlier);
      expect(now.status).toBe(a.status);
      expect(now.decisionLinks).toEqual([]);
      expect(agreementCounts(api)).toEqual(before);
      expect(api.count('agreement_decision_link')).toBe(0);
    };
    const both = api.fail('decisions.applyToAgreement', {
      decisionId: d.id,
      agreementId: a.id,
      to: 'in_bespreking',
      dekking: true,
    });
    expect(both.issues?.map((i) => i.path)).toEqual(['to', 'dekking']);
    unchanged();
    // The dekking alone is refused too: the besluit has not been taken yet.
    const dekkingOnly = api.fail('decisions.applyToAgreement', {
      decisionId: d.id,
      agreementId: a.id,
      dekking: true,
    });
    expect(dekkingOnly.issues).toEqual([
      {
        path: 'dekking',
        message:
          'Dit overleg moet nog plaatsvinden; status en bestuurlijke dekking veranderen pas als het besluit genomen is.',
      },
    ]);
    unchanged();
    // Linking alone (nothing changes yet) is allowed before the meeting.
    api.call('decisions.applyToAgreement', { decisionId: d.id, agreementId: a.id });
    expect(api.call('agreements.get', { id: a.id }).dekking).toEqual(earlier);
    expect(api.count('agreement_decision_link')).toBe(1);
  });

  it('a refused status change (lifecycle) leaves an existing dekking and the link untouched', () => {
    const earlier = {
      granted: true,
      by: 'Bestuurlijk overleg van 1 oktober 2026',
      on: '2026-10-01',
    };
    const a = api.call('agreements.create', agreementInput(w, { dekking: earlier }));
    const before = agreementCounts(api);
    api.fail('decisions.applyToAgreement', {
      decisionId,
      agreementId: a.id,
      to: 'afgerond',
      dekking: true,
    });
    expect(api.call('agreements.get', { id: a.id }).dekking).toEqual(earlier);
    expect(agreementCounts(api)).toEqual(before);
    expect(api.count('agreement_decision_link')).toBe(0);
  });
});
