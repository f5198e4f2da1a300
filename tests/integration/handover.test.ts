/**
 * Overdracht (issue 22, item 5): the handover of a leaving person, and the one-step
 * reassignment — after it no role, agreement or open action is left without an owner, the
 * Overzicht shows the successor, every change is in the history; bad input changes nothing.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeApi, snapshotCounts, type TestApi } from '../fixtures/api';
import { addContact, addRole } from '../fixtures/register';
import { agreementInput, seed, type World } from './agreementsSeed';

let api: TestApi;
let w: World;
let x: Record<'successor' | 'agreement' | 'role' | 'action' | 'meeting' | 'colleague', string>;
beforeEach(async () => {
  api = await makeApi();
  w = seed(api);
  const successor = addContact(api, w.gemeente.id, 'Sanne Opvolger');
  const colleague = addContact(api, w.verzekeraar.id, 'Karel Verzekeraar');
  const role = addRole(api, w.region.id, w.owner.id, 'ambtelijk_aanspreekpunt', {
    partyId: w.gemeente.id,
    mandate: 'Mag afspraken tot € 50.000 aangaan',
    since: '2025-01-01',
  });
  const agreement = api.call('agreements.create', agreementInput(w));
  const meeting = api.call('meetings.create', {
    regionId: w.region.id,
    kind: 'voortgangsgesprek',
    title: 'Voortgangsgesprek najaar',
    date: '2026-10-01',
    startTime: '14:00',
    endTime: '16:00',
  });
  api.call('meetings.setAttendees', {
    meetingId: meeting.id,
    attendees: [{ contactId: w.owner.id }, { contactId: colleague.id }],
  });
  const item = api.call('agenda.add', { meetingId: meeting.id, title: 'Valpreventie' });
  const action = api.call('actions.add', {
    agendaItemId: item.id,
    text: 'Cijfers aanleveren',
    ownerId: w.owner.id,
  });
  x = {
    successor: successor.id,
    agreement: agreement.id,
    role: role.id,
    action: action.id,
    meeting: meeting.id,
    colleague: colleague.id,
  };
});
afterEach(() => api.close());

const perform = (extra: object = {}) => ({
  contactId: w.owner.id,
  successorId: x.successor,
  endDate: '2026-12-01',
  roleIds: [x.role],
  agreementIds: [x.agreement],
  actionIds: [x.action],
  ...extra,
});

describe('overdracht', () => {
  it('assembles what the leaver carries', () => {
    const h = api.call('handover.get', { contactId: w.owner.id });
    expect(h.person).toMatchObject({ name: 'Jan Jansen', partyName: 'Gemeente Leeuwarden' });
    expect(h.roles.map((r) => [r.role, r.mandate])).toEqual([
      ['ambtelijk_aanspreekpunt', 'Mag afspraken tot € 50.000 aangaan'],
    ]);
    expect(h.ownedAgreements.map((a) => a.title)).toEqual([
      'Valpreventie voor thuiswonende ouderen',
    ]);
    expect(h.openActions.map((a) => [a.text, a.source, a.sourceId])).toEqual([
      ['Cijfers aanleveren', 'overleg', x.meeting],
    ]);
    expect(h.meetings.map((m) => m.title)).toEqual(['Voortgangsgesprek najaar']);
    expect(h.contacts.map((c) => [c.name, c.together])).toEqual([['Karel Verzekeraar', 1]]);
  });

  it('reassigns in one step: nothing left without an owner, the Overzicht shows the successor', () => {
    const done = api.call('handover.perform', perform({ endDate: '2026-11-22' }));
    expect(done).toEqual({ roles: 1, endedRoles: 1, agreements: 1, actions: 1 });
    const after = api.call('handover.get', { contactId: w.owner.id });
    expect([after.roles, after.ownedAgreements, after.openActions]).toEqual([[], [], []]);
    const moved = api.call('handover.get', { contactId: x.successor });
    expect(moved.roles[0]).toMatchObject({
      since: '2026-11-22',
      mandate: 'Mag afspraken tot € 50.000 aangaan',
    });
    expect(moved.ownedAgreements).toHaveLength(1);
    expect(moved.openActions).toHaveLength(1);
    const row = api
      .call('roles.overview', { regionId: w.region.id })
      .rows.find((r) => r.partyId === w.gemeente.id)!;
    expect(row.ambtelijk.map((p) => p.name)).toEqual(['Sanne Opvolger']);
    const history = api.call('history.list', { entity: 'agreement', id: x.agreement });
    expect(history[0]!.text).toContain('Sanne Opvolger');
    const action = api.call('history.list', { entity: 'actionItem', id: x.action });
    expect(action[0]!.text).toContain('Sanne Opvolger');
  });

  it.each([
    [
      { successorId: 'self' },
      'successorId',
      'Kies een opvolger: niet dezelfde persoon als wie vertrekt',
    ],
    [
      { agreementIds: [] },
      'agreementIds',
      'Dan blijft 1 afspraak achter bij Jan Jansen, die vertrekt. Kies die ook voor de opvolger.',
    ],
    [
      { actionIds: [] },
      'actionIds',
      'Dan blijft 1 open actiepunt achter bij Jan Jansen, die vertrekt. Kies die ook voor de opvolger.',
    ],
    [
      { endDate: '2024-06-01' },
      'endDate',
      'De rol Ambtelijk aanspreekpunt (Gemeente Leeuwarden) in Friesland begon op 1 januari 2025; de overdracht kan op zijn vroegst de dag erna.',
    ],
  ])('refuses %j with nothing changed', (extra, path, message) => {
    const input = perform(extra);
    if (input.successorId === 'self') input.successorId = w.owner.id;
    const before = snapshotCounts(api);
    const audit = api.count('audit_log');
    const error = api.fail('handover.perform', input);
    expect(error.issues).toContainEqual({ path, message });
    expect(snapshotCounts(api)).toEqual(before);
    expect(api.count('audit_log')).toBe(audit);
    expect(api.call('handover.get', { contactId: w.owner.id }).roles).toHaveLength(1);
  });

  it('cannot hand a role over twice (an overdracht to a later date leaves it current until then)', () => {
    api.call('handover.perform', perform({ endDate: '2026-12-15' }));
    const again = addContact(api, w.gemeente.id, 'Tweede Opvolger');
    const h = api.call('handover.get', { contactId: w.owner.id });
    expect(h.roles.map((r) => r.until)).toEqual(['2026-12-15']);
    expect(
      api.fail('handover.perform', {
        ...perform({ successorId: again.id, endDate: '2026-12-20' }),
        agreementIds: [],
        actionIds: [],
      }).issues,
    ).toEqual([
      {
        path: 'roleIds',
        message:
          'De rol Ambtelijk aanspreekpunt (Gemeente Leeuwarden) in Friesland eindigt al op 15 december 2026: die is al overgedragen of loopt af.',
      },
    ]);
    expect(api.fail('handover.perform', { ...perform(), successorId: '' }).issues).toContainEqual({
      path: 'successorId',
      message: 'Kies een opvolger',
    });
  });

  it('refuses a deleted successor and an id that is not the leaver’s', () => {
    api.call('contacts.delete', { id: x.successor });
    expect(api.fail('handover.perform', perform()).issues).toEqual([
      { path: 'successorId', message: 'Deze persoon bestaat niet (meer).' },
    ]);
    const other = addContact(api, null, 'Iemand Anders');
    expect(
      api.fail('handover.perform', perform({ successorId: other.id, roleIds: [x.agreement] }))
        .issues,
    ).toEqual([{ path: 'roleIds[0]', message: 'Deze rol is niet (meer) van Jan Jansen.' }]);
  });
});
