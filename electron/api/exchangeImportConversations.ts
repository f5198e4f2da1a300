/**
 * Import checks for the gespreksverslagen (docs/exchange-format.md, importregels): the parties,
 * themes, agreements and people a verslag names exist; its actiepunten and vastgelegde versions
 * come only with it (a file cannot add to, or rewrite the history of, a verslag already stored:
 * verslagen are never merged, so the same id is always a conflict); a vastgelegd verslag has the
 * version it is at, a concept one not yet.
 */
import type { Db } from '../../db';
import { createConversationPartLookup } from '../../db/exchangeConversations';
import type { ExchangeDocument } from '../../shared/exchange/schema';
import { NOWHERE, noDuplicates, type CheckHelpers } from './exchangeImportAgreements';
import { newIds } from './exchangeImportMeetings';

type Stored = ReturnType<typeof createConversationPartLookup>;

function checkNamed(doc: ExchangeDocument, stored: Stored, h: CheckHelpers) {
  const participants: { id: string; path: string }[] = [];
  doc.conversations.forEach((c, i) => {
    const path = `conversations[${i}]`;
    const refs = [
      ['partyIds', 'party', 'Partij', 'Deze partij'],
      ['themeIds', 'theme', 'Thema', 'Dit thema'],
      ['agreementIds', 'agreement', 'Afspraak', 'Deze afspraak'],
    ] as const;
    for (const [field, entity, label, what] of refs) {
      c[field].forEach((id, j) => {
        if (!h.resolve(entity, id)) h.add(`${path}.${field}[${j}]`, `${label} ${id} ${NOWHERE}`);
      });
      const ids = field === 'themeIds' ? c.themeIds.map(h.theme) : c[field];
      noDuplicates(ids, `${path}.${field}`, what, h);
    }
    c.participants.forEach((p, j) => {
      participants.push({ id: p.id, path: `${path}.participants[${j}]` });
      if (p.contactId && !h.resolve('contact', p.contactId)) {
        h.add(`${path}.participants[${j}].contactId`, `Persoon ${p.contactId} ${NOWHERE}`);
      }
    });
    noDuplicates(
      c.participants.map((p) => p.contactId ?? `naam:${p.id}`),
      `${path}.participants`,
      'Deze persoon',
      h,
    );
  });
  newIds(stored, 'conversation_participant', participants, 'Deelnemer', h);
}

function checkActions(doc: ExchangeDocument, h: CheckHelpers) {
  const conversations = new Set(doc.conversations.map((c) => c.id));
  doc.actionItems.forEach((a, i) => {
    if (a.conversationId === null) return;
    if (!conversations.has(a.conversationId) && h.resolve('conversation', a.conversationId)) {
      h.add(
        `actionItems[${i}].conversationId`,
        'Een actiepunt kan alleen samen met zijn gespreksverslag worden ingelezen.',
      );
    }
  });
}

function checkVersions(doc: ExchangeDocument, stored: Stored, h: CheckHelpers) {
  const paths = doc.conversationVersions.map((v, i) => ({
    id: v.id,
    path: `conversationVersions[${i}]`,
  }));
  newIds(stored, 'conversation_version', paths, 'Verslagversie', h);
  const conversations = new Map(doc.conversations.map((c) => [c.id, c]));
  const versions = new Set<string>();
  doc.conversationVersions.forEach((v, i) => {
    const path = `conversationVersions[${i}]`;
    const c = conversations.get(v.conversationId);
    if (!c) {
      h.add(
        `${path}.conversationId`,
        h.resolve('conversation', v.conversationId)
          ? 'Een verslagversie kan alleen samen met haar gespreksverslag worden ingelezen.'
          : `Gespreksverslag ${v.conversationId} ${NOWHERE}`,
      );
      return;
    }
    const key = `${v.conversationId}/${v.version}`;
    if (versions.has(key)) {
      h.add(`${path}.version`, `Versie ${v.version} van dit verslag staat er dubbel in.`);
    } else if (v.version > c.version) {
      h.add(
        `${path}.version`,
        `Het verslag is bij versie ${c.version}; versie ${v.version} kan er nog niet zijn.`,
      );
    }
    versions.add(key);
  });
  doc.conversations.forEach((c, i) => {
    const locked = versions.has(`${c.id}/${c.version}`);
    if (c.status === 'vastgelegd' && !locked) {
      h.add(
        `conversations[${i}].status`,
        `Het verslag is vastgelegd, maar versie ${c.version} staat niet in conversationVersions.`,
      );
    } else if (c.status === 'concept' && locked) {
      h.add(
        `conversations[${i}].status`,
        `Het verslag is in concept (versie ${c.version}), maar die versie staat als vastgelegd in conversationVersions.`,
      );
    }
  });
}

export function checkConversations(db: Db, doc: ExchangeDocument, h: CheckHelpers) {
  const stored = createConversationPartLookup(db);
  checkNamed(doc, stored, h);
  checkActions(doc, h);
  checkVersions(doc, stored, h);
}
