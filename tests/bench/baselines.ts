/**
 * Each hot query beside a raw baseline in the same process and minute: the minimal
 * better-sqlite3 statement that returns the same rows, with no mapping, sorting or dispatch.
 * Machines differ; the budget is the ratio (ours ≤ 1.5 × raw), the milliseconds are information.
 */
import type { Api } from '../../electron/api/createApi';
import { Database } from '../../db/sqlite';
import { percentile, timeMs, type Figure } from './stats';

const RUNS = 60;
/** The page size the afsprakenlijst asks for (renderer/data/pagedQuery.ts). */
const PAGE = 50;

function call(api: Api, method: string, input: unknown) {
  const result = api.invoke(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value;
}

/** p95 of `fn` after a warm-up, interleaved with `other` so both see the same machine load. */
function pair(ours: () => unknown, raw: () => unknown): { ours: number; raw: number } {
  for (let i = 0; i < 5; i += 1) {
    ours();
    raw();
  }
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    a.push(timeMs(ours));
    b.push(timeMs(raw));
  }
  return { ours: percentile(a, 95), raw: percentile(b, 95) };
}

const CONTACT_COUNT =
  '(SELECT count(*) FROM contact c WHERE c.party_id = p.id AND c.deleted_at IS NULL)';

export function baselineFigures(api: Api, file: string): Figure[] {
  const raw = new Database(file, { readonly: true });
  try {
    const regionId = (call(api, 'settings.get', {}) as { currentRegionId: string }).currentRegionId;
    const partiesInRegion = raw.prepare(
      `SELECT p.id, p.name, p.type, m.role, m.since, m.until, p.updated_at, ${CONTACT_COUNT}
       FROM region_membership m JOIN party p ON p.id = m.party_id
       WHERE m.region_id = ? AND m.deleted_at IS NULL AND p.deleted_at IS NULL
         AND (m.until IS NULL OR m.until > ?)
       ORDER BY p.sort_key`,
    );
    const allParties = raw.prepare(
      `SELECT p.id, p.name, p.type, p.updated_at, ${CONTACT_COUNT} FROM party p
       WHERE p.deleted_at IS NULL ORDER BY p.sort_key`,
    );
    // One page of the list as the screen asks for it (50 rows in title order) with what each row
    // shows: themes, party names and roles, financing, the owner's name, the latest progress
    // date and the review state; and the per-status counts that come with it.
    const agreementPage = raw.prepare(
      `SELECT a.*, o.name,
         (SELECT group_concat(theme_id, char(31)) FROM agreement_theme WHERE agreement_id = a.id),
         (SELECT group_concat(p.name || char(31) || ap.role, char(30)) FROM agreement_party ap
           JOIN party p ON p.id = ap.party_id AND p.deleted_at IS NULL WHERE ap.agreement_id = a.id),
         (SELECT group_concat(stream, char(31)) FROM agreement_financing WHERE agreement_id = a.id),
         (SELECT max(on_date) FROM progress_update WHERE agreement_id = a.id AND deleted_at IS NULL),
         (SELECT verdict FROM agreement_review WHERE agreement_id = a.id
           ORDER BY on_date DESC, created_at DESC LIMIT 1)
       FROM agreement a LEFT JOIN contact o ON o.id = a.owner_id AND o.deleted_at IS NULL
       WHERE a.region_id = ? AND a.deleted_at IS NULL
       ORDER BY a.sort_key, a.id LIMIT ${PAGE}`,
    );
    const agreementCounts = raw.prepare(
      `SELECT status, count(*), sum(confidential) FROM agreement
       WHERE region_id = ? AND deleted_at IS NULL GROUP BY status`,
    );
    // The same rows as contacts.list: the person, their organisation and current roles.
    const people = raw.prepare(
      `SELECT c.id, c.name, c.function, c.party_id, p.name, p.type, c.email, c.phone, c.active,
         (SELECT count(*) FROM role_assignment ra WHERE ra.contact_id = c.id
           AND ra.deleted_at IS NULL AND (ra.since IS NULL OR ra.since <= @day)
           AND (ra.until IS NULL OR ra.until > @day))
       FROM contact c LEFT JOIN party p ON p.id = c.party_id AND p.deleted_at IS NULL
       WHERE c.deleted_at IS NULL ORDER BY c.sort_key, c.id`,
    );
    const today = new Date().toISOString().slice(0, 10);
    const rows: [string, { ours: number; raw: number }][] = [
      [
        'partijenlijst (regio)',
        pair(
          () => call(api, 'parties.list', { regionId }),
          () => partiesInRegion.all(regionId, today),
        ),
      ],
      [
        'partijenlijst (alle partijen)',
        pair(
          () => call(api, 'parties.list', { regionId: null }),
          () => allParties.all(),
        ),
      ],
      [
        'personenlijst (iedereen)',
        pair(
          () => call(api, 'contacts.list', {}),
          () => people.all({ day: today }),
        ),
      ],
      [
        `afsprakenlijst (regio met 10.000, pagina van ${PAGE})`,
        pair(
          () => call(api, 'agreements.list', { regionId, limit: PAGE }),
          () => [agreementPage.all(regionId), agreementCounts.all(regionId)],
        ),
      ],
    ];
    return rows.flatMap(([name, t]) => [
      { name: `${name}: ons / ruwe query`, value: t.ours / t.raw, unit: 'x' as const, budget: 1.5 },
      {
        name: `  p95 ons ${t.ours.toFixed(1)} ms, ruwe query ${t.raw.toFixed(1)} ms`,
        value: t.ours,
        unit: 'ms' as const,
      },
    ]);
  } finally {
    raw.close();
  }
}
