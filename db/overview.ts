import { REQUIRED_ROLE_KINDS, type PartyType } from '../shared/domain';
import type { Overview, OverviewRow } from '../shared/schemas/roleAssignment';
import { currentSql, notEndedSql } from './period';
import type { Db } from './sqlite';

/** Order of party types in the aanspreekpunten-overzicht: the three werkstructuur partners first. */
const TYPE_ORDER = `CASE p.type WHEN 'gemeente' THEN 1 WHEN 'zorgkantoor' THEN 2
  WHEN 'zorgverzekeraar' THEN 3 ELSE 4 END`;

/** Every participating party with its current bestuurlijk and ambtelijk aanspreekpunt. */
export function createOverviewQuery(db: Db) {
  const parties = db.prepare(
    `SELECT p.id, p.name, p.type, m.role FROM region_membership m JOIN party p ON p.id = m.party_id
     WHERE m.region_id = @regionId AND m.deleted_at IS NULL AND p.deleted_at IS NULL
       AND ${currentSql('m')}
     ORDER BY ${TYPE_ORDER}, p.sort_key`,
  );
  const people = db.prepare(
    `SELECT ra.id, ra.party_id, ra.role, ra.since, c.id AS contact_id, c.name, c.function
     FROM role_assignment ra
     JOIN contact c ON c.id = ra.contact_id AND c.deleted_at IS NULL AND c.active = 1
     WHERE ra.region_id = @regionId AND ra.deleted_at IS NULL
       AND ra.role IN ('bestuurlijk_aanspreekpunt', 'ambtelijk_aanspreekpunt')
       AND ${notEndedSql('ra')}
     ORDER BY ra.since IS NOT NULL AND ra.since > @day, ra.since, c.sort_key`,
  );

  return (regionId: string, day: string): Overview => {
    const rows = new Map<string, OverviewRow>();
    for (const p of parties.all({ regionId, day }) as Record<string, string>[]) {
      rows.set(p.id!, {
        partyId: p.id!,
        partyName: p.name!,
        partyType: p.type as PartyType,
        membershipRole: p.role!,
        bestuurlijk: [],
        ambtelijk: [],
        missing: [],
      });
    }
    for (const r of people.all({ regionId, day }) as Record<string, string | null>[]) {
      const row = r.party_id ? rows.get(r.party_id) : undefined;
      if (!row) continue;
      const person = {
        roleAssignmentId: r.id!,
        contactId: r.contact_id!,
        name: r.name!,
        function: r.function ?? '',
        since: r.since ?? null,
        upcoming: r.since != null && r.since > day,
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
