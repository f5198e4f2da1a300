/**
 * Meetings in `npm run bench` (issue 7): the meetings list of a region with 5,000 meetings beside
 * its raw SQL baseline (budget: ratio), and the autosave of one agenda item's minutes in a meeting
 * of 30 items and about 20,000 words (budget: p95 ≤ 20 ms, in process: the handler, the sanitiser
 * and the write; IPC adds well under a millisecond).
 */
import type { Api } from '../../electron/api/createApi';
import { Database } from '../../db/sqlite';
import { MEETING_KINDS } from '../../shared/domain';
import { meetingText } from '../../shared/schemas/meeting';
import { percentile, timeMs, type Figure } from './stats';

const MEETINGS = 5_000;
const PAGE = 50;
const RUNS = 60;

function call<T>(api: Api, method: string, input: unknown): T {
  const result = api.invoke(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as T;
}

const WORDS =
  'de regio bespreekt voortgang valpreventie coördinatie wijkteams zorgverzekeraar zorgkantoor'.split(
    ' ',
  );
/** About `words` words of minutes in paragraphs, with some emphasis and a list. */
function minutesOf(words: number, seed: number): string {
  const paragraphs: string[] = [];
  for (let p = 0; p * 60 < words; p += 1) {
    const text = Array.from(
      { length: 60 },
      (_, i) => WORDS[(seed + p * 7 + i) % WORDS.length],
    ).join(' ');
    paragraphs.push(
      p % 4 === 3 ? `<ul><li>${text}</li></ul>` : `<p><strong>Punt ${p + 1}.</strong> ${text}</p>`,
    );
  }
  return paragraphs.join('');
}

export function meetingFigures(api: Api, file: string): Figure[] {
  const regionId = call<{ currentRegionId: string }>(api, 'settings.get', {}).currentRegionId;
  const w = { actor: 'Bench', now: new Date().toISOString() };
  const repos = api.ctx.repos;
  const start = Date.UTC(2010, 0, 1);
  repos.db.transaction(() => {
    for (let i = 0; i < MEETINGS; i += 1) {
      const date = new Date(start + i * 86_400_000).toISOString().slice(0, 10);
      const m = repos.meetings.create(
        {
          regionId,
          kind: MEETING_KINDS[i % MEETING_KINDS.length]!,
          title: `Overleg ${i + 1}`,
          date,
          startTime: '14:00',
          endTime: '16:00',
          ...meetingText.empty,
          location: 'Stadhuis',
          online: false,
          chairId: null,
          minuteTakerId: null,
        },
        w,
      );
      if (i % 10 === 0) {
        repos.agenda.add(
          m.id,
          { title: 'Opening', presenter: '', confidential: false, agreementIds: [] },
          undefined,
          w,
        );
      }
    }
  })();

  // The big meeting: 30 items of about 670 words each.
  const big = call<{ id: string }>(api, 'meetings.create', {
    regionId,
    kind: 'voortgangsgesprek',
    title: 'Groot overleg',
    date: '2027-01-01',
    startTime: '10:00',
    endTime: '16:00',
  });
  const items: string[] = [];
  for (let i = 0; i < 30; i += 1) {
    const item = call<{ id: string }>(api, 'agenda.add', {
      meetingId: big.id,
      title: `Agendapunt ${i + 1}`,
    });
    call(api, 'agenda.saveMinutes', {
      agendaItemId: item.id,
      minutesHtml: minutesOf(670, i),
      baseRevision: 0,
    });
    items.push(item.id);
  }
  const saves: number[] = [];
  // Each item's minutes revision: every save names the one it was based on.
  const revisions = items.map(() => 1);
  for (let i = 0; i < RUNS; i += 1) {
    const html = minutesOf(670, i) + `<p>Aanvulling ${i}</p>`;
    const at = i % 30;
    saves.push(
      timeMs(() => {
        const saved = call<{ minutesRevision: number }>(api, 'agenda.saveMinutes', {
          agendaItemId: items[at],
          minutesHtml: html,
          baseRevision: revisions[at],
        });
        revisions[at] = saved.minutesRevision;
      }),
    );
  }
  const open: number[] = [];
  for (let i = 0; i < 20; i += 1)
    open.push(timeMs(() => call(api, 'meetings.get', { id: big.id })));

  const raw = new Database(file, { readonly: true });
  try {
    const page = raw.prepare(
      `SELECT m.id, m.kind, m.title, m.date, m.start_time, m.end_time, m.minutes_status,
         (SELECT count(*) FROM agenda_item a WHERE a.meeting_id = m.id AND a.deleted_at IS NULL),
         (SELECT count(*) FROM agenda_item a CROSS JOIN action_item x ON x.agenda_item_id = a.id
           WHERE a.meeting_id = m.id AND a.deleted_at IS NULL AND x.deleted_at IS NULL AND x.status = 'open')
       FROM meeting m WHERE m.region_id = ? AND m.deleted_at IS NULL
       ORDER BY m.date DESC, m.start_time DESC, m.id LIMIT ${PAGE}`,
    );
    const total = raw.prepare(
      'SELECT count(*) FROM meeting WHERE region_id = ? AND deleted_at IS NULL',
    );
    const a: number[] = [];
    const b: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      call(api, 'meetings.list', { regionId });
      page.all(regionId);
    }
    for (let i = 0; i < RUNS; i += 1) {
      a.push(timeMs(() => call(api, 'meetings.list', { regionId, limit: PAGE })));
      b.push(timeMs(() => [page.all(regionId), total.get(regionId)]));
    }
    const ours = percentile(a, 95);
    const base = percentile(b, 95);
    return [
      {
        name: `overleggenlijst (${MEETINGS.toLocaleString('nl-NL')} overleggen, pagina van ${PAGE}): ons / ruwe query`,
        value: ours / base,
        unit: 'x',
        budget: 1.5,
      },
      {
        name: `  p95 ons ${ours.toFixed(1)} ms, ruwe query ${base.toFixed(1)} ms`,
        value: ours,
        unit: 'ms',
      },
      {
        name: 'notulen autosave (30 agendapunten, ~20.000 woorden), p95 in het proces',
        value: percentile(saves, 95),
        unit: 'ms',
        budget: 20,
      },
      {
        name: 'overleg met 30 agendapunten en ~20.000 woorden ophalen (meetings.get), p95',
        value: percentile(open, 95),
        unit: 'ms',
      },
    ];
  } finally {
    raw.close();
  }
}
