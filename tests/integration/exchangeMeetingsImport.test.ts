/**
 * Issue 7: what import refuses in the overleggen' lists, each with a Dutch message at its JSON
 * path, and the database unchanged (the whole import is one transaction).
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ExchangeDocument } from '../../shared/exchange/schema';
import { makeApi, type TestApi } from '../fixtures/api';
import { meetingCounts, meetingDossier } from './exchangeMeetingsSeed';

const opened: TestApi[] = [];
async function open() {
  const api = await makeApi();
  opened.push(api);
  return api;
}
afterEach(() => {
  while (opened.length) opened.pop()!.close();
});

const NOWHERE = 'staat niet in het bestand en ook niet in deze database.';

/**
 * A full export of the meeting dossier, and an empty database to read it into. The records are
 * sorted so that the dossier's main meeting, its agreement and its first agenda item come first
 * (the fixed clock gives them all the same createdAt, so the export orders them by id).
 */
async function exported() {
  const source = await open();
  const world = meetingDossier(source);
  const doc = source.call('dossier.export', { regionId: null });
  const first = (id: string) => (x: { id: string }, y: { id: string }) =>
    Number(y.id === id) - Number(x.id === id);
  doc.meetings.sort(first(world.meeting.id));
  doc.agreements.sort(first(world.agreement.id));
  doc.agendaItems.sort(first(world.item.id));
  const target = await open();
  return { source, world, doc, target };
}

/** Imports `document`, which must fail; proves nothing changed and returns the error. */
function refused(api: TestApi, document: unknown) {
  const before = meetingCounts(api);
  const error = api.fail('dossier.import', { document });
  expect(error.message).toMatch(/niets veranderd/);
  expect(meetingCounts(api)).toEqual(before);
  return error;
}

const issue = (path: string, message: string | RegExp) => ({
  path,
  message: typeof message === 'string' ? message : expect.stringMatching(message),
});

