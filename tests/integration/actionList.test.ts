/**
 * The actiepunten-overzicht (issue 22, item 4): actions of overleggen and gespreksverslagen in one
 * list, each filter, sorted by due date, overdue marked and counted, several marked done at once
 * (all or nothing), and the Overzicht's "mijn actiepunten" by the user's name.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeApi, type TestApi } from '../fixtures/api';
import { addContact, addParty } from '../fixtures/register';
import { agreementInput, seed, type World } from './agreementsSeed';

let api: TestApi;
let w: World;
let ids: Record<'meeting' | 'conversation' | 'piet' | 'zorg' | 'late' | 'soon' | 'none', string>;
beforeEach(async () => {
  api = await makeApi();
  w = seed(api);
  const zorg = addParty(api, null, 'Zorggroep Noord', 'zorgaanbieder');
  const piet = addContact(api, zorg.id, 'Piet Bakker');
  const agreement = api.call('agreements.create', agreementInput(w));
  const meeting = api.call('meetings.create', {
    regionId: w.region.id,
    kind: 'voortgangsgesprek',
    title: 'Voortgangsgesprek najaar',
    date: '2026-10-01',
    startTime: '14:00',
    endTime: '16:00',
  });
  const item = api.call('agenda.add', { meetingId: meeting.id, title: 'Valpreventie' });
  api.call('agenda.update', {
    id: item.id,
    title: 'Valpreventie',
    presenter: '',
    confidential: false,
    agreementIds: [agreement.id],
  });
  const c = api.call('conversations.create', {
    regionId: w.region.id,
    kind: 'evaluatiegesprek',
    title: 'Evaluatie Zorggroep',
    date: '2026-11-02',
    partyIds: [zorg.id],
    themeIds: [w.ggz],
  });
  const add = (source: object, text: string, ownerId: string | null, dueDate: string | null) =>
    api.call('actions.add', { ...source, text, ownerId, dueDate } as never).id;
  ids = {
    meeting: meeting.id,
    conversation: c.id,
    piet: piet.id,
    zorg: zorg.id,
    late: add({ agendaItemId: item.id }, 'Cijfers valincidenten', w.owner.id, '2026-11-01'),
    soon: add({ conversationId: c.id }, 'Wachtlijst navragen', piet.id, '2026-12-15'),
    none: add({ conversationId: c.id }, 'Folder maken', null, null),
  };
});
afterEach(() => api.close());

const list = (extra: object = {}) =>
  api.call('actions.list', { regionId: w.region.id, ...extra } as never);

describe('the actiepunten-overzicht', () => {
  it('lists both sources by due date, the overdue marked, each linking to its source', () => {
    const page = list();
    expect(page.items.map((a) => [a.text, a.source, a.overdue])).toEqual([
      ['Cijfers valincidenten', 'overleg', true],
      ['Wachtlijst navragen', 'verslag', false],
      ['Folder maken', 'verslag', false],
    ]);
    expect(page.items[0]).toMatchObject({
      sourceId: ids.meeting,
      itemTitle: 'Valpreventie',
      ownerName: 'Jan Jansen',
      ownerParty: 'Gemeente Leeuwarden',
    });
    expect(page.items[1]!.sourceId).toBe(ids.conversation);
    expect([page.total, page.overdueCount]).toEqual([3, 1]);
  });

  it('filters by overdue, owner, the owner’s party, theme, source and text', () => {
    const texts = (extra: object) => list(extra).items.map((a) => a.text);
    expect(texts({ overdue: true })).toEqual(['Cijfers valincidenten']);
    expect(texts({ ownerId: ids.piet })).toEqual(['Wachtlijst navragen']);
    expect(texts({ partyId: w.gemeente.id })).toEqual(['Cijfers valincidenten']);
    // Ouderen: the agreement on the agenda item; GGZ: the verslag's theme.
    expect(texts({ themeId: w.ouderen })).toEqual(['Cijfers valincidenten']);
    expect(texts({ themeId: w.ggz })).toEqual(['Wachtlijst navragen', 'Folder maken']);
    expect(texts({ source: 'overleg' })).toEqual(['Cijfers valincidenten']);
    expect(texts({ search: 'WACHTLIJST' })).toEqual(['Wachtlijst navragen']);
  });

  it('marks several done at once, and refuses all when one is unknown', () => {
    const unknown = crypto.randomUUID();
    const error = api.fail('actions.setStatusMany', {
      ids: [ids.late, unknown],
      status: 'afgerond',
    });
    expect(error.issues).toEqual([
      { path: 'ids[1]', message: 'Dit actiepunt bestaat niet (meer).' },
    ]);
    expect(list().total).toBe(3);
    expect(
      api.fail('actions.setStatusMany', { ids: [], status: 'afgerond' }).issues?.[0]?.message,
    ).toBe('Kies minstens één actiepunt');
    const done = api.call('actions.setStatusMany', {
      ids: [ids.late, ids.soon],
      status: 'afgerond',
    });
    expect(done.count).toBe(2);
    expect(list().items.map((a) => a.text)).toEqual(['Folder maken']);
    const closed = list({ status: 'afgerond' }).items;
    expect(closed.map((a) => a.doneOn)).toEqual(['2026-11-22', '2026-11-22']);
    expect(list().overdueCount).toBe(0);
  });

  it('finds the user’s own open actions for the Overzicht', () => {
    api.call('settings.update', { userName: 'Piet Bakker', organisation: 'Zorggroep Noord' });
    const mine = api.call('actions.mine', { regionId: w.region.id });
    expect(mine.contactId).toBe(ids.piet);
    expect(mine.open.map((a) => a.text)).toEqual(['Wachtlijst navragen']);
    expect([mine.openCount, mine.overdueCount, mine.regionOverdueCount]).toEqual([1, 0, 1]);
    api.call('settings.update', { userName: 'Onbekend', organisation: '' });
    expect(api.call('actions.mine', { regionId: w.region.id }).contactId).toBeNull();
  });
});
