/**
 * Health check of a database file: SQLite's own checks plus the app's invariants.
 * Every problem comes back as one Dutch sentence; an empty list means all is well.
 */
import {
  AUDIT_EVENT_KINDS,
  ENTITIES,
  ENTITY_LABELS,
  NEW_MINUTES_STATUS,
  type Entity,
} from '../shared/domain';
import { decisionLinkProblem } from '../shared/decisionLinkRule';
import { ID_KIND_NOUNS, findSharedIds } from './idKinds';
import { createLabeler } from './labels';
import { prepareRows, type ColumnsOf } from './preparedSql';
import type { Db } from './sqlite';
import { TABLES } from './entityKinds';

export interface CheckProblem {
  /** Short code of the rule that failed, e.g. 'live_references_deleted'. */
  rule: string;
  message: string;
}

/** child entity → [column, parent entity, required] */
const REFERENCES: [Entity, string, Entity, boolean][] = [
  ['membership', 'region_id', 'region', true],
  ['membership', 'party_id', 'party', true],
  ['contact', 'party_id', 'party', false],
  ['roleAssignment', 'region_id', 'region', true],
  ['roleAssignment', 'contact_id', 'contact', true],
  ['roleAssignment', 'party_id', 'party', false],
  ['roleAssignment', 'theme_id', 'theme', false],
  ['agreement', 'region_id', 'region', true],
  ['progressUpdate', 'agreement_id', 'agreement', true],
  // A meeting's people may be in the Prullenbak (shown as absent): only its parts are checked.
  ['meeting', 'region_id', 'region', true],
  ['agendaItem', 'meeting_id', 'meeting', true],
  ['decision', 'agenda_item_id', 'agendaItem', true],
  // An action's source is an agenda item or a gespreksverslag (the table's CHECK: exactly one).
  ['actionItem', 'agenda_item_id', 'agendaItem', false],
  ['actionItem', 'conversation_id', 'conversation', false],
  ['conversation', 'region_id', 'region', true],
];

const FIELD_NAMES: Record<string, string> = {
  region_id: 'regio',
  party_id: 'partij',
  contact_id: 'persoon',
  theme_id: 'thema',
  agreement_id: 'afspraak',
  meeting_id: 'overleg',
  agenda_item_id: 'agendapunt',
  conversation_id: 'gespreksverslag',
};

/** Rows of one shape from SQL text (db/preparedSql.ts checks the columns when prepared). */
type Query = <Row>(columns: ColumnsOf<Row>) => (sql: string, ...params: unknown[]) => Row[];

/** Everything: SQLite's own checks and the app's invariants. */
export function checkDatabase(db: Db): CheckProblem[] {
  return [...checkSqlite(db), ...checkInvariants(db)];
}

/** SQLite's integrity_check and foreign_key_check: meaningful for any schema version. */
export function checkSqlite(db: Db): CheckProblem[] {
  const problems: CheckProblem[] = [];
  const add = (rule: string, message: string) => problems.push({ rule, message });
  const integrity = db.pragma('integrity_check') as { integrity_check: string }[];
  for (const r of integrity) {
    if (r.integrity_check !== 'ok')
      add('integrity_check', `SQLite meldt een beschadiging: ${r.integrity_check}`);
  }
  const fk = db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
  for (const r of fk) {
    add(
      'foreign_key_check',
      `Rij ${r.rowid} in tabel ${r.table} verwijst naar een rij in ${r.parent} die niet bestaat.`,
    );
  }
  return problems;
}

