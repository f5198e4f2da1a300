/**
 * Issue 22: the exchange format carries the gespreksverslagen — with their parties, themes,
 * agreements, deelnemers and enquête nested, their actiepunten, vastgelegde versions and history
 * — and an import can neither overwrite a vastgelegd verslag nor add to its history or versions.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { checkDatabase } from '../../db/check';
import type { ExchangeDocument } from '../../shared/exchange/schema';
import { makeApi, type TestApi } from '../fixtures/api';
import { addContact, addParty } from '../fixtures/register';
import { agreementInput, seed } from './agreementsSeed';

const opened: TestApi[] = [];
async function open() {
  const api = await makeApi();
  opened.push(api);
  return api;
}
afterEach(() => {
  while (opened.length) opened.pop()!.close();
});
const withoutTime = (doc: ExchangeDocument) => ({ ...doc, exportedAt: '' });

/** A region with a vastgelegd (and once corrected) verslag with everything, and a deleted one. */
function dossier(api: TestApi) {
  const w = seed(api);
  const agreement = api.call('agreements.create', agreementInput(w));
  const zorg = addParty(api, null, 'Zorggroep Noord', 'zorgaanbieder');
  const piet = addContact(api, zorg.id, 'Piet Bakker');
  const c = api.call('conversations.create', {
    regionId: w.region.id,
    kind: 'evaluatiegesprek',
    title: 'Evaluatie met Zorggroep Noord',
    date: '2026-11-02',
    confidential: true,
    partyIds: [w.gemeente.id, zorg.id],
    themeIds: [w.ouderen],
    agreementIds: [agreement.id],
    participants: [{ contactId: piet.id }, { guestName: 'Karin Vrij' }],
  });
  api.call('conversations.setSurvey', {
    conversationId: c.id,
    survey: {
      respondentType: 'zorgaanbieder',
      scoreStart: 5,
      scoreNow: 7,
      positive: ['vertrouwen'],
      negative: ['anders'],
      negativeOther: 'Besluittermijnen',
      urgency: 'beetje',
    },
  });
  const action = api.call('actions.add', {
    conversationId: c.id,
    text: 'Cijfers aanleveren',
    ownerId: piet.id,
  });
  api.call('conversations.lock', { id: c.id, lockedOn: '2026-11-10' });
  api.call('conversations.correct', { id: c.id, reason: 'Naam verkeerd gespeld' });
  api.call('conversations.lock', { id: c.id, lockedOn: '2026-11-12' });
  const gone = api.call('conversations.create', {
    regionId: w.region.id,
    kind: 'telefonisch',
    title: 'Belletje',
    date: '2026-11-03',
    partyIds: [w.verzekeraar.id],
  });
  api.call('conversations.delete', { id: gone.id });
  return { w, c, action, piet, zorg, gone };
}

describe('exchange format with gespreksverslagen', () => {
  it('export → import into an empty database → export gives the same', async () => {
    const a = await open();
    const { w, c, action, piet, zorg } = dossier(a);
    const first = a.call('dossier.export', { regionId: w.region.id });
    const exported = first.conversations.find((x) => x.id === c.id)!;
    expect(exported).toMatchObject({ status: 'vastgelegd', version: 2, confidential: true });
    expect(exported.participants.map((p) => [p.contactId, p.guestName])).toEqual([
      [piet.id, ''],
      [null, 'Karin Vrij'],
    ]);
    expect(exported.survey).toMatchObject({ scoreStart: 5, scoreNow: 7, negative: ['anders'] });
    expect(first.conversationVersions.map((v) => [v.version, v.correctionReason])).toEqual([
      [1, 'Naam verkeerd gespeld'],
      [2, ''],
    ]);
    expect(first.actionItems.find((x) => x.id === action.id)).toMatchObject({
      agendaItemId: null,
      conversationId: c.id,
    });
    // The region file holds the people and parties its verslagen name.
    expect(first.parties.map((p) => p.id)).toContain(zorg.id);
    expect(first.contacts.map((p) => p.id)).toContain(piet.id);
    expect(first.conversations.filter((x) => x.deletedAt !== null)).toHaveLength(1);

    const b = await open();
    const { counts } = b.call('dossier.import', { document: first });
    expect(counts).toMatchObject({ conversations: 2, conversationVersions: 2, actionItems: 1 });
    expect(withoutTime(b.call('dossier.export', { regionId: w.region.id }))).toEqual(
      withoutTime(first),
    );
    expect(checkDatabase(b.ctx.repos.db)).toEqual([]);
    expect(b.call('conversations.get', { id: c.id }).survey?.negativeOther).toBe(
      'Besluittermijnen',
    );
  });

  it('cannot overwrite a vastgelegd verslag, nor add versions or history to it', async () => {
    const a = await open();
    const { w, c } = dossier(a);
    const doc = a.call('dossier.export', { regionId: w.region.id });

    // The same verslag with another text: a conflict, never merged.
    const rewritten = {
      ...doc,
      conversations: doc.conversations.map((x) =>
        x.id === c.id ? { ...x, reportHtml: '<p>Herschreven</p>' } : x,
      ),
    };
    const again = a.fail('dossier.import', { document: rewritten });
    expect(JSON.stringify(again.issues)).toContain(
      'gespreksverslagen worden bij het inlezen niet samengevoegd',
    );
    expect(a.call('conversations.get', { id: c.id }).reportHtml).not.toContain('Herschreven');

    // A version or history line for the stored verslag, without the verslag.
    const forged = {
      ...doc,
      regions: [],
      parties: [],
      regionMemberships: [],
      contacts: [],
      roleAssignments: [],
      themes: [],
      agreements: [],
      agreementStatusChanges: [],
      progressUpdates: [],
      agreementReviews: [],
      conversations: [],
      actionItems: [],
      conversationVersions: [
        { ...doc.conversationVersions[0]!, id: crypto.randomUUID(), version: 3 },
      ],
      auditLog: [
        { ...doc.auditLog.find((e) => e.entityId === c.id)!, at: '2026-11-21T09:00:00.000Z' },
      ],
    };
    const error = a.fail('dossier.import', { document: forged });
    const text = JSON.stringify(error.issues);
    expect(text).toContain(
      'Een verslagversie kan alleen samen met haar gespreksverslag worden ingelezen.',
    );
    expect(text).toContain('Geschiedenis kan alleen samen met het gegeven zelf worden ingelezen');
    expect(a.call('conversations.versions', { id: c.id })).toHaveLength(2);
  });

  it('refuses a verslag whose status and versions disagree, and bad enquête data', async () => {
    const a = await open();
    const { w, c } = dossier(a);
    const doc = a.call('dossier.export', { regionId: w.region.id });
    const b = await open();
    const noVersion = { ...doc, conversationVersions: [] };
    expect(JSON.stringify(b.fail('dossier.import', { document: noVersion }).issues)).toContain(
      'Het verslag is vastgelegd, maar versie 2 staat niet in conversationVersions.',
    );
    const badSurvey = {
      ...doc,
      conversations: doc.conversations.map((x) =>
        x.id === c.id ? { ...x, survey: { ...x.survey!, scoreNow: 12 } } : x,
      ),
    };
    const error = b.fail('dossier.import', { document: badSurvey });
    expect(JSON.stringify(error)).toContain('Een rapportcijfer is hoogstens 10');
    expect(b.count('conversation')).toBe(0);
  });
});
