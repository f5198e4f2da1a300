import { sql } from 'drizzle-orm';
import { REQUIRED_ROLE_KINDS } from '../shared/domain';
import type { Overview, OverviewRow } from '../shared/schemas/roleAssignment';
import { period } from './period';
import { param } from './placeholders';
import { prepareSelect } from './preparedSql';
import { contact, party, regionMembership, roleAssignment } from './schema';
import type { Db } from './sqlite';

const m = regionMembership;
const ra = roleAssignment;

/** Order of party types in the aanspreekpunten-overzicht: the three werkstructuur partners first. */
const TYPE_ORDER = sql`CASE ${party.type} WHEN 'gemeente' THEN 1 WHEN 'zorgkantoor' THEN 2
  WHEN 'zorgverzekeraar' THEN 3 ELSE 4 END`;

/** Every participating party with its current bestuurlijk and ambtelijk aanspreekpunt. */
export function createOverviewQuery(db: Db) {
  const parties = prepareSelect(
    db,
    { id: party.id, name: party.name, type: party.type, role: m.role },
    sql`FROM ${m} JOIN ${party} ON ${party.id} = ${m.partyId}
      WHERE ${m.regionId} = ${param('regionId')} AND ${m.deletedAt} IS NULL
        AND ${party.deletedAt} IS NULL AND ${period.current(m)}
      ORDER BY ${TYPE_ORDER}, ${party.sortKey}`,
  );
  const people = prepareSelect(
    db,
    {
      id: ra.id,
      partyId: ra.partyId,
      role: ra.role,
      since: ra.since,
      contactId: contact.id,
      name: contact.name,
      function: contact.function,
    },
    sql`FROM ${ra}
      JOIN ${contact} ON ${contact.id} = ${ra.contactId} AND ${contact.deletedAt} IS NULL
        AND ${contact.active} = 1
      WHERE ${ra.regionId} = ${param('regionId')} AND ${ra.deletedAt} IS NULL
        AND ${ra.role} IN ('bestuurlijk_aanspreekpunt', 'ambtelijk_aanspreekpunt')
        AND ${period.notEnded(ra)}
      ORDER BY ${ra.since} IS NOT NULL AND ${ra.since} > ${param('day')}, ${ra.since},
        ${contact.sortKey}`,
  );

  return (regionId: string, day: string): Overview => {
    const rows = new Map<string, OverviewRow>();
    for (const p of parties.all({ regionId, day })) {
      rows.set(p.id, {
        partyId: p.id,
        partyName: p.name,
        partyType: p.type,
        membershipRole: p.role,
        bestuurlijk: [],
        ambtelijk: [],
        missing: [],
      });
    }
    for (const r of people.all({ regionId, day })) {
      const row = r.partyId ? rows.get(r.partyId) : undefined;
      if (!row) continue;
      const person = {
        roleAssignmentId: r.id,
        contactId: r.contactId,
        name: r.name,
        function: r.function,
        since: r.since,
        upcoming: r.since !== null && r.since > day,
      };
      (r.role === 'bestuurlijk_aanspreekpunt' ? row.bestuurlijk : row.ambtelijk).push(person);
    }
    let gapCount = 0;
    for (const row of rows.values()) {
      // Someone who starts later does not fill the gap today.
      const holds = (people: OverviewRow['bestuurlijk']) => people.some((p) => !p.upcoming);
      row.missing = REQUIRED_ROLE_KINDS.filter((kind) =>
        kind === 'bestuurlijk_aanspreekpunt' ? !holds(row.bestuurlijk) : !holds(row.ambtelijk),
      );
      if (row.missing.length) gapCount += 1;
    }
    return { regionId, day, rows: [...rows.values()], gapCount };
  };
}
