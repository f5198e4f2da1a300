/**
 * Import checks for the overleggen (docs/exchange-format.md, importregels): invited people and
 * linked agreements that exist, parts that come only with their meeting or agenda item, minutes
 * versions that fit the meeting, and agreements' links to decisions. Used by importCheck.ts.
 */
import type { Db } from '../../db';
import { createMeetingRegionLookup } from '../../db/decisionLinks';
import { createMeetingPartLookup } from '../../db/exchangeMeetings';
import { decisionLinkProblem } from '../../shared/decisionLinkRule';
import type { ExchangeDocument } from '../../shared/exchange/schema';
import { NOWHERE, noDuplicates, type CheckHelpers } from './exchangeImportAgreements';

type Stored = ReturnType<typeof createMeetingPartLookup>;

/** Ids of rows without an entity (attendees, versions, deelnemers): unique in the file, new here. */
export function newIds<T extends string>(
  stored: (table: T, id: string) => boolean,
  table: T,
  records: { id: string; path: string }[],
  what: string,
  h: CheckHelpers,
) {
  const seen = new Set<string>();
  for (const r of records) {
    if (seen.has(r.id)) h.add(`${r.path}.id`, 'Deze id komt meer dan eens voor in het bestand.');
    else if (stored(table, r.id))
      h.conflict(`${r.path}.id`, `${what} met id ${r.id} bestaat al in deze database.`);
    seen.add(r.id);
  }
}

function checkAttendees(doc: ExchangeDocument, stored: Stored, h: CheckHelpers) {
  const all: { id: string; path: string }[] = [];
  doc.meetings.forEach((m, i) => {
    const path = `meetings[${i}].attendees`;
    m.attendees.forEach((a, j) => {
      all.push({ id: a.id, path: `${path}[${j}]` });
      // A deleted person may stay invited (shown as absent), an unknown one not.
      if (a.contactId && !h.resolve('contact', a.contactId)) {
        h.add(`${path}[${j}].contactId`, `Persoon ${a.contactId} ${NOWHERE}`);
      }
    });
    const people = m.attendees.map((a) => a.contactId ?? `guest:${a.id}`);
    noDuplicates(people, path, 'Deze persoon', h);
  });
  newIds(stored, 'meeting_attendee', all, 'Genodigde', h);
}

/**
 * Agenda items, decisions and actions come only with their parent (no decision slipped into
 * vastgestelde minutes already stored); a parent found nowhere is reported with the references.
 */
function checkParts(doc: ExchangeDocument, h: CheckHelpers) {
  const meetings = new Set(doc.meetings.map((m) => m.id));
  const items = new Set(doc.agendaItems.map((i) => i.id));
  doc.agendaItems.forEach((item, i) => {
    const path = `agendaItems[${i}]`;
    if (!meetings.has(item.meetingId) && h.resolve('meeting', item.meetingId)) {
      h.add(
        `${path}.meetingId`,
        'Een agendapunt kan alleen samen met zijn overleg worden ingelezen.',
      );
    }
    item.agreementIds.forEach((a, j) => {
      if (!h.resolve('agreement', a))
        h.add(`${path}.agreementIds[${j}]`, `Afspraak ${a} ${NOWHERE}`);
    });
    noDuplicates(item.agreementIds, `${path}.agreementIds`, 'Deze afspraak', h);
  });
  const withItem = (
    collection: 'decisions' | 'actionItems',
    records: { agendaItemId: string | null }[],
    refused: string,
  ) =>
    records.forEach((r, i) => {
      // A gespreksverslag's actions: exchangeImportConversations.ts.
      if (r.agendaItemId === null) return;
      if (!items.has(r.agendaItemId) && h.resolve('agendaItem', r.agendaItemId)) {
        h.add(`${collection}[${i}].agendaItemId`, refused);
      }
    });
  withItem(
    'decisions',
    doc.decisions,
    'Een besluit kan alleen samen met zijn agendapunt worden ingelezen.',
  );
  withItem(
    'actionItems',
    doc.actionItems,
    'Een actiepunt kan alleen samen met zijn agendapunt worden ingelezen.',
  );
}

