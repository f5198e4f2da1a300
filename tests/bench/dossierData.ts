/**
 * A large region for the dossier bench (issue 8): 300 agreements with a description of some 150
 * words and 40 meetings of eight agenda items (by default; the bench takes more) with about 400 words of minutes each, decisions and
 * actions, vastgesteld — some 400 pages. Written through the handler table.
 */
import type { Api } from '../../electron/api/createApi';

function call<T>(api: Api, method: string, input: unknown): T {
  const result = api.invoke(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as T;
}

const WORDS =
  'de regio bespreekt voortgang valpreventie coördinatie wijkteams zorgverzekeraar zorgkantoor geëvalueerd mantelzorg ondersteuning gemeenten afspraak uitvoering'.split(
    ' ',
  );
const words = (n: number, seed: number) =>
  Array.from({ length: n }, (_, i) => WORDS[(seed * 7 + i * 3) % WORDS.length]).join(' ');
const paragraphs = (n: number, seed: number) =>
  Array.from({ length: n }, (_, i) => `<p>${words(80, seed + i)}.</p>`).join('');

/** `size`: the bench's dossier of over 1,000 pages takes 700 afspraken and 70 meetings. */
export function seedLargeRegion(api: Api, size = { agreements: 300, meetings: 40 }): string {
  const regionId = call<{ id: string }>(api, 'regions.create', { name: 'Regio Groot' }).id;
  const themes = call<{ id: string }[]>(api, 'themes.list', {}).map((t) => t.id);
  const member = { regionId, role: 'deelnemer', since: null, until: null };
  const parties = Array.from({ length: 12 }, (_, i) =>
    call<{ id: string }>(api, 'parties.create', {
      type: 'gemeente',
      name: `Gemeente ${i + 1}`,
      membership: member,
    }),
  );
  for (let i = 0; i < size.agreements; i += 1) {
    call(api, 'agreements.create', {
      regionId,
      title: `Afspraak ${i + 1}: ${words(5, i)}`,
      descriptionHtml: paragraphs(2, i),
      themeIds: [themes[i % themes.length]],
      parties: [{ partyId: parties[i % parties.length]!.id, role: 'trekker' }],
    });
  }
  for (let m = 0; m < size.meetings; m += 1) {
    // Monthly from 2020: vastgesteld, so in the past (70 meetings end in 2025).
    const date = new Date(Date.UTC(2020, 0, 10) + m * 30 * 86_400_000).toISOString().slice(0, 10);
    const meeting = call<{ id: string }>(api, 'meetings.create', {
      regionId,
      kind: 'voortgangsgesprek',
      title: `Voortgangsgesprek ${m + 1}`,
      date,
      startTime: '14:00',
      endTime: '16:00',
    });
    for (let i = 0; i < 8; i += 1) {
      const item = call<{ id: string }>(api, 'agenda.add', {
        meetingId: meeting.id,
        title: `Agendapunt ${i + 1}`,
      });
      call(api, 'agenda.saveMinutes', {
        agendaItemId: item.id,
        minutesHtml: paragraphs(4, m + i),
        baseRevision: 0,
      });
      call(api, 'decisions.add', { agendaItemId: item.id, text: `Besluit: ${words(12, i)}.` });
      call(api, 'actions.add', { agendaItemId: item.id, text: `Actie: ${words(8, m)}` });
    }
    call(api, 'minutes.approve', {
      meetingId: meeting.id,
      approvedOn: date,
      approvedIn: 'Volgend overleg',
    });
  }
  return regionId;
}