/** The app's own rules; they need the current schema. */
export function checkInvariants(db: Db): CheckProblem[] {
  const problems: CheckProblem[] = [];
  const add = (rule: string, message: string) => problems.push({ rule, message });
  const query: Query =
    (columns) =>
    (sql, ...params) =>
      prepareRows(db, sql, columns).all(...params);
  const ids = query<{ id: string }>({ id: 'text' });
  const refs = query<{ id: string; ref: string | null }>({ id: 'text', ref: 'text?' });
  const label = createLabeler(db);
  // Region, theme and membership labels already say what they are ("Regio …", "Deelname van …").
  const name = (entity: Entity, r: { id: string }) => {
    const own = label(entity, r.id);
    const prefix = ['party', 'contact', 'roleAssignment', 'meeting'].includes(entity) || !own;
    return `${prefix ? `${ENTITY_LABELS[entity]} ` : ''}${own} (${r.id})`.replace('  ', ' ');
  };

  for (const [child, column, parent, required] of REFERENCES) {
    const { table } = TABLES[child];
    const parentTable = TABLES[parent].table;
    const field = FIELD_NAMES[column];
    for (const r of refs(
      `SELECT t.id, t.${column} AS ref FROM ${table} t
       WHERE t.${column} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ${parentTable} p WHERE p.id = t.${column})`,
    )) {
      add(
        'missing_reference',
        `${name(child, r)} verwijst naar een ${field} die niet bestaat (${r.ref}).`,
      );
    }
    for (const r of refs(
      `SELECT t.id, t.${column} AS ref FROM ${table} t JOIN ${parentTable} p ON p.id = t.${column}
       WHERE t.deleted_at IS NULL AND p.deleted_at IS NOT NULL`,
    )) {
      add(
        'live_references_deleted',
        `${name(child, r)} verwijst naar een ${field} in de prullenbak (${r.ref}).`,
      );
    }
    if (required) {
      for (const r of ids(`SELECT t.id FROM ${table} t WHERE t.${column} IS NULL`)) {
        add('missing_reference', `${name(child, r)} heeft geen ${field}.`);
      }
    }
  }

  for (const entity of ['membership', 'roleAssignment'] as const) {
    const { table } = TABLES[entity];
    for (const r of ids(
      `SELECT t.id FROM ${table} t
       WHERE t.since IS NOT NULL AND t.until IS NOT NULL AND t.until <= t.since`,
    )) {
      add('period', `${name(entity, r)} eindigt niet na de begindatum.`);
    }
  }
  for (const r of ids(
    `SELECT t.id FROM role_assignment t
     WHERE t.role = 'trekker_thema' AND t.theme_id IS NULL AND t.deleted_at IS NULL`,
  )) {
    add('trekker_without_theme', `${name('roleAssignment', r)} is trekker zonder thema.`);
  }

  checkAgreements(query, add);
  checkMeetings(query, add, (r) => name('meeting', r));

  const roots = ENTITIES.map(
    (e) => `SELECT id FROM ${TABLES[e].table} WHERE deleted_at IS NOT NULL AND trash_group = id`,
  ).join(' UNION ALL ');
  for (const entity of ENTITIES) {
    const { table } = TABLES[entity];
    for (const r of ids(
      `SELECT t.id FROM ${table} t WHERE (t.deleted_at IS NULL) <> (t.trash_group IS NULL)`,
    )) {
      add(
        'trash_group',
        `${name(entity, r)}: verwijderdatum en prullenbakgroep passen niet bij elkaar.`,
      );
    }
    for (const r of refs(
      `SELECT t.id, t.trash_group AS ref FROM ${table} t
       WHERE t.trash_group IS NOT NULL AND t.trash_group NOT IN (${roots})`,
    )) {
      add(
        'trash_group',
        `${name(entity, r)} hoort bij een prullenbakgroep zonder begin (${r.ref}).`,
      );
    }
    for (const r of ids(
      `SELECT DISTINCT entity_id AS id FROM audit_log
       WHERE entity = ? AND entity_id NOT IN (SELECT id FROM ${table})`,
      entity,
    )) {
      add(
        'audit_orphan',
        `De geschiedenis noemt ${ENTITY_LABELS[entity].toLowerCase()} ${r.id}, die niet bestaat.`,
      );
    }
  }
  const entityList = [...ENTITIES, ...AUDIT_EVENT_KINDS].map((e) => `'${e}'`).join(', ');
  for (const r of ids(
    `SELECT DISTINCT entity AS id FROM audit_log WHERE entity NOT IN (${entityList})`,
  )) {
    add('audit_orphan', `De geschiedenis bevat regels voor een onbekend soort gegeven: ${r.id}.`);
  }

  for (const shared of findSharedIds(db)) {
    const kinds = shared.kinds.map((k) => ID_KIND_NOUNS[k]);
    add(
      'duplicate_id',
      `Id ${shared.id} wordt gebruikt door meer dan één soort gegeven: ${kinds.slice(0, -1).join(', ')} en ${kinds.at(-1)}.`,
    );
  }

  for (const r of query<{ id: string; label: string | null }>({ id: 'text', label: 'text?' })(
    `SELECT min(id) AS id, group_concat(name, ', ') AS label FROM theme WHERE deleted_at IS NULL
     GROUP BY lower(trim(name)) HAVING count(*) > 1`,
  )) {
    add('duplicate_theme', `Er zijn meerdere thema's met dezelfde naam: ${r.label}.`);
  }

  const [current] = query<{ value: string }>({ value: 'text' })(
    "SELECT value FROM setting WHERE key = 'currentRegionId'",
  );
  if (current && ids('SELECT id FROM region WHERE id = ?', current.value).length === 0) {
    add('settings', `De huidige regio in de instellingen bestaat niet (${current.value}).`);
  }
  return problems;
}