/**
 * Minutes versions belong to a meeting in the file, once per version number, never beyond the
 * version the meeting is at; vastgestelde notulen have their version, concept ones not yet.
 */
function checkMinutesVersions(doc: ExchangeDocument, stored: Stored, h: CheckHelpers) {
  const paths = doc.minutesVersions.map((v, i) => ({ id: v.id, path: `minutesVersions[${i}]` }));
  newIds(stored, 'minutes_version', paths, 'Notulenversie', h);
  const meetings = new Map(doc.meetings.map((m) => [m.id, m]));
  const versions = new Set<string>();
  doc.minutesVersions.forEach((v, i) => {
    const path = `minutesVersions[${i}]`;
    const m = meetings.get(v.meetingId);
    if (!m) {
      h.add(
        `${path}.meetingId`,
        h.resolve('meeting', v.meetingId)
          ? 'Een notulenversie kan alleen samen met haar overleg worden ingelezen.'
          : `Overleg ${v.meetingId} ${NOWHERE}`,
      );
      return;
    }
    const key = `${v.meetingId}/${v.version}`;
    if (versions.has(key)) {
      h.add(
        `${path}.version`,
        `Versie ${v.version} van de notulen van dit overleg staat er dubbel in.`,
      );
    } else if (v.version > m.minutesVersion) {
      h.add(
        `${path}.version`,
        `Het overleg is bij versie ${m.minutesVersion} van de notulen; versie ${v.version} kan er nog niet zijn.`,
      );
    }
    versions.add(key);
  });
  doc.meetings.forEach((m, i) => {
    const approved = versions.has(`${m.id}/${m.minutesVersion}`);
    if (m.minutesStatus === 'vastgesteld' && !approved) {
      h.add(
        `meetings[${i}].minutesStatus`,
        `De notulen zijn vastgesteld, maar versie ${m.minutesVersion} staat niet in minutesVersions.`,
      );
    } else if (m.minutesStatus === 'concept' && approved) {
      h.add(
        `meetings[${i}].minutesStatus`,
        `De notulen zijn in concept (versie ${m.minutesVersion}), maar die versie staat als vastgesteld in minutesVersions.`,
      );
    }
  });
}

/**
 * The region a besluit belongs to: that of its overleg, followed through the file and, for what
 * the file does not hold, the database. Null when a step leads nowhere (reported elsewhere).
 */
function decisionRegions(db: Db, doc: ExchangeDocument) {
  const stored = createMeetingRegionLookup(db);
  const meetings = new Map(doc.meetings.map((m) => [m.id, m.regionId]));
  const items = new Map(doc.agendaItems.map((i) => [i.id, i.meetingId]));
  const decisions = new Map(doc.decisions.map((d) => [d.id, d.agendaItemId]));
  const meeting = (id: string) => meetings.get(id) ?? stored('meeting', id);
  const item = (id: string) => {
    const meetingId = items.get(id);
    return meetingId ? meeting(meetingId) : stored('agendaItem', id);
  };
  return (id: string) => {
    const itemId = decisions.get(id);
    return itemId ? item(itemId) : stored('decision', id);
  };
}

export function checkMeetings(db: Db, doc: ExchangeDocument, h: CheckHelpers) {
  const stored = createMeetingPartLookup(db);
  checkAttendees(doc, stored, h);
  checkParts(doc, h);
  checkMinutesVersions(doc, stored, h);
  // An agreement's decisions: in the file or already stored (the link has a foreign key), and
  // taken in the agreement's own region.
  const regionOf = decisionRegions(db, doc);
  doc.agreements.forEach((a, i) => {
    a.decisionLinks.forEach((d, j) => {
      const path = `agreements[${i}].decisionLinks[${j}].decisionId`;
      if (!h.resolve('decision', d.decisionId)) {
        h.add(path, `Besluit ${d.decisionId} ${NOWHERE}`);
        return;
      }
      const problem = decisionLinkProblem({
        agreement: a.regionId,
        decision: regionOf(d.decisionId),
      });
      if (problem) h.add(path, `Besluit ${d.decisionId}: ${problem}`);
    });
  });
}
