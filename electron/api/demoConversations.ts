/**
 * The Voorbeelddossier's gespreksverslagen (issue 22): ten conversations of different soorten,
 * five of them evaluations with enquête input from January 2020 (the nulmeting) to 2026, so the
 * samenwerkingsmonitor shows a trend; some vastgelegd, one vertrouwelijk, with actiepunten and
 * linked agreements. Written through the repositories by the demo actor.
 */
import type { Writer } from '../../db';
import { todayIso } from '../../shared/dates';
import type { ConversationKind, PartyType } from '../../shared/domain';
import { agreementFilterQuery } from '../../shared/schemas/agreementList';
import type { Survey } from '../../shared/schemas/survey';
import type { ApiContext } from './context';
import { lockConversation } from './conversationLock';
import { prepareRichText } from '../text/richText';

const DAY = 86_400_000;

interface DemoVerslag {
  kind: ConversationKind;
  title: string;
  /** A fixed day (the monitor's years) or days before today. */
  date: string | number;
  partyTypes: PartyType[];
  themes: string[];
  agreement?: string;
  report: string;
  survey?: Omit<Survey, 'positiveOther' | 'negativeOther' | 'explanation'> &
    Partial<Pick<Survey, 'positiveOther' | 'negativeOther' | 'explanation'>>;
  actions?: string[];
  locked?: boolean;
  confidential?: boolean;
}

const evaluation = (goed: string, knelpunt: string, vervolg: string) =>
  `<h2>Voortgang samenwerkingsafspraken</h2><p>De afspraken over wijkverpleging en het sociaal wijkteam zijn doorgelopen.</p>
   <h2>Wat gaat goed</h2><p>${goed}</p><h2>Knelpunten</h2><p>${knelpunt}</p>
   <h2>Vervolgafspraken</h2><ul><li><p>${vervolg}</p></li></ul>`;

const VERSLAGEN: DemoVerslag[] = [
  {
    kind: 'evaluatiegesprek',
    title: 'Nulmeting samenwerking wijkverpleging',
    date: '2020-01-21',
    partyTypes: ['gemeente', 'zorgaanbieder'],
    themes: ['Ouderen'],
    report: evaluation(
      'Men kent elkaar nog weinig; de wil om samen te werken is er.',
      'Geen vast overleg, onduidelijk wie waarover beslist.',
      'Elk kwartaal een overleg tussen wijkteam en wijkverpleging.',
    ),
    survey: {
      respondentType: 'gemeente',
      scoreStart: 5,
      scoreNow: 5,
      positive: ['gedeeld_belang'],
      negative: ['persoonlijke_relaties', 'daadkracht'],
      urgency: 'urgent',
    },
    locked: true,
  },
  {
    kind: 'evaluatiegesprek',
    title: 'Evaluatie met Stichting Heuvelrug Zorg',
    date: '2021-03-16',
    partyTypes: ['gemeente', 'zorgaanbieder'],
    themes: ['Ouderen', 'Wijkgericht werken'],
    report: evaluation(
      'Het kwartaaloverleg loopt; casussen worden samen besproken.',
      'De doorverwijzing vanuit de huisarts blijft traag.',
      'Samen met de huisartsen een werkafspraak maken.',
    ),
    survey: {
      respondentType: 'zorgaanbieder',
      scoreStart: 5,
      scoreNow: 6,
      positive: ['persoonlijke_relaties', 'vertrouwen'],
      negative: ['betrokkenheid_organen'],
      urgency: 'beetje',
    },
    locked: true,
  },
  {
    kind: 'evaluatiegesprek',
    title: 'Evaluatie GGZ in de wijk',
    date: '2022-06-09',
    partyTypes: ['gemeente', 'zorgaanbieder'],
    themes: ['GGZ'],
    report: evaluation(
      'De ggz-consulent in het wijkteam wordt veel gevraagd.',
      'Wachttijden in de specialistische ggz lopen op.',
      'Cijfers wachttijden per gemeente verzamelen.',
    ),
    survey: {
      respondentType: 'zorgaanbieder',
      scoreStart: 4,
      scoreNow: 6,
      positive: ['vertrouwen', 'evaluatie_monitoring'],
      negative: ['anders'],
      negativeOther: 'Wisselende contactpersonen',
      urgency: 'urgent',
    },
    locked: true,
  },
  {
    kind: 'evaluatiegesprek',
    title: 'Evaluatie samenwerking met de zorgverzekeraar',
    date: '2024-02-06',
    partyTypes: ['gemeente', 'zorgverzekeraar'],
    themes: ['Preventie'],
    report: evaluation(
      'De valpreventie is in alle gemeenten gestart.',
      'De financiering na 2025 is nog niet rond.',
      'Voorstel voor de financiering na 2025 voorbereiden.',
    ),
    survey: {
      respondentType: 'zorgverzekeraar',
      scoreStart: 6,
      scoreNow: 7,
      positive: ['gedeeld_belang', 'vertrouwen', 'leiderschap'],
      negative: ['politieke_stabiliteit'],
      urgency: 'beetje',
    },
    locked: true,
  },
  {
    kind: 'evaluatiegesprek',
    title: 'Evaluatie samenwerkingsafspraken 2026',
    date: '2026-09-29',
    partyTypes: ['gemeente', 'zorgaanbieder'],
    themes: ['Ouderen', 'Dementie'],
    agreement: 'Valpreventie',
    report: evaluation(
      'Vaste gezichten aan tafel; afspraken worden nagekomen.',
      'Personeelstekort in de wijkverpleging.',
      'Gezamenlijke wervingsactie verkennen.',
    ),
    survey: {
      respondentType: 'gemeente',
      scoreStart: 5,
      scoreNow: 8,
      positive: ['persoonlijke_relaties', 'vertrouwen', 'betrouwbaarheid'],
      negative: ['anders'],
      negativeOther: 'Personeelstekort',
      urgency: 'urgent',
      explanation: 'Veel verbeterd sinds de vaste overleggen.',
    },
    actions: [
      'Wervingsactie wijkverpleging verkennen',
      'Afspraken valpreventie voor 2027 bijstellen',
    ],
  },
  {
    kind: 'zorgverzekeraar',
    title: 'Overleg inkoop wijkverpleging 2027',
    date: -12,
    partyTypes: ['zorgverzekeraar', 'gemeente'],
    themes: ['Ouderen'],
    report:
      '<h2>Aanleiding</h2><p>De inkoop voor 2027.</p><h2>Besproken</h2><p>De verzekeraar koopt meer wijkgerichte teams in.</p><h2>Afspraken</h2><p>Gemeenten leveren de wijkindeling aan.</p>',
    actions: ['Wijkindeling aanleveren'],
  },
  {
    kind: 'zorgkantoor',
    title: 'Overleg Wlz-wachtlijst',
    date: -26,
    partyTypes: ['zorgkantoor', 'gemeente'],
    themes: ['Dementie'],
    report:
      '<h2>Aanleiding</h2><p>De wachtlijst voor verpleeghuiszorg.</p><h2>Besproken</h2><p>Overbruggingszorg voor wachtenden thuis.</p><h2>Afspraken</h2><p>Het zorgkantoor deelt de wachtlijst per gemeente.</p>',
    confidential: true,
    actions: ['Wachtlijst per gemeente delen'],
  },
  {
    kind: 'werkbezoek',
    title: 'Werkbezoek wijkteam Zeist-West',
    date: -41,
    partyTypes: ['gemeente'],
    themes: ['Wijkgericht werken'],
    report:
      '<h2>Bezocht</h2><p>Het wijkteam Zeist-West.</p><h2>Indrukken</h2><p>Korte lijnen met de huisartsen.</p><h2>Vervolg</h2><p>Werkwijze delen met de andere gemeenten.</p>',
    locked: true,
  },
  {
    kind: 'telefonisch',
    title: 'Telefonisch overleg mantelzorgondersteuning',
    date: -63,
    partyTypes: ['gemeente', 'zorgaanbieder'],
    themes: ['Mantelzorg'],
    report:
      '<h2>Besproken</h2><p>Respijtzorg in de zomer.</p><h2>Afspraken</h2><p>Een overzicht van logeerplekken.</p>',
  },
  {
    kind: 'anders',
    title: 'Kennismaking nieuwe regiomanager zorgverzekeraar',
    date: -95,
    partyTypes: ['zorgverzekeraar'],
    themes: [],
    report: '<p>Kennismaking met de nieuwe regiomanager; de lopende afspraken zijn toegelicht.</p>',
  },
];

