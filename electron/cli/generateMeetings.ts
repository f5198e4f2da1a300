/**
 * Synthetic overleggen for `generate` (generateData.ts): per region a series of past meetings,
 * one every two months, with invited people of the region, a four-item agenda with minutes (the
 * subject item linked to an agreement of the region), decisions, actions and, for all but the
 * latest, vastgestelde notulen with their snapshot — and audit entries as the handlers write them.
 */
import { recordCreationChanges, type Collections } from '../../db/exchange';
import {
  MEETING_KINDS,
  MEETING_KIND_LABELS,
  type Attendance,
  type MeetingKind,
} from '../../shared/domain';
import { agendaItemText, meetingText } from '../../shared/schemas/meeting';
import type { Random } from './generateAgreements';
import { AGREEMENT_ACTIONS, AGREEMENT_SUBJECTS, PROGRESS_TEXTS } from './syntheticNames';

const DAY = 86_400_000;
const ATTENDANCE_MIX: Attendance[] = ['aanwezig', 'aanwezig', 'aanwezig', 'afgemeld', 'afwezig'];
/** No bilaterale overleggen: those have two people, not a region's table. */
const KINDS: MeetingKind[] = MEETING_KINDS.filter((k) => k !== 'bilateraal_overleg');

export interface MeetingWorld {
  rnd: Random;
  now: Date;
  actor: string;
  data: Collections;
  /** Per region index: the indices of its people in data.contacts. */
  regionContacts: number[][];
  /** Meetings per region. */
  perRegion: number;
}

type Entry = Collections['auditLog'][number];
type Meeting = Collections['meetings'][number];
type Item = Collections['agendaItems'][number];
type Snapshot = Collections['minutesVersions'][number]['snapshot'];

