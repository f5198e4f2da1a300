import { findMentions, snapshotTexts } from './personMentions';
import { likeAny, personMatcher, type PersonMatcher } from './personMatch';
import type { Db } from './sqlite';

/**
 * Everything the dossier holds about one person, for an access request under the AVG (issue 9):
 * the person's own record, their roles, the afspraken they own, the overleggen they took part in
 * or chaired, their actiepunten, the history of their record, the changes they made as a user,
 * the voortgangsberichten and status changes they wrote, the beoordelingen they gave, the
 * besluiten that name them, their invitations as a guest (by name or address), the vastgestelde
 * notulen that name them, and where their name or address appears in free text. Items in the
 * Prullenbak are included and marked: they are still stored. Keys are the columns' own names;
 * the handler gives them their Dutch names (shared/personalDataKeys.ts).
 */
export function personalDataOf(db: Db, contactId: string) {
  const person = db
    .prepare(
      `SELECT c.id, c.name, c.function, c.email, c.phone, c.notes, c.active, c.created_at, c.updated_at,
              c.deleted_at, p.name AS party
         FROM contact c LEFT JOIN party p ON p.id = c.party_id WHERE c.id = ?`,
    )
    .get(contactId) as
    | (Record<string, unknown> & { name: string; active: number; deleted_at: string | null })
    | undefined;
  if (!person) return null;
  const all = (sql: string, p: string) => db.prepare(sql).all({ p }) as Record<string, unknown>[];
  const roles = all(
    `SELECT r.name AS region, p.name AS party, ra.role, t.name AS theme, ra.mandate, ra.since, ra.until,
            ra.deleted_at
       FROM role_assignment ra JOIN region r ON r.id = ra.region_id
       LEFT JOIN party p ON p.id = ra.party_id LEFT JOIN theme t ON t.id = ra.theme_id
      WHERE ra.contact_id = @p ORDER BY ra.since, ra.id`,
    contactId,
  );
  const agreements = all(
    `SELECT a.id, a.title, a.case_number, a.status, r.name AS region, a.deleted_at
       FROM agreement a JOIN region r ON r.id = a.region_id
      WHERE a.owner_id = @p ORDER BY a.sort_key`,
    contactId,
  );
  const meetings = all(
    `SELECT m.id, m.title, m.date, r.name AS region,
            CASE WHEN m.chair_id = @p THEN 'voorzitter' WHEN m.minute_taker_id = @p THEN 'notulist'
                 ELSE 'deelnemer' END AS role,
            (SELECT attendance FROM meeting_attendee ma WHERE ma.meeting_id = m.id AND ma.contact_id = @p)
              AS attendance,
            m.deleted_at
       FROM meeting m JOIN region r ON r.id = m.region_id
      WHERE m.chair_id = @p OR m.minute_taker_id = @p
         OR EXISTS (SELECT 1 FROM meeting_attendee ma WHERE ma.meeting_id = m.id AND ma.contact_id = @p)
      ORDER BY m.date, m.id`,
    contactId,
  );
  const actions = all(
    `SELECT ai.text, ai.due_date, ai.status, ai.done_on, m.title AS meeting, m.date AS meeting_date,
            ai.deleted_at
       FROM action_item ai JOIN agenda_item i ON i.id = ai.agenda_item_id
       JOIN meeting m ON m.id = i.meeting_id
      WHERE ai.owner_id = @p ORDER BY m.date, ai.position`,
    contactId,
  );
  const history = all(
    `SELECT at, actor, action, changes FROM audit_log
      WHERE entity = 'contact' AND entity_id = @p ORDER BY id`,
    contactId,
  ).map((e) => ({ ...e, changes: JSON.parse(String(e.changes)) as unknown }));
  // As a user of the app: the audit actor is "Naam" or "Naam (Organisatie)".
  const asUser = db
    .prepare(
      `SELECT count(*) AS n, min(at) AS first, max(at) AS last FROM audit_log
        WHERE actor = @p OR substr(actor, 1, length(@p) + 2) = @p || ' ('`,
    )
    .get({ p: person.name }) as { n: number; first: string | null; last: string | null };
  const m = personMatcher([{ name: person.name, email: String(person.email ?? '') }])!;
  const mentions = findMentions(db, m).map(({ kind, place, excerpt }) => ({
    kind,
    place,
    excerpt,
  }));
  return {
    person,
    roles,
    agreements,
    meetings,
    actions,
    history,
    asUser,
    mentions,
    ...writtenBy(db, m),
    ...namedIn(db, m),
  };
}
export type PersonalData = NonNullable<ReturnType<typeof personalDataOf>>;

