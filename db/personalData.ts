import { findMentions, snapshotTexts } from './personMentions';
import { likeAny, personMatcher, type PersonMatcher } from './personMatch';
import { prepareRows, type ColumnsOf } from './preparedSql';
import { packagesSentTo } from './reviewPackages';
import type { Db } from './sqlite';

type Text = string | null;
/** The rows of `sql` with the person's id as @p, typed by `columns`. */
const rowsFor = <Row>(db: Db, sql: string, columns: ColumnsOf<Row>, p: string) =>
  prepareRows<Row>(db, sql, columns).all({ p });

/**
 * Everything the dossier holds about one person, for an access request under the AVG (issue 9):
 * the person's own record, their roles, the afspraken they own, the overleggen they took part in
 * or chaired, the gespreksverslagen they took part in, their actiepunten, the history of their record, the changes they made as a user,
 * the voortgangsberichten and status changes they wrote, the beoordelingen they gave, the
 * besluiten that name them, the beoordelingspakketten sent to them, their invitations as a
 * guest (by name or address), the vastgestelde notulen that name them, and where their name or address appears in free text. Items in the
 * Prullenbak are included and marked: they are still stored. Keys are the columns' own names;
 * the handler gives them their Dutch names (shared/personalDataKeys.ts).
 */
export function personalDataOf(db: Db, contactId: string) {
  const [person] = rowsFor<{
    id: string;
    name: string;
    function: string;
    email: string;
    phone: string;
    notes: string;
    active: number;
    created_at: string;
    updated_at: string;
    deleted_at: Text;
    party: Text;
  }>(
    db,
    `SELECT c.id, c.name, c.function, c.email, c.phone, c.notes, c.active, c.created_at, c.updated_at,
            c.deleted_at, p.name AS party
       FROM contact c LEFT JOIN party p ON p.id = c.party_id WHERE c.id = @p`,
    {
      id: 'text',
      name: 'text',
      function: 'text',
      email: 'text',
      phone: 'text',
      notes: 'text',
      active: 'number',
      created_at: 'text',
      updated_at: 'text',
      deleted_at: 'text?',
      party: 'text?',
    },
    contactId,
  );
  if (!person) return null;
  const roles = rowsFor<{
    region: string;
    party: Text;
    role: string;
    theme: Text;
    mandate: string;
    since: Text;
    until: Text;
    deleted_at: Text;
  }>(
    db,
    `SELECT r.name AS region, p.name AS party, ra.role, t.name AS theme, ra.mandate, ra.since, ra.until,
            ra.deleted_at
       FROM role_assignment ra JOIN region r ON r.id = ra.region_id
       LEFT JOIN party p ON p.id = ra.party_id LEFT JOIN theme t ON t.id = ra.theme_id
      WHERE ra.contact_id = @p ORDER BY ra.since, ra.id`,
    {
      region: 'text',
      party: 'text?',
      role: 'text',
      theme: 'text?',
      mandate: 'text',
      since: 'text?',
      until: 'text?',
      deleted_at: 'text?',
    },
    contactId,
  );
  const agreements = rowsFor<{
    id: string;
    title: string;
    case_number: string;
    status: string;
    region: string;
    deleted_at: Text;
  }>(
    db,
    `SELECT a.id, a.title, a.case_number, a.status, r.name AS region, a.deleted_at
       FROM agreement a JOIN region r ON r.id = a.region_id
      WHERE a.owner_id = @p ORDER BY a.sort_key`,
    {
      id: 'text',
      title: 'text',
      case_number: 'text',
      status: 'text',
      region: 'text',
      deleted_at: 'text?',
    },
    contactId,
  );
  const meetings = rowsFor<{
    id: string;
    title: string;
    date: string;
    region: string;
    role: string;
    attendance: Text;
    deleted_at: Text;
  }>(
    db,
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
    {
      id: 'text',
      title: 'text',
      date: 'text',
      region: 'text',
      role: 'text',
      attendance: 'text?',
      deleted_at: 'text?',
    },
    contactId,
  );
  const actions = rowsFor<{
    text: string;
    due_date: Text;
    status: string;
    done_on: Text;
    meeting: string;
    meeting_date: string;
    deleted_at: Text;
  }>(
    db,
    `SELECT ai.text, ai.due_date, ai.status, ai.done_on,
            coalesce(m.title, 'Gespreksverslag ' || c.title) AS meeting,
            coalesce(m.date, c.date) AS meeting_date, ai.deleted_at
       FROM action_item ai LEFT JOIN agenda_item i ON i.id = ai.agenda_item_id
       LEFT JOIN meeting m ON m.id = i.meeting_id
       LEFT JOIN conversation c ON c.id = ai.conversation_id
      WHERE ai.owner_id = @p ORDER BY meeting_date, ai.position`,
    {
      text: 'text',
      due_date: 'text?',
      status: 'text',
      done_on: 'text?',
      meeting: 'text',
      meeting_date: 'text',
      deleted_at: 'text?',
    },
    contactId,
  );
  const conversations = rowsFor<{
    title: string;
    date: string;
    kind: string;
    region: string;
    deleted_at: Text;
  }>(
    db,
    `SELECT c.title, c.date, c.kind, r.name AS region, c.deleted_at
       FROM conversation_participant cp JOIN conversation c ON c.id = cp.conversation_id
       JOIN region r ON r.id = c.region_id
      WHERE cp.contact_id = @p ORDER BY c.date, c.id`,
    { title: 'text', date: 'text', kind: 'text', region: 'text', deleted_at: 'text?' },
    contactId,
  );
  const history = rowsFor<{ at: string; actor: string; action: string; changes: string }>(
    db,
    `SELECT at, actor, action, changes FROM audit_log
      WHERE entity = 'contact' AND entity_id = @p ORDER BY id`,
    { at: 'text', actor: 'text', action: 'text', changes: 'text' },
    contactId,
  ).map((e) => ({ ...e, changes: JSON.parse(e.changes) as unknown }));
  // As a user of the app: the audit actor is "Naam" or "Naam (Organisatie)".
  const [asUser] = rowsFor<{ n: number; first: Text; last: Text }>(
    db,
    `SELECT count(*) AS n, min(at) AS first, max(at) AS last FROM audit_log
      WHERE actor = @p OR substr(actor, 1, length(@p) + 2) = @p || ' ('`,
    { n: 'number', first: 'text?', last: 'text?' },
    person.name,
  );
  const m = personMatcher([{ name: person.name, email: person.email }])!;
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
    conversations,
    actions,
    history,
    reviewPackages: packagesSentTo(db, contactId),
    asUser: asUser!,
    mentions,
    ...writtenBy(db, m),
    ...namedIn(db, m),
  };
}
export type PersonalData = NonNullable<ReturnType<typeof personalDataOf>>;

