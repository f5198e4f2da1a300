import { beforeEach, describe, expect, it } from 'vitest';
import { AUDITED_FIELDS } from '../../db/entityKinds';
import { historySection } from '../../electron/dossier/sections/history';
import type { DossierData } from '../../electron/dossier/collect';
import type { Entity } from '../../shared/domain';
import type { Input } from '../../shared/api/contract';
import { displayRule } from '../../shared/fieldDisplay';
import { fieldLabelLower, hasFieldLabel } from '../../shared/fieldLabels';
import { meetingText } from '../../shared/schemas/meeting';
import { makeApi, type TestApi } from '../fixtures/api';
import { addContact } from '../fixtures/register';
import { seed, type World } from './agreementsSeed';

/** The history of an overleg and its parts in plain Dutch: labels, times, names, whole values. */

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-/;

describe('meeting history', () => {
  let api: TestApi;
  let w: World;
  beforeEach(async () => {
    api = await makeApi();
    w = seed(api);
  });
  /** A werkgroep on 12 november 2026, 14:00–16:00, with `extra`. */
  const createMeeting = (extra: Partial<Input<'meetings.create'>> = {}) =>
    api.call('meetings.create', {
      regionId: w.region.id,
      kind: 'werkgroep',
      title: 'Werkgroep wonen',
      date: '2026-11-12',
      startTime: '14:00',
      endTime: '16:00',
      ...extra,
    });
  const texts = (entity: Entity, id: string) =>
    api.call('history.list', { entity, id }).map((e) => e.text.replace(/^.* om \d\d:\d\d: /, ''));

  it('names the fields in Dutch, times as times, people by name, choices by label', () => {
    const anna = addContact(api, w.gemeente.id, 'Anna de Vries');
    const m = createMeeting({
      kind: 'voortgangsgesprek',
      title: 'Voortgangsgesprek najaar',
      chairId: w.owner.id,
    });
    api.call('meetings.update', {
      id: m.id,
      kind: 'werkgroep',
      title: m.title,
      date: m.date,
      startTime: '15:00',
      endTime: m.endTime,
      ...meetingText.of(m),
      location: 'Stadhuis Leeuwarden',
      online: true,
      chairId: anna.id,
      minuteTakerId: null,
    });
    const [update, create] = texts('meeting', m.id);
    expect(update).toBe(
      'soort overleg van Voortgangsgesprek naar Werkgroep; aanvang van 14:00 naar 15:00; ' +
        'locatie van (leeg) naar ‘Stadhuis Leeuwarden’; online van nee naar ja; ' +
        'voorzitter van Jan Jansen naar Anna de Vries.',
    );
    expect(create).toBe(
      'soort overleg Voortgangsgesprek; titel ‘Voortgangsgesprek najaar’; datum 12 november 2026; ' +
        'aanvang 14:00; einde 16:00; online nee; voorzitter Jan Jansen; status van de notulen Concept; ' +
        'versie van de notulen 1.',
    );
  });

  it('tells agenda items, besluiten and actiepunten in Dutch, with long values whole', () => {
    const m = createMeeting();
    const item = api.call('agenda.add', { meetingId: m.id, title: 'Opening', presenter: 'Jan' });
    expect(texts('agendaItem', item.id)).toEqual([
      'titel ‘Opening’; inleider ‘Jan’; vertrouwelijk nee; plaats op de agenda 1.',
    ]);
    const long = `Het college besluit ${'de regio '.repeat(20)}te steunen.`;
    const decision = api.call('decisions.add', { agendaItemId: item.id, text: long });
    expect(texts('decision', decision.id)[0]).toBe(
      `besluit ‘${long}’; plaats in de besluitenlijst 1.`,
    );
    const action = api.call('actions.add', {
      agendaItemId: item.id,
      text: 'Offerte opvragen',
      ownerId: w.owner.id,
      dueDate: '2026-12-01',
    });
    api.call('actions.setStatus', { id: action.id, status: 'afgerond', doneOn: '2026-11-20' });
    expect(texts('actionItem', action.id)).toEqual([
      'status van Open naar Afgerond; afgerond op van (leeg) naar 20 november 2026.',
      'actiepunt ‘Offerte opvragen’; wie Jan Jansen; uiterlijk 1 december 2026; status Open; ' +
        'plaats in de actielijst 1.',
    ]);
  });

  it('the dossier annex reads the same sentences', () => {
    const m = createMeeting({ chairId: w.owner.id });
    const [entry] = api.call('history.list', { entity: 'meeting', id: m.id });
    const html = historySection.render({
      history: [
        { at: entry!.at, subject: 'Overleg Werkgroep wonen', actor: '', text: entry!.text },
      ],
    } as DossierData);
    expect(html).toContain('aanvang 14:00; einde 16:00');
    expect(html).toContain('voorzitter Jan Jansen');
    expect(html).not.toMatch(UUID);
  });

  it('the demo dossier’s whole history has no raw field names and no ids', () => {
    api.call('dossier.loadDemo', {});
    const rows = api.ctx.repos.audit
      .all()
      .filter((r) => r.entity !== 'import' && r.entity !== 'settings');
    expect(rows.length).toBeGreaterThan(50);
    for (const row of rows) {
      const entity = row.entity as Entity;
      for (const field of Object.keys(row.changes)) {
        expect(hasFieldLabel(field, entity), `${entity}.${field}`).toBe(true);
        expect(displayRule(entity, field), `${entity}.${field}`).toBeDefined();
      }
      for (const entry of api.call('history.list', { entity, id: row.entityId })) {
        expect(entry.text, entry.text).not.toMatch(UUID);
        // "type" is also the Dutch word: only names that differ from their label count.
        const raw = AUDITED_FIELDS[entity].filter((f) => f !== fieldLabelLower(f, entity));
        for (const field of raw) {
          expect(entry.text, entry.text).not.toMatch(new RegExp(`\\b${field}\\b`));
        }
      }
    }
  });
});
