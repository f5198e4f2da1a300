import type { Input, Method, Output } from '../../shared/api/contract';
import type { AgreementStatus } from '../../shared/domain';
import { todayIso } from '../../shared/dates';

/**
 * A small region with five agreements for the dashboard and review specs, created through the
 * real handler table (not the demo, whose agreements would blur the counts). Dates are relative to
 * today, so each agreement lands in a known dashboard list whatever day the tests run.
 */

type Api = <M extends Method>(method: M, input: Input<M>) => Output<M>;

export function dayOffset(days: number): string {
  const d = new Date(`${todayIso()}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const PATH: AgreementStatus[] = [
  'concept',
  'in_bespreking',
  'vastgesteld',
  'in_uitvoering',
  'afgerond',
];

export interface Seeded {
  regionId: string;
  themes: Record<'Ouderen' | 'GGZ' | 'Preventie', string>;
  ids: Record<'valpreventie' | 'wachtlijst' | 'gezond' | 'dementie' | 'wonen', string>;
}

export const SEED_REGION = 'Regio Eemland';

export function seedAgreements(api: Api): Seeded {
  const regionId = api('regions.create', { name: SEED_REGION }).id;
  api('settings.update', { userName: 'Anna de Vries', currentRegionId: regionId });
  const member = { regionId, role: 'deelnemer', since: null, until: null } as const;
  const gemeente = api('parties.create', {
    type: 'gemeente',
    name: 'Gemeente Amersfoort',
    membership: member,
  });
  api('parties.create', {
    type: 'zorgverzekeraar',
    name: 'Zorgverzekeraar Eemzorg',
    membership: member,
  });
  api('contacts.create', {
    name: 'Sanne de Wit',
    function: 'wethouder zorg',
    partyId: gemeente.id,
  });
  const themeList = api('themes.list', {});
  const theme = (name: string) => {
    const found = themeList.find((t) => t.name === name);
    if (!found) throw new Error(`Thema ${name} ontbreekt`);
    return found.id;
  };
  const themes = { Ouderen: theme('Ouderen'), GGZ: theme('GGZ'), Preventie: theme('Preventie') };
  const parties = api('parties.list', { regionId });
  const people = api('contacts.list', { regionId });
  const [owner] = people;
  if (!owner || parties.length < 2) throw new Error('Partijen of personen ontbreken');

  const create = (
    title: string,
    themeIds: string[],
    to: AgreementStatus,
    extra: Partial<Input<'agreements.create'>> = {},
    transitionOn = todayIso(),
  ) => {
    const a = api('agreements.create', {
      regionId,
      title,
      themeIds,
      descriptionHtml: `<p>${title}: de partijen werken samen aan <strong>betere zorg</strong> in de regio.</p>`,
      parties: [
        { partyId: parties[0]!.id, role: 'trekker' },
        { partyId: parties[1]!.id, role: 'financier' },
      ],
      financing: ['wmo', 'zvw'],
      ...extra,
    });
    for (const status of PATH.slice(1, PATH.indexOf(to) + 1)) {
      api('agreements.transition', { id: a.id, to: status, on: transitionOn });
    }
    return a.id;
  };

  const ids = {
    // In uitvoering, evaluation in 20 days, recent progress: only "binnen 60 dagen".
    valpreventie: create('Valpreventie thuiswonende ouderen', [themes.Ouderen], 'in_uitvoering', {
      ownerId: owner.id,
      nextEvaluation: dayOffset(20),
      dekking: { granted: true, by: 'Bestuurlijk overleg zorg', on: dayOffset(-30) },
    }),
    // In bespreking without owner or dekking, evaluation 10 days ago: overdue.
    wachtlijst: create('Wachtlijstaanpak GGZ jeugd', [themes.GGZ], 'in_bespreking', {
      nextEvaluation: dayOffset(-10),
    }),
    // Concept with owner, without dekking.
    gezond: create('Samen gezond leven', [themes.Preventie], 'concept', { ownerId: owner.id }),
    // Vastgesteld a year ago, never any progress: stale.
    dementie: create(
      'Dementievriendelijke regio',
      [themes.Ouderen, themes.Preventie],
      'vastgesteld',
      {
        ownerId: owner.id,
        adoptedOn: dayOffset(-365),
        dekking: { granted: true, by: 'Regionaal bestuurlijk overleg', on: dayOffset(-370) },
      },
      dayOffset(-365),
    ),
    // Afgerond: in the matrix, in no warning list.
    wonen: create('Levensloopbestendig wonen', [themes.Ouderen], 'afgerond', { ownerId: owner.id }),
  };
  api('agreements.addProgress', {
    agreementId: ids.valpreventie,
    on: dayOffset(-7),
    text: 'Eerste 40 huisbezoeken afgelegd; valrisico bij 12 ouderen verlaagd.',
  });
  api('agreements.requestReview', {
    agreementIds: [ids.valpreventie, ids.dementie],
    on: dayOffset(-2),
  });
  return { regionId, themes, ids };
}