/** The afsprakenregister's own rules: status matches its history, dates in order. */
function checkAgreements(query: Query, add: (rule: string, message: string) => void) {
  const name = (r: { id: string; label: string }) => `Afspraak ${r.label} (${r.id})`;
  for (const r of query<{ id: string; label: string; ref: string; latest: string | null }>({
    id: 'text',
    label: 'text',
    ref: 'text',
    latest: 'text?',
  })(
    `SELECT a.id, a.title AS label, a.status AS ref,
       (SELECT sc.to_status FROM agreement_status_change sc WHERE sc.agreement_id = a.id
        ORDER BY sc.at DESC, sc.rowid DESC LIMIT 1) AS latest
     FROM agreement a WHERE latest IS NULL OR latest <> a.status`,
  )) {
    add(
      'agreement_status',
      `${name(r)} heeft status ${r.ref}, maar de laatste statuswijziging zegt iets anders.`,
    );
  }
  for (const r of query<{ id: string; label: string }>({ id: 'text', label: 'text' })(
    `SELECT a.id, a.title AS label FROM agreement a
     WHERE a.start_date IS NOT NULL AND a.end_date IS NOT NULL AND a.end_date < a.start_date`,
  )) {
    add('period', `${name(r)} eindigt vóór de startdatum.`);
  }
}

/** The overleggen's own rules: times in order, invitees, the vastgestelde version kept. */
function checkMeetings(
  query: Query,
  add: (rule: string, message: string) => void,
  meetingName: (r: { id: string }) => string,
) {
  const ids = query<{ id: string }>({ id: 'text' });
  for (const r of ids('SELECT id FROM meeting WHERE end_time <= start_time')) {
    add('period', `${meetingName(r)} eindigt niet na de begintijd.`);
  }
  // The table's CHECK says the same; a file written without it (or with it off) may not.
  for (const r of query<{ id: string; ref: string; label: number }>({
    id: 'text',
    ref: 'text',
    label: 'number',
  })(
    `SELECT a.id, a.meeting_id AS ref, a.contact_id IS NOT NULL AS label FROM meeting_attendee a
     WHERE (a.contact_id IS NULL) <> (a.guest_name <> '') ORDER BY a.id`,
  )) {
    add(
      'attendee',
      `Genodigde ${r.id} van overleg ${r.ref} ${r.label ? 'is een persoon en een gast tegelijk' : 'is geen persoon en geen gast met naam'}.`,
    );
  }
  // Vastgesteld (every status but the new one) means the approved text is kept in minutes_version.
  for (const r of query<{ id: string; ref: number }>({ id: 'text', ref: 'number' })(
    `SELECT m.id, m.minutes_version AS ref FROM meeting m WHERE m.minutes_status <> ?
     AND NOT EXISTS (SELECT 1 FROM minutes_version v
       WHERE v.meeting_id = m.id AND v.version = m.minutes_version)`,
    NEW_MINUTES_STATUS,
  )) {
    add(
      'minutes_version',
      `${meetingName(r)} heeft vastgestelde notulen (versie ${r.ref}), maar die versie is niet bewaard.`,
    );
  }
  // A besluit makes or changes only afspraken of its own region: the rule the API and the import
  // apply (shared/decisionLinkRule.ts), for links written some other way.
  const links = query<{
    id: string;
    label: string;
    ref: string;
    agreementRegion: string;
    decisionRegion: string;
  }>({ id: 'text', label: 'text', ref: 'text', agreementRegion: 'text', decisionRegion: 'text' })(
    `SELECT l.agreement_id AS id, a.title AS label, l.decision_id AS ref,
       a.region_id AS agreementRegion, m.region_id AS decisionRegion
     FROM agreement_decision_link l JOIN agreement a ON a.id = l.agreement_id
     JOIN decision d ON d.id = l.decision_id JOIN agenda_item i ON i.id = d.agenda_item_id
     JOIN meeting m ON m.id = i.meeting_id
     ORDER BY l.agreement_id, l.decision_id`,
  );
  for (const r of links) {
    const problem = decisionLinkProblem({
      agreement: r.agreementRegion,
      decision: r.decisionRegion,
    });
    if (problem) {
      add(
        'decision_link_region',
        `Afspraak ${r.label} (${r.id}) is gekoppeld aan besluit ${r.ref}: ${problem}`,
      );
    }
  }
}
