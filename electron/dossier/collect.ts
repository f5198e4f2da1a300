/**
 * Gathers what a regiodossier shows, through the same handlers as the screens (so the same
 * rules: vertrouwelijke afspraken, agenda items and verslagen stay out unless asked for,
 * concept minutes only when asked for). Pure data: the sections turn it into HTML.
 */
import type { Input, Method, Output } from '../../shared/api/contract';
import { todayIso } from '../../shared/dates';
import type { AgreementDetail } from '../../shared/schemas/agreement';
import type { ConversationDetail } from '../../shared/schemas/conversation';
import type { DossierOptions } from '../../shared/schemas/dossier';
import type { MeetingDetail } from '../../shared/schemas/meeting';
import type { Monitor } from '../../shared/schemas/monitor';
import type { Overview, RoleListItem } from '../../shared/schemas/roleAssignment';
import { citationsOf, type Citation } from './citations';
import { collectConversations, inPeriod, type OpenAction } from './collectConversations';

export type Call = <M extends Method>(method: M, input: Input<M>) => Output<M>;

export interface DossierData {
  options: DossierOptions;
  region: { id: string; name: string };
  title: string;
  author: string;
  organisation: string;
  /** The day of the export (YYYY-MM-DD). */
  exportedOn: string;
  overview: Overview;
  /** The region's roles today and those that start later (Rollen en mandaten). */
  roles: RoleListItem[];
  /** Each with the besluiten it cites, as this dossier may show them (citations.ts). */
  agreements: (AgreementDetail & { citations: Citation[] })[];
  /**
   * The meetings of the period, planned ones after today included. `minutesWithheld`: concept
   * notulen while only vastgestelde were asked for; the meeting is listed with its agenda
   * titles, without minutes, besluiten or actiepunten. `planned`: after the day of the export
   * (no notulen yet, and so no CONCEPT on its pages).
   */
  meetings: (MeetingDetail & { minutesWithheld: boolean; planned: boolean })[];
  /** The gespreksverslagen of the period, oldest first (collectConversations.ts). */
  conversations: ConversationDetail[];
  /** The samenwerkingsmonitor (all years), when its section is chosen. */
  monitor: Monitor | null;
  /** Of the overleggen and the gespreksverslagen, by due date. */
  openActions: OpenAction[];
  /** What the default dossier leaves out as vertrouwelijk (zero when it is asked for). */
  confidentialLeftOut: { agreements: number; agendaItems: number; conversations: number };
  /** The annex: each change to the dossier's afspraken, overleggen and verslagen in the period. */
  history: { at: string; subject: string; actor: string; text: string }[];
}

/**
 * A meeting's open actions for the actielijst, also where its notulen are still concept (the
 * dossier then leaves the notulen out, not the work that is open); confidential agenda items only
 * when asked for.
 */
function openActionsOf(m: MeetingDetail, options: DossierOptions): DossierData['openActions'] {
  return m.agenda
    .filter((i) => options.includeConfidential || !i.confidential)
    .flatMap((i) =>
      i.actions
        .filter((a) => a.status === 'open')
        .map((a) => ({
          id: a.id,
          text: a.text,
          ownerName: a.ownerName,
          dueDate: a.dueDate,
          source: 'overleg' as const,
          sourceTitle: m.title,
          sourceDate: m.date,
          concept: m.minutesStatus !== 'vastgesteld',
        })),
    );
}

export function collectDossier(call: Call, options: DossierOptions, today: string): DossierData {
  const region = call('regions.get', { id: options.regionId });
  const settings = call('settings.get', {});
  const ids = call('agreements.listIds', {
    regionId: region.id,
    includeConfidential: options.includeConfidential,
  });
  const agreements = ids
    .map((id) => call('agreements.get', { id }))
    .sort((a, b) => a.title.localeCompare(b.title, 'nl'));

  const confidentialLeftOut = {
    agreements: options.includeConfidential
      ? 0
      : call('agreements.listIds', { regionId: region.id, includeConfidential: true }).length -
        ids.length,
    agendaItems: 0,
    conversations: 0,
  };
  const meetings: DossierData['meetings'] = [];
  const openActions: DossierData['openActions'] = [];
  for (let offset = 0; ; offset += 500) {
    const page = call('meetings.list', { regionId: region.id, offset, limit: 500 });
    for (const m of page.items) {
      // Open actions stay open past their meeting: every one agreed up to the period's end.
      if (options.to && m.date > options.to) continue;
      const detail = call('meetings.get', { id: m.id });
      openActions.push(...openActionsOf(detail, options));
      // The period decides (issue 19): a planned meeting after today is in as well.
      if (!inPeriod(m.date, options)) continue;
      if (!options.includeConfidential) {
        confidentialLeftOut.agendaItems += detail.agenda.filter((i) => i.confidential).length;
      }
      const minutesWithheld =
        options.minutes === 'vastgesteld' && detail.minutesStatus !== 'vastgesteld';
      meetings.push({
        ...detail,
        minutesWithheld,
        planned: detail.date > today,
        agenda: detail.agenda
          .filter((i) => options.includeConfidential || !i.confidential)
          .map((i) =>
            minutesWithheld ? { ...i, minutesHtml: '', decisions: [], actions: [] } : i,
          ),
      });
    }
    if (offset + page.items.length >= page.total) break;
  }
  meetings.sort((a, b) => a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime));

  const verslagen = collectConversations(call, options);
  confidentialLeftOut.conversations = verslagen.leftOut;
  openActions.push(...verslagen.openActions);
  openActions.sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'));

  const citations = citationsOf(call, agreements, meetings, options);

  const history = options.sections.includes('historie')
    ? [
        ...agreements.map((a) => ({ entity: 'agreement' as const, id: a.id, subject: a.title })),
        ...meetings.map((m) => ({ entity: 'meeting' as const, id: m.id, subject: m.title })),
        ...verslagen.conversations.map((c) => ({
          entity: 'conversation' as const,
          id: c.id,
          subject: c.title,
        })),
      ]
        .flatMap(({ entity, id, subject }) =>
          call('history.list', { entity, id }).map((e) => ({
            at: e.at,
            subject,
            actor: e.actor,
            text: e.text,
          })),
        )
        .filter((e) => inPeriod(todayIso(new Date(e.at)), options))
        .sort((a, b) => a.at.localeCompare(b.at))
    : [];

  return {
    options,
    history,
    confidentialLeftOut,
    region: { id: region.id, name: region.name },
    title: options.title || `Regiodossier ${region.name}`,
    // The user's name, else the organisation (issue 21): a PDF always says whose it is.
    author: options.author || settings.userName || settings.organisation,
    organisation: settings.organisation,
    exportedOn: today,
    overview: call('roles.overview', { regionId: region.id }),
    roles: (['current', 'future'] as const).flatMap((period) =>
      call('roles.list', { regionId: region.id, period }),
    ),
    agreements: agreements.map((a) => ({ ...a, citations: citations.get(a.id) ?? [] })),
    meetings,
    conversations: verslagen.conversations,
    monitor: options.sections.includes('monitor')
      ? call('monitor.get', {
          regionId: region.id,
          includeConfidential: options.includeConfidential,
        })
      : null,
    openActions,
  };
}
