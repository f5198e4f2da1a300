import { beforeEach, describe, expect, it } from 'vitest';
import { makeApi, type TestApi } from '../fixtures/api';
import { seed, type World } from './agreementsSeed';

/** Besluiten and actiepunten per agenda item; open actions carried to the next meeting. */
describe('decisions and action items', () => {
  let api: TestApi;
  let w: World;
  const plan = (date: string, title: string) =>
    api.call('meetings.create', {
      regionId: w.region.id,
      kind: 'voortgangsgesprek',
      title,
      date,
      startTime: '14:00',
      endTime: '16:00',
    });
  beforeEach(async () => {
    api = await makeApi();
    w = seed(api);
  });

  it('records decisions and actions per item, in order, and refuses empty text', () => {
    const m = plan('2026-05-14', 'Voorjaar');
    const item = api.call('agenda.add', { meetingId: m.id, title: 'Valpreventie' });
    api.call('decisions.add', { agendaItemId: item.id, text: 'De aanpak wordt voortgezet.' });
    const second = api.call('decisions.add', { agendaItemId: item.id, text: 'Evaluatie in mei' });
    api.call('decisions.update', { id: second.id, text: 'Evaluatie in juni 2027' });
    const action = api.call('actions.add', {
      agendaItemId: item.id,
      text: 'Offerte opvragen bij GGD',
      ownerId: w.owner.id,
      dueDate: '2026-06-30',
    });
    expect(action).toMatchObject({ ownerName: 'Jan Jansen', status: 'open', doneOn: null });
    const [agenda] = api.call('meetings.get', { id: m.id }).agenda;
    expect(agenda!.decisions.map((d) => d.text)).toEqual([
      'De aanpak wordt voortgezet.',
      'Evaluatie in juni 2027',
    ]);
    expect(agenda!.actions.map((a) => a.text)).toEqual(['Offerte opvragen bij GGD']);
    expect(
      api.fail('decisions.add', { agendaItemId: item.id, text: '  ' }).issues?.[0],
    ).toMatchObject({ path: 'text', message: 'Besluit is verplicht' });
    expect(
      api.fail('actions.add', { agendaItemId: item.id, text: 'x', dueDate: '31-02-2026' }).code,
    ).toBe('invalid_input');
  });

  it('carries open actions of earlier meetings to the next one until they are afgerond', () => {
    const spring = plan('2026-05-14', 'Voorjaar');
    const item = api.call('agenda.add', { meetingId: spring.id, title: 'Wonen en zorg' });
    const open = api.call('actions.add', { agendaItemId: item.id, text: 'Woonvisie delen' });
    const done = api.call('actions.add', { agendaItemId: item.id, text: 'Uitnodiging sturen' });
    api.call('actions.setStatus', { id: done.id, status: 'afgerond', doneOn: '2026-05-20' });
    const autumn = plan('2026-11-12', 'Najaar');
    const list = api.call('meetings.get', { id: autumn.id }).openActionsBefore;
    expect(list.map((a) => [a.text, a.meetingTitle])).toEqual([['Woonvisie delen', 'Voorjaar']]);
    // The earlier meeting itself does not list its own actions as carried over.
    expect(api.call('meetings.get', { id: spring.id }).openActionsBefore).toEqual([]);
    expect(api.call('meetings.list', { regionId: w.region.id }).items[1]!.openActions).toBe(1);

    const closed = api.call('actions.setStatus', { id: open.id, status: 'afgerond' });
    expect(closed.doneOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(api.call('meetings.get', { id: autumn.id }).openActionsBefore).toEqual([]);
    const reopened = api.call('actions.setStatus', { id: open.id, status: 'open' });
    expect(reopened).toMatchObject({ status: 'open', doneOn: null });
  });

  it('sends a deleted decision or action to the Prullenbak, and an item takes its own along', () => {
    const m = plan('2026-05-14', 'Voorjaar');
    const item = api.call('agenda.add', { meetingId: m.id, title: 'Valpreventie' });
    const d = api.call('decisions.add', { agendaItemId: item.id, text: 'Akkoord met de aanpak' });
    api.call('actions.add', { agendaItemId: item.id, text: 'Plan maken' });
    api.call('decisions.delete', { id: d.id });
    expect(api.call('trash.list').map((t) => t.label)).toContain('Besluit ‘Akkoord met de aanpak’');
    api.call('trash.restore', { entity: 'decision', id: d.id });
    api.call('agenda.delete', { id: item.id });
    api.call('trash.restore', { entity: 'agendaItem', id: item.id });
    const [back] = api.call('meetings.get', { id: m.id }).agenda;
    expect(back!.decisions).toHaveLength(1);
    expect(back!.actions).toHaveLength(1);
  });
});