/** Rows whose `column` (after `where`) may name the person; the matcher decides after. */
function rowsNaming<Row>(
  db: Db,
  m: PersonMatcher,
  sql: string,
  naming: string[],
  columns: ColumnsOf<Row>,
): Row[] {
  const parts = naming.map((c) => likeAny(c, m));
  const text = sql.replace('@naming', `(${parts.map((p) => p.where).join(' OR ')})`);
  return prepareRows<Row>(db, text, columns).all(parts[0]!.params);
}

/** What the person wrote or gave as a user: voortgang, status changes, beoordelingen. */
function writtenBy(db: Db, m: PersonMatcher) {
  return {
    progress: rowsNaming<{
      agreement: string;
      on_date: string;
      text: string;
      actor: string;
      deleted_at: Text;
    }>(
      db,
      m,
      `SELECT a.title AS agreement, u.on_date, u.text, u.actor, u.deleted_at
         FROM progress_update u JOIN agreement a ON a.id = u.agreement_id
        WHERE @naming ORDER BY u.on_date, u.id`,
      ['u.actor'],
      { agreement: 'text', on_date: 'text', text: 'text', actor: 'text', deleted_at: 'text?' },
    ).filter((r) => m.isPerson(r.actor)),
    statusChanges: rowsNaming<{
      agreement: string;
      from_status: Text;
      to_status: string;
      on_date: string;
      note: string;
      reason: string;
      at: string;
      actor: string;
    }>(
      db,
      m,
      `SELECT a.title AS agreement, s.from_status, s.to_status, s.on_date, s.note, s.reason, s.at,
              s.actor
         FROM agreement_status_change s JOIN agreement a ON a.id = s.agreement_id
        WHERE @naming ORDER BY s.at, s.id`,
      ['s.actor'],
      {
        agreement: 'text',
        from_status: 'text?',
        to_status: 'text',
        on_date: 'text',
        note: 'text',
        reason: 'text',
        at: 'text',
        actor: 'text',
      },
    ).filter((r) => m.isPerson(r.actor)),
    reviews: rowsNaming<{
      agreement: string;
      name: string;
      on_date: string;
      verdict: string;
      remark: string;
    }>(
      db,
      m,
      `SELECT a.title AS agreement, r.reviewer_name AS name, r.on_date, r.verdict, r.remark
         FROM agreement_review r JOIN agreement a ON a.id = r.agreement_id
        WHERE @naming ORDER BY r.on_date, r.id`,
      ['r.reviewer_name'],
      { agreement: 'text', name: 'text', on_date: 'text', verdict: 'text', remark: 'text' },
    ).filter((r) => m.isPerson(r.name)),
  };
}