/** Rows whose `column` (after `where`) may name the person; the matcher decides after. */
function rowsNaming(db: Db, m: PersonMatcher, sql: string, columns: string[]) {
  const parts = columns.map((c) => likeAny(c, m));
  return db
    .prepare(sql.replace('@naming', `(${parts.map((p) => p.where).join(' OR ')})`))
    .all(parts[0]!.params) as Record<string, unknown>[];
}

/** What the person wrote or gave as a user: voortgang, status changes, beoordelingen. */
function writtenBy(db: Db, m: PersonMatcher) {
  const by = (row: Record<string, unknown>, column: string) => m.isPerson(String(row[column]));
  return {
    progress: rowsNaming(
      db,
      m,
      `SELECT a.title AS agreement, u.on_date, u.text, u.actor, u.deleted_at
         FROM progress_update u JOIN agreement a ON a.id = u.agreement_id
        WHERE @naming ORDER BY u.on_date, u.id`,
      ['u.actor'],
    ).filter((r) => by(r, 'actor')),
    statusChanges: rowsNaming(
      db,
      m,
      `SELECT a.title AS agreement, s.from_status, s.to_status, s.on_date, s.note, s.reason, s.at,
              s.actor
         FROM agreement_status_change s JOIN agreement a ON a.id = s.agreement_id
        WHERE @naming ORDER BY s.at, s.id`,
      ['s.actor'],
    ).filter((r) => by(r, 'actor')),
    reviews: rowsNaming(
      db,
      m,
      `SELECT a.title AS agreement, r.reviewer_name AS name, r.on_date, r.verdict, r.remark
         FROM agreement_review r JOIN agreement a ON a.id = r.agreement_id
        WHERE @naming ORDER BY r.on_date, r.id`,
      ['r.reviewer_name'],
    ).filter((r) => by(r, 'name')),
  };
}

/** Besluiten, guest invitations and vastgestelde notulen that name the person. */
function namedIn(db: Db, m: PersonMatcher) {
  const decisions = rowsNaming(
    db,
    m,
    `SELECT mt.title AS meeting, mt.date AS meeting_date, i.title AS agenda_item, d.text, d.deleted_at
       FROM decision d JOIN agenda_item i ON i.id = d.agenda_item_id
       JOIN meeting mt ON mt.id = i.meeting_id
      WHERE @naming ORDER BY mt.date, i.position, d.position`,
    ['d.text'],
  ).filter((r) => m.test(String(r.text)));
  const guestInvitations = rowsNaming(
    db,
    m,
    `SELECT mt.title AS meeting, mt.date AS meeting_date, a.guest_name AS name,
            a.guest_email AS email, a.guest_organisation AS organisation, a.attendance,
            mt.deleted_at
       FROM meeting_attendee a JOIN meeting mt ON mt.id = a.meeting_id
      WHERE a.contact_id IS NULL AND @naming ORDER BY mt.date, a.position`,
    ['a.guest_name', 'a.guest_email'],
  ).filter((r) => m.isPerson(String(r.name)) || m.isPerson(String(r.email)));
  const minutesVersions = rowsNaming(
    db,
    m,
    `SELECT mt.title AS meeting, mt.date AS meeting_date, v.version, v.approved_on, v.approved_in,
            v.correction_reason, v.actor, v.snapshot
       FROM minutes_version v JOIN meeting mt ON mt.id = v.meeting_id
      WHERE @naming ORDER BY mt.date, v.version`,
    ['v.snapshot', 'v.actor', 'v.approved_in', 'v.correction_reason'],
  ).flatMap(({ snapshot, actor, ...v }) => {
    const s = JSON.parse(String(snapshot)) as {
      attendees?: { name: string; attendance: string }[];
      agenda?: {
        title: string;
        actions?: { text: string; ownerName: string | null; dueDate: string | null }[];
      }[];
    };
    const attendance = (s.attendees ?? [])
      .filter((a) => m.isPerson(a.name))
      .map((a) => a.attendance);
    const actions = (s.agenda ?? []).flatMap((item) =>
      (item.actions ?? [])
        .filter((a) => a.ownerName !== null && m.isPerson(a.ownerName))
        .map((a) => ({ agenda_item: item.title, text: a.text, due_date: a.dueDate })),
    );
    const texts = (s.agenda ?? []).flatMap((item) =>
      snapshotTexts({ agenda: [item] })
        .filter((t) => m.test(t))
        .map((t) => ({ agenda_item: item.title, excerpt: m.excerpt(t) })),
    );
    const approvedBy = m.isPerson(String(actor));
    const own = [v.approved_in, v.correction_reason].some((t) => m.test(String(t)));
    if (!attendance.length && !actions.length && !texts.length && !approvedBy && !own) return [];
    return [{ ...v, actor: approvedBy ? actor : null, attendance, actions, texts }];
  });
  return { decisions, guestInvitations, minutesVersions };
}