describe('import refuses what does not fit in the overleggen', () => {
  it('references that lead nowhere', async () => {
    const { doc, target } = await exported();
    const [m] = doc.meetings;
    const nobody = crypto.randomUUID();
    m!.regionId = crypto.randomUUID();
    m!.chairId = nobody;
    m!.minuteTakerId = nobody;
    m!.attendees[0]!.contactId = nobody;
    doc.agendaItems[0]!.meetingId = crypto.randomUUID();
    doc.agendaItems[1]!.agreementIds = [nobody];
    doc.decisions[0]!.agendaItemId = crypto.randomUUID();
    doc.actionItems[0]!.agendaItemId = crypto.randomUUID();
    doc.actionItems[0]!.ownerId = nobody;
    doc.agreements[0]!.decisionLinks[0]!.decisionId = nobody;
    const error = refused(target, doc);
    expect(error.code).toBe('invalid_input');
    expect(error.issues).toEqual(
      expect.arrayContaining([
        issue('meetings[0].regionId', `Regio ${m!.regionId} ${NOWHERE}`),
        issue('meetings[0].chairId', `Persoon ${nobody} ${NOWHERE}`),
        issue('meetings[0].minuteTakerId', `Persoon ${nobody} ${NOWHERE}`),
        issue('meetings[0].attendees[0].contactId', `Persoon ${nobody} ${NOWHERE}`),
        issue('agendaItems[0].meetingId', `Overleg ${doc.agendaItems[0]!.meetingId} ${NOWHERE}`),
        issue('agendaItems[1].agreementIds[0]', `Afspraak ${nobody} ${NOWHERE}`),
        issue('decisions[0].agendaItemId', /^Agendapunt .* staat niet in het bestand/),
        issue('actionItems[0].agendaItemId', /^Agendapunt .* staat niet in het bestand/),
        issue('actionItems[0].ownerId', `Persoon ${nobody} ${NOWHERE}`),
        issue('agreements[0].decisionLinks[0].decisionId', `Besluit ${nobody} ${NOWHERE}`),
      ]),
    );
  });

  it('a decision link to a decision already in the database is fine', async () => {
    const { source, doc } = await exported();
    expect(doc.agreements[0]!.decisionLinks).toHaveLength(1);
    // The agreement comes anew (new ids), its decisions are the stored ones.
    const a = structuredClone(doc.agreements[0]!);
    a.id = crypto.randomUUID();
    const changes = doc.agreementStatusChanges
      .filter((c) => c.agreementId === doc.agreements[0]!.id)
      .map((c) => ({ ...c, id: crypto.randomUUID(), agreementId: a.id }));
    const only = { ...emptyLists(doc), agreements: [a], agreementStatusChanges: changes };
    expect(source.call('dossier.import', { document: only }).counts.agreements).toBe(1);
    expect(source.call('agreements.get', { id: a.id }).decisionLinks).toHaveLength(1);
  });

  it('duplicate ids, and ids another kind of record uses', async () => {
    const { source, world, doc, target } = await exported();
    doc.meetings.push(structuredClone(doc.meetings[0]!));
    const first = doc.meetings[0]!;
    first.attendees[1]!.id = first.attendees[0]!.id;
    doc.minutesVersions[1]!.id = doc.regions[0]!.id;
    const error = refused(target, doc);
    const n = doc.meetings.length - 1;
    expect(error.issues).toEqual(
      expect.arrayContaining([
        issue(`meetings[${n}].id`, 'Deze id komt meer dan eens voor in het bestand.'),
        issue('meetings[0].attendees[1].id', 'Deze id komt meer dan eens voor in het bestand.'),
        issue(
          'minutesVersions[1].id',
          `Id ${doc.regions[0]!.id} is in het bestand al gebruikt voor een regio (regions[0]); een id hoort bij één gegeven.`,
        ),
      ]),
    );

    // In the database: an attendee whose id a stored region has.
    const fresh = source.call('dossier.export', { regionId: null });
    const m = fresh.meetings.find((x) => x.id === world.meeting.id);
    const newIds = { ...emptyLists(fresh), meetings: [{ ...m!, id: crypto.randomUUID() }] };
    newIds.meetings[0]!.attendees = [{ ...m!.attendees[0]!, id: fresh.regions[0]!.id }];
    newIds.meetings[0]!.minutesStatus = 'concept';
    expect(refused(source, newIds).issues).toContainEqual(
      issue(
        'meetings[0].attendees[0].id',
        `Id ${fresh.regions[0]!.id} is in deze database al in gebruik voor een regio; een id hoort bij één gegeven.`,
      ),
    );
  });

  it('a meeting that is already stored is a conflict, never merged', async () => {
    const { source, doc } = await exported();
    const groningen = doc.meetings.find((m) => m.title === 'Regio-overleg Groningen')!;
    const error = refused(source, { ...emptyLists(doc), meetings: [groningen] });
    expect(error.code).toBe('conflict');
    expect(error.issues).toEqual([
      issue(
        'meetings[0].id',
        `Overleg met id ${groningen.id} bestaat al in deze database; overleggen worden bij het inlezen niet samengevoegd.`,
      ),
    ]);
  });

  it('the same file read twice: only conflicts, nothing written', async () => {
    const { doc, target } = await exported();
    target.call('dossier.import', { document: doc });
    const error = refused(target, doc);
    expect(error.code).toBe('conflict');
    const paths = error.issues!.map((i) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'meetings[0].id',
        'meetings[0].attendees[0].id',
        'agendaItems[0].id',
        'decisions[0].id',
        'actionItems[0].id',
        'minutesVersions[0].id',
      ]),
    );
  });

  it('an end time before the start, a guest without a name or with a person, an invitee twice', async () => {
    const { doc, target } = await exported();
    const [m] = doc.meetings;
    m!.endTime = '13:00';
    m!.attendees[2]!.guestName = '';
    m!.attendees[0]!.guestName = 'Ook een gast';
    const error = refused(target, doc);
    expect(error.issues).toEqual(
      expect.arrayContaining([
        issue('meetings[0].endTime', 'De eindtijd moet na de begintijd liggen'),
        issue('meetings[0].attendees[2].guestName', /^Een gast heeft een naam/),
        issue('meetings[0].attendees[0].guestName', /persoon \(contactId\) of een gast/),
      ]),
    );

    const twice = structuredClone(doc);
    const invitee = { ...twice.meetings[0]!.attendees[0]!, guestName: '' };
    twice.meetings[0]!.endTime = '16:00';
    twice.meetings[0]!.attendees = [invitee, { ...invitee, id: crypto.randomUUID(), position: 1 }];
    expect(refused(target, twice).issues).toEqual([
      issue('meetings[0].attendees[1]', 'Deze persoon staat er dubbel in.'),
    ]);
  });

  it('trash groups: only on deleted items, with a root; no live item under a deleted one', async () => {
    const { doc, target } = await exported();
    const live = doc.agendaItems.findIndex((i) => i.deletedAt === null);
    doc.agendaItems[live]!.trashGroup = doc.agendaItems[live]!.id;
    const deleted = doc.agendaItems.findIndex((i) => i.deletedAt !== null && i.trashGroup !== i.id);
    const ghost = crypto.randomUUID();
    doc.agendaItems[deleted]!.trashGroup = ghost;
    const under = doc.agendaItems.find((i) => i.deletedAt !== null)!;
    doc.decisions.push({
      ...doc.decisions[0]!,
      id: crypto.randomUUID(),
      agendaItemId: under.id,
      position: 5,
    });
    const error = refused(target, doc);
    expect(error.issues).toEqual(
      expect.arrayContaining([
        issue(
          `agendaItems[${live}].trashGroup`,
          'Een prullenbakgroep hoort alleen bij een verwijderd item.',
        ),
        issue(
          `agendaItems[${deleted}].trashGroup`,
          new RegExp(`^Prullenbakgroep ${ghost} bestaat niet`),
        ),
        issue(
          `decisions[${doc.decisions.length - 1}].agendaItemId`,
          `Agendapunt ${under.id} is verwijderd, maar dit item niet.`,
        ),
      ]),
    );
  });

  it('minutes versions: once per number, not beyond the meeting, there when vastgesteld', async () => {
    const { doc, target } = await exported();
    const [v1, v2] = doc.minutesVersions;
    v2!.version = 1;
    const error = refused(target, doc);
    expect(error.issues).toEqual([
      issue(
        'minutesVersions[1].version',
        'Versie 1 van de notulen van dit overleg staat er dubbel in.',
      ),
      issue(
        'meetings[0].minutesStatus',
        'De notulen zijn vastgesteld, maar versie 2 staat niet in minutesVersions.',
      ),
    ]);

    v2!.version = 3;
    expect(refused(target, doc).issues).toContainEqual(
      issue(
        'minutesVersions[1].version',
        'Het overleg is bij versie 2 van de notulen; versie 3 kan er nog niet zijn.',
      ),
    );

    v2!.version = 2;
    doc.meetings[0]!.minutesStatus = 'concept';
    expect(refused(target, doc).issues).toEqual([
      issue(
        'meetings[0].minutesStatus',
        /^De notulen zijn in concept \(versie 2\), maar die versie/,
      ),
    ]);
    expect(v1!.version).toBe(1);
  });

  it('parts and history come only with the record they belong to', async () => {
    const { source, doc } = await exported();
    const item = { ...doc.agendaItems[0]!, id: crypto.randomUUID() };
    const decision = { ...doc.decisions[0]!, id: crypto.randomUUID() };
    const version = { ...doc.minutesVersions[0]!, id: crypto.randomUUID(), version: 7 };
    const entry = doc.auditLog.find((e) => e.entity === 'meeting')!;
    const error = refused(source, {
      ...emptyLists(doc),
      agendaItems: [item],
      decisions: [decision],
      minutesVersions: [version],
      auditLog: [entry],
    });
    expect(error.issues).toEqual([
      issue(
        'agendaItems[0].meetingId',
        'Een agendapunt kan alleen samen met zijn overleg worden ingelezen.',
      ),
      issue(
        'decisions[0].agendaItemId',
        'Een besluit kan alleen samen met zijn agendapunt worden ingelezen.',
      ),
      issue(
        'minutesVersions[0].meetingId',
        'Een notulenversie kan alleen samen met haar overleg worden ingelezen.',
      ),
      issue(
        'auditLog[0].entityId',
        `Geschiedenis kan alleen samen met het gegeven zelf worden ingelezen: overleg ${entry.entityId} staat niet in dit bestand.`,
      ),
    ]);
  });

  it('an action that is afgerond without a date (schema)', async () => {
    const { doc, target } = await exported();
    doc.actionItems[0]!.doneOn = null;
    expect(refused(target, doc).issues).toEqual([
      issue(
        'actionItems[0].doneOn',
        'Een afgerond actiepunt heeft een datum waarop het is afgerond',
      ),
    ]);
  });
});

/** The document with every list empty: to import a few records on their own. */
function emptyLists(doc: ExchangeDocument): ExchangeDocument {
  return {
    ...doc,
    ...Object.fromEntries(
      Object.entries(doc)
        .filter(([, v]) => Array.isArray(v))
        .map(([k]) => [k, []]),
    ),
  } as ExchangeDocument;
}
