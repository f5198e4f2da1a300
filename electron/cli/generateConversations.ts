/**
 * Synthetic gespreksverslagen for `generate` (generateData.ts, issue 22): per region a series of
 * verslagen of every soort over the last six years, with one to three of the region's parties,
 * two deelnemers, a theme, a short text from the template's headings, two actiepunten each, and
 * on every fifth an enquête — with the creation entries the handlers write.
 */
import { recordCreationChanges, type Collections } from '../../db/exchange';
import {
  CONVERSATION_KINDS,
  PARTY_TYPES,
  SURVEY_FACTORS,
  URGENCIES,
  type SurveyFactor,
} from '../../shared/domain';
import { DEFAULT_CONVERSATION_TEMPLATES } from '../../shared/schemas/conversationTemplates';
import type { Random } from './generateAgreements';
import { AGREEMENT_ACTIONS, PROGRESS_TEXTS } from './syntheticNames';

const DAY = 86_400_000;
const SPAN_DAYS = 6 * 365;
/** The ten factors without "anders" (which needs its own text). */
const FACTORS = SURVEY_FACTORS.filter((f) => f !== 'anders');

export interface ConversationWorld {
  rnd: Random;
  now: Date;
  actor: string;
  data: Collections;
  themes: readonly { id: string; name: string }[];
  /** Per region index: the indices of its parties and people in data.parties/contacts. */
  regionParties: number[][];
  regionContacts: number[][];
  /** Verslagen per region. */
  perRegion: number;
}

type Conversation = Collections['conversations'][number];

/** Up to `n` different factors. */
function factors(rnd: Random, n: number): SurveyFactor[] {
  const out = new Set<SurveyFactor>();
  while (out.size < n) out.add(rnd.pick(FACTORS));
  return [...out];
}

export function generateConversations(w: ConversationWorld): void {
  const { rnd, now, data, actor } = w;
  const day = (daysAgo: number) =>
    new Date(now.getTime() - daysAgo * DAY).toISOString().slice(0, 10);
  const meta = (daysAgo: number) => {
    const at = new Date(now.getTime() - daysAgo * DAY + 9 * 3_600_000).toISOString();
    return { id: rnd.uuid(), createdAt: at, updatedAt: at, deletedAt: null, trashGroup: null };
  };
  const created = (entity: 'actionItem', r: { id: string; createdAt: string }) =>
    data.auditLog.push({
      entity,
      entityId: r.id,
      action: 'create',
      at: r.createdAt,
      actor,
      changes: recordCreationChanges(entity, r),
    });

  const partyName = new Map(data.parties.map((p) => [p.id, p.name]));
  const contactName = new Map(data.contacts.map((p) => [p.id, p.name]));
  const themeName = new Map(w.themes.map((t) => [t.id, t.name]));

  data.regions.forEach((region, r) => {
    const parties = w.regionParties[r] ?? [];
    const people = w.regionContacts[r] ?? [];
    if (parties.length === 0) return;
    for (let i = 0; i < w.perRegion; i += 1) {
      // Oldest first, spread evenly over six years (so the monitor has a nulmeting and a trend).
      const ago = Math.max(1, Math.round(SPAN_DAYS * (1 - (i + 0.5) / w.perRegion)));
      const kind = CONVERSATION_KINDS[i % CONVERSATION_KINDS.length]!;
      const partyIds = [
        ...new Set(
          Array.from({ length: 1 + rnd.int(3) }, () => data.parties[rnd.pick(parties)]!.id),
        ),
      ];
      const participantIds = people.length
        ? [...new Set([rnd.pick(people), rnd.pick(people)].map((c) => data.contacts[c]!.id))]
        : [];
      const template = DEFAULT_CONVERSATION_TEMPLATES[kind] || '<p></p>';
      const reportHtml = template.replaceAll('<p></p>', `<p>${rnd.pick(PROGRESS_TEXTS)}</p>`);
      const withSurvey = i % 5 === 0;
      // The cooperation improves over the years, with some noise.
      const trend = Math.round(4 + (4 * (i + 1)) / w.perRegion + rnd.int(3) - 1);
      const c: Conversation = {
        ...meta(ago),
        regionId: region.id,
        kind,
        title: `${kind === 'evaluatiegesprek' ? 'Evaluatie' : 'Gesprek'} ${i + 1} ${region.name}`,
        date: day(ago),
        confidential: i % 17 === 0,
        reportHtml,
        status: ago > 30 ? 'vastgelegd' : 'concept',
        version: 1,
        lockedOn: ago > 30 ? day(ago - 7) : null,
        partyIds,
        themeIds: w.themes.length ? [w.themes[i % w.themes.length]!.id] : [],
        agreementIds: [],
        participants: participantIds.map((contactId, position) => ({
          id: rnd.uuid(),
          position,
          contactId,
          guestName: '',
        })),
        survey: withSurvey
          ? {
              respondentType: PARTY_TYPES[rnd.int(4)]!,
              scoreStart: Math.min(10, Math.max(1, trend - 1)),
              scoreNow: Math.min(10, Math.max(1, trend)),
              positive: factors(rnd, 1 + rnd.int(3)),
              positiveOther: '',
              negative: factors(rnd, rnd.int(3)),
              negativeOther: '',
              urgency: rnd.pick(URGENCIES),
              explanation: '',
            }
          : null,
      };
      data.conversations.push(c);
      // As the repository writes it: the own fields, then the sets by name (db/conversations.ts).
      const names = {
        parties: partyIds.map((id) => partyName.get(id)!).sort(),
        themes: c.themeIds.map((id) => themeName.get(id) ?? '').sort(),
        participants: participantIds.map((id) => contactName.get(id)!),
      };
      data.auditLog.push({
        entity: 'conversation',
        entityId: c.id,
        action: 'create',
        at: c.createdAt,
        actor,
        changes: {
          ...recordCreationChanges('conversation', c),
          ...Object.fromEntries(
            Object.entries(names)
              .filter(([, list]) => list.length > 0)
              .map(([key, list]) => [key, { from: null, to: list.join(', ') }]),
          ),
        },
      });
      if (c.status === 'vastgelegd') {
        data.conversationVersions.push({
          id: rnd.uuid(),
          conversationId: c.id,
          version: 1,
          lockedOn: c.lockedOn!,
          correctionReason: '',
          snapshot: {
            kind: c.kind,
            title: c.title,
            date: c.date,
            confidential: c.confidential,
            parties: [],
            participants: [],
            themes: [],
            agreements: [],
            reportHtml: c.reportHtml,
            survey: c.survey,
            actions: [],
          },
          at: meta(ago - 7).createdAt,
          actor,
        });
      }
      for (let a = 0; a < 2; a += 1) {
        const done = ago > 90 && rnd.next() < 0.8;
        const action = {
          ...meta(ago),
          agendaItemId: null as string | null,
          conversationId: c.id as string | null,
          position: a,
          text: rnd.pick(AGREEMENT_ACTIONS),
          ownerId: participantIds[a % Math.max(1, participantIds.length)] ?? null,
          dueDate: day(ago - 30 - 30 * a),
          status: (done ? 'afgerond' : 'open') as 'open' | 'afgerond',
          doneOn: done ? day(Math.max(0, ago - 40)) : null,
        };
        data.actionItems.push(action);
        created('actionItem', action);
      }
    }
  });
}
