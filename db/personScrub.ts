import { RECORD_KINDS, type RecordKind } from '../shared/recordKinds';
import { likeAny, mapStrings, REMOVED, type PersonMatcher } from './personMatch';
import { prepareRows } from './preparedSql';
import type { Db } from './sqlite';

/**
 * The AVG erasure of everything that holds a person rather than text about them, done with every
 * purge of a person (docs/avg-export.md): nothing here is the user's free text, so nothing is
 * asked. Each place narrows in SQL and decides with the matcher:
 * - fields that name who did something (the audit log's actor, who wrote a voortgangsbericht or
 *   changed a status, who vastgesteld notulen, who gave a beoordeling) become "[verwijderd]";
 * - guests invited by name or address: name "[verwijderd]", address empty (the row stays, so the
 *   meeting's attendance still adds up);
 * - vastgestelde notulen: the names in the snapshot's attendance and action owners become
 *   "[verwijderd]" (an erasure overrides the rule that vastgestelde notulen never change);
 * - the audit log's `changes`: every string that names the person is scrubbed (the history is a
 *   copy, not the text the user keeps);
 * - the dossier's "Uw naam" setting, when it is this person.
 */
/** The fields that name who did something, per kind (shared/recordKinds.ts). */
const ACTOR_FIELDS = RECORD_KINDS.filter(
  (k): k is Extract<RecordKind, { actorColumn: string }> => 'actorColumn' in k,
);

export function scrubPerson(db: Db, m: PersonMatcher): void {
  // The id as text: the audit log's is an integer (SQLite compares it back as one on UPDATE).
  const candidates = (table: string, column: string, extra = '') => {
    const like = likeAny(column, m);
    const sql = `SELECT CAST(id AS TEXT) AS id, ${column} AS value FROM ${table}
      WHERE ${like.where} ${extra}`;
    return prepareRows<{ id: string; value: string }>(db, sql, { id: 'text', value: 'text' }).all(
      like.params,
    );
  };

  // Who did something: the whole field goes.
  for (const { table, actorColumn: column } of ACTOR_FIELDS) {
    const set = db.prepare(`UPDATE ${table} SET ${column} = ? WHERE id = ?`);
    for (const r of candidates(table, column)) if (m.isPerson(r.value)) set.run(REMOVED, r.id);
  }

  // Guests: by name or by address.
  const guest = db.prepare(
    `UPDATE meeting_attendee SET guest_name = '${REMOVED}', guest_email = '' WHERE id = ?`,
  );
  const guests = [
    ...candidates('meeting_attendee', 'guest_name', 'AND contact_id IS NULL'),
    ...candidates('meeting_attendee', 'guest_email', 'AND contact_id IS NULL'),
  ];
  for (const r of guests) if (m.isPerson(r.value)) guest.run(r.id);
  // A gespreksverslag's deelnemer by name.
  const named = db.prepare(
    `UPDATE conversation_participant SET guest_name = '${REMOVED}' WHERE id = ?`,
  );
  for (const r of candidates('conversation_participant', 'guest_name', 'AND contact_id IS NULL'))
    if (m.isPerson(r.value)) named.run(r.id);

  // The names in vastgestelde notulen.
  const setSnapshot = db.prepare('UPDATE minutes_version SET snapshot = ? WHERE id = ?');
  for (const r of candidates('minutes_version', 'snapshot')) {
    const next = JSON.stringify(scrubSnapshotNames(JSON.parse(r.value) as unknown, m));
    if (next !== r.value) setSnapshot.run(next, r.id);
  }

  // The names in vastgelegde gespreksverslagen: deelnemers and action owners.
  const setVersion = db.prepare('UPDATE conversation_version SET snapshot = ? WHERE id = ?');
  for (const r of candidates('conversation_version', 'snapshot')) {
    const v = JSON.parse(r.value) as {
      participants?: unknown[];
      actions?: { ownerName?: unknown }[];
    };
    const named = (s: unknown) => (typeof s === 'string' && m.isPerson(s) ? REMOVED : s);
    const next = JSON.stringify({
      ...v,
      ...(Array.isArray(v.participants) ? { participants: v.participants.map(named) } : {}),
      ...(Array.isArray(v.actions)
        ? { actions: v.actions.map((a) => ({ ...a, ownerName: named(a.ownerName) })) }
        : {}),
    });
    if (next !== r.value) setVersion.run(next, r.id);
  }

  // Beoordelingspakketten: who received and sent (who made and read in: their actorColumn); the
  // snapshots as sent.
  for (const [table, column] of [
    ['review_package', 'reviewer_name'],
    ['review_package', 'sender_name'],
  ] as const) {
    const set = db.prepare(`UPDATE ${table} SET ${column} = ? WHERE id = ?`);
    for (const r of candidates(table, column)) if (m.isPerson(r.value)) set.run(REMOVED, r.id);
  }
  // The message sent with a package is a copy, as the history is: scrubbed where it names them.
  const setMessage = db.prepare('UPDATE review_package SET message = ? WHERE id = ?');
  for (const r of candidates('review_package', 'message')) {
    const next = m.replace(r.value);
    if (next !== r.value) setMessage.run(next, r.id);
  }
  const sentSnapshots = prepareRows<{ packageId: string; agreementId: string; value: string }>(
    db,
    `SELECT package_id AS packageId, agreement_id AS agreementId, snapshot AS value
      FROM review_package_agreement WHERE ${likeAny('snapshot', m).where}`,
    { packageId: 'text', agreementId: 'text', value: 'text' },
  ).all(likeAny('snapshot', m).params);
  const setSent = db.prepare(
    'UPDATE review_package_agreement SET snapshot = ? WHERE package_id = ? AND agreement_id = ?',
  );
  for (const r of sentSnapshots) {
    const next = JSON.stringify(mapStrings(JSON.parse(r.value) as unknown, (s) => m.replace(s)));
    if (next !== r.value) setSent.run(next, r.packageId, r.agreementId);
  }

  // The history's changes.
  const setChanges = db.prepare('UPDATE audit_log SET changes = ? WHERE id = ?');
  for (const r of candidates('audit_log', 'changes')) {
    const next = JSON.stringify(mapStrings(JSON.parse(r.value) as unknown, (s) => m.replace(s)));
    if (next !== r.value) setChanges.run(next, r.id);
  }

  const userName = prepareRows<{ value: string }>(
    db,
    "SELECT value FROM setting WHERE key = 'userName'",
    { value: 'text' },
  ).get();
  if (userName && m.isPerson(userName.value)) {
    db.prepare(`DELETE FROM setting WHERE key = 'userName'`).run();
  }
}

/** A snapshot with the persons' names in attendance and action owners made "[verwijderd]". */
export function scrubSnapshotNames(value: unknown, m: PersonMatcher): unknown {
  const v = value as {
    attendees?: { name?: unknown }[];
    agenda?: { actions?: { ownerName?: unknown }[] }[];
  };
  const named = (s: unknown) => (typeof s === 'string' && m.isPerson(s) ? REMOVED : s);
  return {
    ...v,
    ...(Array.isArray(v.attendees)
      ? { attendees: v.attendees.map((a) => ({ ...a, name: named(a.name) })) }
      : {}),
    ...(Array.isArray(v.agenda)
      ? {
          agenda: v.agenda.map((item) => ({
            ...item,
            ...(Array.isArray(item.actions)
              ? { actions: item.actions.map((a) => ({ ...a, ownerName: named(a.ownerName) })) }
              : {}),
          })),
        }
      : {}),
  };
}
