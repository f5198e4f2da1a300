/** The gespreksverslagen's part of the contract tour (dispatch.contract.test.ts). */
import type { TestApi } from '../fixtures/api';

export function tourConversations(
  call: TestApi['call'],
  ids: { regionId: string; agreementId: string; partyId: string; themeId: string },
) {
  const c = call('conversations.create', {
    regionId: ids.regionId,
    kind: 'evaluatiegesprek',
    title: 'Evaluatie samenwerkingsafspraken',
    date: '2026-11-12',
    partyIds: [ids.partyId],
    themeIds: [ids.themeId],
    agreementIds: [ids.agreementId],
    participants: [{ guestName: 'Piet Zorgaanbieder' }],
  });
  call('conversations.update', {
    id: c.id,
    kind: 'evaluatiegesprek',
    title: 'Evaluatie samenwerkingsafspraken 2026',
    date: '2026-11-12',
    confidential: false,
    partyIds: [ids.partyId],
    themeIds: [],
    agreementIds: [ids.agreementId],
    participants: [{ contactId: null, guestName: 'Piet Zorgaanbieder' }],
  });
  const stored = call('conversations.report', { id: c.id });
  call('conversations.saveReport', {
    conversationId: c.id,
    reportHtml: `${stored.reportHtml}<p>Het loopt goed.</p>`,
    baseRevision: stored.reportRevision,
  });
  call('conversations.setSurvey', {
    conversationId: c.id,
    survey: {
      respondentType: 'zorgaanbieder',
      scoreStart: 5,
      scoreNow: 7,
      positive: ['vertrouwen'],
    },
  });
  const a = call('actions.add', { conversationId: c.id, text: 'Afspraken bijstellen' });
  call('actions.setStatus', { id: a.id, status: 'afgerond' });
  call('actions.list', { regionId: ids.regionId, status: null });
  call('actions.setStatusMany', { ids: [a.id], status: 'open' });
  call('actions.mine', { regionId: ids.regionId });
  call('monitor.get', { regionId: ids.regionId });
  const leaver = call('contacts.create', { name: 'Vertrekker' });
  const successor = call('contacts.create', { name: 'Opvolger' });
  call('handover.get', { contactId: leaver.id });
  call('handover.perform', {
    contactId: leaver.id,
    successorId: successor.id,
    endDate: '2026-11-22',
  });
  call('conversations.get', { id: c.id });
  call('conversations.list', { regionId: ids.regionId, agreementId: ids.agreementId });
  call('conversations.lock', { id: c.id, lockedOn: '2026-11-20' });
  call('conversations.correct', { id: c.id, reason: 'Naam verkeerd gespeld' });
  call('conversations.versions', { id: c.id });
  const templates = call('conversations.templates');
  call('conversations.setTemplates', { ...templates, anders: '<h2>Onderwerp</h2>' });
  call('conversations.deleteImpact', { id: c.id });
  call('conversations.delete', { id: c.id });
}
