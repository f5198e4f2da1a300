import type { Db } from './sqlite';

/**
 * Everything the dossier holds about one person, for an access request under the AVG (issue 9):
 * the person's own record, their roles, the afspraken they own, the overleggen they took part in
 * or chaired, their actiepunten, the history of their record, the changes they made as a user,
 * and where their name appears in free text (notulen, afspraken, voortgangsberichten). Items in
 * the Prullenbak are included and marked: they are still stored.
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
  const like = `%${person.name.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const mentions = [
    ...all(
      `SELECT 'notulen' AS kind, m.title || ' (' || m.date || '), ' || i.title AS place
         FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id
        WHERE i.minutes_text LIKE @p ESCAPE '\\' OR i.presenter LIKE @p ESCAPE '\\'`,
      like,
    ),
    ...all(
      `SELECT 'afspraak' AS kind, title AS place FROM agreement
        WHERE description_text LIKE @p ESCAPE '\\'`,
      like,
    ),
    ...all(
      `SELECT 'voortgangsbericht' AS kind, a.title || ' (' || u.on_date || ')' AS place
         FROM progress_update u JOIN agreement a ON a.id = u.agreement_id
        WHERE u.text LIKE @p ESCAPE '\\'`,
      like,
    ),
  ];
  return { person, roles, agreements, meetings, actions, history, asUser, mentions };
}
export type PersonalData = NonNullable<ReturnType<typeof personalDataOf>>;
