/**
 * The crash test's child (tests/crash/crashRun.ts): commits numbered transactions through our own
 * handler table, one after another, and prints each number after its commit returned. The parent
 * kills it with SIGKILL at a random moment. Usage: writer.ts <database> <round>
 *
 * It writes as a meeting is kept: step i is, in turn, a new region, a minutes autosave of the
 * round's agenda item (with the revision it was based on), an actiepunt, and a new meeting. The
 * round's region, meeting and agenda item are made before "klaar".
 */
import type { Input, Method } from '../../shared/api/contract';
import { createApi } from '../../electron/api/createApi';
import { crashName, stepKind } from './steps';

const [file, round] = process.argv.slice(2);
const api = await createApi(file!, { logError: () => undefined });

function call<M extends Method>(method: M, input: Input<M>) {
  const result = api.invoke(method, input);
  if (!result.ok) {
    process.stderr.write(`${method}: ${result.error.message}\n`);
    process.exit(1);
  }
  return result.value as never;
}

const region = call('regions.create', { name: crashName(round!, 'regio', 0) }) as { id: string };
const meetingInput = (title: string): Input<'meetings.create'> => ({
  regionId: region.id,
  kind: 'ambtelijk_regio_overleg',
  title,
  date: '2026-11-12',
  startTime: '10:00',
  endTime: '12:00',
});
const meeting = call('meetings.create', meetingInput(crashName(round!, 'overleg', 0))) as {
  id: string;
};
const item = call('agenda.add', { meetingId: meeting.id, title: 'Notulen' }) as { id: string };
let revision = 0;
process.stdout.write('klaar\n');

for (let i = 1; ; i += 1) {
  const kind = stepKind(i);
  if (kind === 'regio') {
    call('regions.create', { name: crashName(round!, kind, i), description: 'x'.repeat(i % 50) });
  } else if (kind === 'notulen') {
    const saved = call('agenda.saveMinutes', {
      agendaItemId: item.id,
      minutesHtml: `<p>${crashName(round!, kind, i)}</p>`,
      baseRevision: revision,
    }) as { minutesRevision: number };
    revision = saved.minutesRevision;
  } else if (kind === 'actie') {
    call('actions.add', { agendaItemId: item.id, text: crashName(round!, kind, i) });
  } else {
    call('meetings.create', meetingInput(crashName(round!, kind, i)));
  }
  process.stdout.write(`${i}\n`);
}
