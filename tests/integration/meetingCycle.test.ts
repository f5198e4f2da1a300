import { describe, expect, it } from 'vitest';
import { addMonths } from '../../electron/api/meetingCycle';
import { makeApi } from '../fixtures/api';
import { agreementInput, seed } from './agreementsSeed';

describe('the meeting cycle', () => {
  it('adds months the calendar way', () => {
    expect(addMonths('2026-05-14', 6)).toBe('2026-11-14');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
  });

  it('proposes the next voortgangsgesprek six months on, with the agreements due and open actions', async () => {
    const api = await makeApi();
    api.setNow(new Date('2026-11-20T10:00:00Z'));
    const w = seed(api);
    const due = api.call('agreements.create', agreementInput(w, { nextEvaluation: '2027-03-01' }));
    api.call('agreements.transition', { id: due.id, to: 'in_bespreking', on: '2026-11-20' });
    api.call('agreements.transition', { id: due.id, to: 'vastgesteld', on: '2026-11-20' });
    // A concept agreement and one evaluated after the proposed date stay off the agenda.
    api.call(
      'agreements.create',
      agreementInput(w, { title: 'Nog in concept', nextEvaluation: '2027-01-01' }),
    );
    const later = api.call(
      'agreements.create',
      agreementInput(w, { title: 'Later', nextEvaluation: '2027-12-01' }),
    );
    api.call('agreements.transition', { id: later.id, to: 'in_bespreking', on: '2026-11-20' });
    api.call('agreements.transition', { id: later.id, to: 'vastgesteld', on: '2026-11-20' });

    const last = api.call('meetings.create', {
      regionId: w.region.id,
      kind: 'voortgangsgesprek',
      title: 'Voortgangsgesprek najaar',
      date: '2026-11-12',
      startTime: '14:00',
      endTime: '16:00',
    });
    const item = api.call('agenda.add', { meetingId: last.id, title: 'Wonen' });
    api.call('actions.add', { agendaItemId: item.id, text: 'Woonvisie delen' });

    const cycle = api.call('meetings.cycle', { regionId: w.region.id });
    expect(cycle.next).toBeNull();
    expect(cycle.proposal).toEqual({
      date: '2027-05-12',
      title: 'Voortgangsgesprek mei 2027',
      agreements: [{ id: due.id, title: due.title, nextEvaluation: '2027-03-01' }],
      openActions: 1,
    });

    const planned = api.call('meetings.planNext', {
      regionId: w.region.id,
      title: cycle.proposal.title,
      date: cycle.proposal.date,
      startTime: '10:00',
      endTime: '12:00',
    });
    const detail = api.call('meetings.get', { id: planned.id });
    expect(detail.kind).toBe('voortgangsgesprek');
    expect(detail.agenda.map((i) => i.title)).toEqual([
      'Opening en vaststellen van de agenda',
      'Actiepuntenlijst van het vorige overleg',
      `Evaluatie: ${due.title}`,
      'Rondvraag en sluiting',
    ]);
    expect(detail.agenda[2]!.agreements.map((a) => a.id)).toEqual([due.id]);
    expect(detail.openActionsBefore.map((a) => a.text)).toEqual(['Woonvisie delen']);
    expect(api.call('meetings.cycle', { regionId: w.region.id }).next).toMatchObject({
      id: planned.id,
      date: '2027-05-12',
    });
  });
  it.each([
    ['2026-11-16', '2027-05-18', 'Sunday 16 May and Tweede Pinksterdag 17 May 2027'],
    ['2026-11-06', '2027-05-07', 'Hemelvaartsdag, Thursday 6 May 2027'],
    ['2026-11-27', '2027-05-27', 'a Thursday: stays'],
    ['2026-06-25', '2026-12-28', 'Friday 25 December, then the weekend'],
  ])('after a meeting on %s proposes %s (%s)', async (last, proposed) => {
    const api = await makeApi();
    api.setNow(new Date('2026-11-20T10:00:00Z'));
    const w = seed(api);
    api.call('meetings.create', {
      regionId: w.region.id,
      kind: 'voortgangsgesprek',
      title: 'Voortgangsgesprek',
      date: last,
      startTime: '14:00',
      endTime: '16:00',
    });
    expect(api.call('meetings.cycle', { regionId: w.region.id }).proposal.date).toBe(proposed);
  });

  it('proposes a working day a month on when there was no voortgangsgesprek', async () => {
    const api = await makeApi();
    // 24 January 2027 is a Sunday.
    api.setNow(new Date('2026-12-24T10:00:00Z'));
    const w = seed(api);
    expect(api.call('meetings.cycle', { regionId: w.region.id }).proposal).toMatchObject({
      date: '2027-01-25',
      title: 'Voortgangsgesprek januari 2027',
    });
  });
});