export function generateMeetings(w: MeetingWorld): void {
  const { rnd, now, data, actor } = w;
  const day = (daysAgo: number) =>
    new Date(now.getTime() - daysAgo * DAY).toISOString().slice(0, 10);
  /** A moment `daysAgo` days back; `k` orders moments on the same day. */
  const at = (daysAgo: number, k: number) =>
    new Date(now.getTime() - daysAgo * DAY - (600 - k) * 60_000).toISOString();
  const meta = (when: string) => ({
    id: rnd.uuid(),
    createdAt: when,
    updatedAt: when,
    deletedAt: null,
    trashGroup: null,
  });
  const updated = (
    entity: Entry['entity'],
    entityId: string,
    when: string,
    changes: Entry['changes'],
  ) => data.auditLog.push({ entity, entityId, action: 'update', at: when, actor, changes });
  const created = (
    entity: 'meeting' | 'agendaItem' | 'decision' | 'actionItem',
    r: { id: string; createdAt: string },
  ) =>
    data.auditLog.push({
      entity,
      entityId: r.id,
      action: 'create',
      at: r.createdAt,
      actor,
      changes: recordCreationChanges(entity, r),
    });

  // The agreements of each region, once (the big region has 10,000).
  const agreementsOf = new Map<string, string[]>();
  for (const a of data.agreements) {
    const list = agreementsOf.get(a.regionId) ?? [];
    list.push(a.id);
    agreementsOf.set(a.regionId, list);
  }

  data.regions.forEach((region, r) => {
    const people = w.regionContacts[r]!;
    if (people.length < 2) return;
    const person = () => data.contacts[rnd.pick(people)]!;
    const place = region.name.replace(/^Regio /, '').replace(/ \d+$/, '');
    const agreements = agreementsOf.get(region.id) ?? [];
    for (let n = 0; n < w.perRegion; n++) {
      // The oldest first, one about every two months; the latest is still in concept.
      const heldAgo = 20 + (w.perRegion - 1 - n) * 60 + rnd.int(10);
      const kind = rnd.pick(KINDS);
      const invited = [...new Set(Array.from({ length: 3 + rnd.int(6) }, person))];
      const meeting: Meeting = {
        ...meta(at(heldAgo + 21, 0)),
        regionId: region.id,
        kind,
        title: `${MEETING_KIND_LABELS[kind]} ${place} ${n + 1}`,
        date: day(heldAgo),
        startTime: '14:00',
        endTime: '16:00',
        ...meetingText.empty,
        location: `Gemeentehuis ${place}`,
        online: rnd.next() < 0.2,
        chairId: invited[0]!.id,
        minuteTakerId: invited[1]?.id ?? null,
        minutesStatus: 'concept',
        minutesVersion: 1,
        approvedOn: null,
        approvedIn: '',
        attendees: invited.map((c, position) => ({
          id: rnd.uuid(),
          position,
          contactId: c.id,
          guestName: '',
          guestEmail: '',
          guestOrganisation: '',
          attendance: rnd.pick(ATTENDANCE_MIX),
        })),
      };
      data.meetings.push(meeting);
      created('meeting', meeting);

      const snapshot: Snapshot = {
        attendees: invited.map((c, i) => ({
          name: c.name,
          attendance: meeting.attendees[i]!.attendance,
        })),
        agenda: [],
      };
      const subject = rnd.pick(AGREEMENT_SUBJECTS);
      const titles = [
        'Opening en vaststellen van de agenda',
        subject,
        'Actiepuntenlijst van het vorige overleg',
        'Rondvraag en sluiting',
      ];
      titles.forEach((title, position) => {
        const item: Item = {
          ...meta(at(heldAgo + 20, position)),
          meetingId: meeting.id,
          position,
          title,
          ...agendaItemText.empty,
          confidential: false,
          minutesHtml:
            position === 1 ? `<p>${rnd.pick(PROGRESS_TEXTS)}</p>` : '<p>Geen bijzonderheden.</p>',
          agreementIds: position === 1 && agreements.length ? [rnd.pick(agreements)] : [],
        };
        // The minutes are written on the day itself (no audit entry: docs/architecture.md §7).
        item.updatedAt = at(heldAgo, 100 + position);
        data.agendaItems.push(item);
        created('agendaItem', item);
        const entry: Snapshot['agenda'][number] = {
          title,
          confidential: false,
          minutesHtml: item.minutesHtml,
          decisions: [],
          actions: [],
        };
        snapshot.agenda.push(entry);
        if (position !== 1) return;
        if (rnd.next() < 0.7) {
          const decision = {
            ...meta(at(heldAgo, 200)),
            agendaItemId: item.id,
            position: 0,
            text: `De regio gaat door met ${subject.toLowerCase()}.`,
          };
          data.decisions.push(decision);
          created('decision', decision);
          entry.decisions.push(decision.text);
        }
        const owner = person();
        const action = {
          ...meta(at(heldAgo, 210)),
          agendaItemId: item.id as string | null,
          conversationId: null as string | null,
          position: 0,
          text: rnd.pick(AGREEMENT_ACTIONS),
          ownerId: owner.id,
          dueDate: day(heldAgo - 30),
          status: 'open' as 'open' | 'afgerond',
          doneOn: null as string | null,
        };
        data.actionItems.push(action);
        created('actionItem', action);
        entry.actions.push({ text: action.text, ownerName: owner.name, dueDate: action.dueDate });
        // Most actions of earlier meetings are done by now.
        if (heldAgo > 60 && rnd.next() < 0.8) {
          const doneAgo = heldAgo - 20 - rnd.int(20);
          action.status = 'afgerond';
          action.doneOn = day(doneAgo);
          action.updatedAt = at(doneAgo, 220);
          updated('actionItem', action.id, action.updatedAt, {
            status: { from: 'open', to: 'afgerond' },
            doneOn: { from: null, to: action.doneOn },
          });
        }
      });
      meeting.updatedAt = at(heldAgo, 300);

      if (n === w.perRegion - 1) continue;
      // Vastgesteld in the next meeting, about two months later.
      const approvedAgo = heldAgo - 60;
      const approvedIn = `${MEETING_KIND_LABELS[kind]} ${place} ${n + 2}`;
      const when = at(Math.max(0, approvedAgo), 400);
      data.minutesVersions.push({
        id: rnd.uuid(),
        meetingId: meeting.id,
        version: 1,
        approvedOn: day(Math.max(0, approvedAgo)),
        approvedIn,
        correctionReason: '',
        snapshot,
        at: when,
        actor,
      });
      Object.assign(meeting, {
        minutesStatus: 'vastgesteld',
        approvedOn: day(Math.max(0, approvedAgo)),
        approvedIn,
        updatedAt: when,
      });
      updated('meeting', meeting.id, when, {
        minutesStatus: { from: 'concept', to: 'vastgesteld' },
        approvedOn: { from: null, to: meeting.approvedOn },
        approvedIn: { from: '', to: approvedIn },
      });
    }
  });
}