/** Besluiten, guest invitations and vastgestelde notulen that name the person. */
function namedIn(db: Db, m: PersonMatcher) {
  const decisions = rowsNaming<{
    meeting: string;
    meeting_date: string;
    agenda_item: string;
    text: string;
    deleted_at: Text;
  }>(
    db,
    m,
    `SELECT mt.title AS meeting, mt.date AS meeting_date, i.title AS agenda_item, d.text, d.deleted_at
       FROM decision d JOIN agenda_item i ON i.id = d.agenda_item_id
       JOIN meeting mt ON mt.id = i.meeting_id
      WHERE @naming ORDER BY mt.date, i.position, d.position`,
    ['d.text'],
    {
      meeting: 'text',
      meeting_date: 'text',
      agenda_item: 'text',
      text: 'text',
      deleted_at: 'text?',
    },
  ).filter((r) => m.test(r.text));
  const guestInvitations = rowsNaming<{
    meeting: string;
    meeting_date: string;
    name: string;
    email: string;
    organisation: string;
    attendance: string;
    deleted_at: Text;
  }>(
    db,
    m,
    `SELECT mt.title AS meeting, mt.date AS meeting_date, a.guest_name AS name,
            a.guest_email AS email, a.guest_organisation AS organisation, a.attendance,
            mt.deleted_at
       FROM meeting_attendee a JOIN meeting mt ON mt.id = a.meeting_id
      WHERE a.contact_id IS NULL AND @naming ORDER BY mt.date, a.position`,
    ['a.guest_name', 'a.guest_email'],
    {
      meeting: 'text',
      meeting_date: 'text',
      name: 'text',
      email: 'text',
      organisation: 'text',
      attendance: 'text',
      deleted_at: 'text?',
    },
  ).filter((r) => m.isPerson(r.name) || m.isPerson(r.email));
  const minutesVersions = rowsNaming<{
    meeting: string;
    meeting_date: string;
    version: number;
    approved_on: string;
    approved_in: string;
    correction_reason: string;
    actor: string;
    snapshot: string;
  }>(
    db,
    m,
    `SELECT mt.title AS meeting, mt.date AS meeting_date, v.version, v.approved_on, v.approved_in,
            v.correction_reason, v.actor, v.snapshot
       FROM minutes_version v JOIN meeting mt ON mt.id = v.meeting_id
      WHERE @naming ORDER BY mt.date, v.version`,
    ['v.snapshot', 'v.actor', 'v.approved_in', 'v.correction_reason'],
    {
      meeting: 'text',
      meeting_date: 'text',
      version: 'number',
      approved_on: 'text',
      approved_in: 'text',
      correction_reason: 'text',
      actor: 'text',
      snapshot: 'text',
    },
  ).flatMap(({ snapshot, actor, ...v }) => {
    const s = JSON.parse(snapshot) as {
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
    const approvedBy = m.isPerson(actor);
    const own = [v.approved_in, v.correction_reason].some((t) => m.test(t));
    if (!attendance.length && !actions.length && !texts.length && !approvedBy && !own) return [];
    return [{ ...v, actor: approvedBy ? actor : null, attendance, actions, texts }];
  });
  return { decisions, guestInvitations, minutesVersions };
}