export function addDemoConversations(ctx: ApiContext, regionId: string, actor: string): void {
  const now = ctx.clock();
  const w: Writer = { actor, now: now.toISOString() };
  const today = todayIso(now);
  const rows = ctx.repos.overview(regionId, today).rows;
  const partyOf = (type: PartyType) => rows.find((r) => r.partyType === type)?.partyId;
  const people = (type: PartyType) =>
    rows.filter((r) => r.partyType === type).flatMap((r) => [...r.ambtelijk, ...r.bestuurlijk]);
  const themes = ctx.repos.themes.list(false);
  const agreement = (search: string) =>
    ctx.repos.agreementQueries
      .ids({ ...agreementFilterQuery.parse({ regionId, search }), day: today })
      .slice(0, 1);
  for (const v of VERSLAGEN) {
    const date =
      typeof v.date === 'string' ? v.date : todayIso(new Date(now.getTime() + v.date * DAY));
    const participants = v.partyTypes
      .flatMap((t) => people(t).slice(0, 1))
      .map((p) => ({ contactId: p.contactId, guestName: '' }));
    const report = prepareRichText(v.report);
    const c = ctx.repos.conversations.create(
      regionId,
      {
        kind: v.kind,
        title: v.title,
        date,
        confidential: v.confidential ?? false,
        status: 'concept',
        version: 1,
        lockedOn: null,
      },
      report,
      {
        partyIds: v.partyTypes.map(partyOf).filter((id): id is string => id !== undefined),
        themeIds: themes.filter((t) => v.themes.includes(t.name)).map((t) => t.id),
        agreementIds: v.agreement ? agreement(v.agreement) : [],
        participants,
      },
      w,
    );
    if (v.survey) {
      ctx.repos.conversations.setSurvey(
        c,
        { positiveOther: '', negativeOther: '', explanation: '', ...v.survey },
        w,
      );
    }
    (v.actions ?? []).forEach((text, i) =>
      ctx.repos.decisions.addAction(
        { conversationId: c.id },
        {
          text,
          ownerId: participants[i % Math.max(1, participants.length)]?.contactId ?? null,
          dueDate: todayIso(new Date(now.getTime() + (30 + 30 * i) * DAY)),
        },
        w,
      ),
    );
    if (v.locked) lockConversation(ctx, ctx.repos.conversations.find(c.id)!, date, w);
  }
}
