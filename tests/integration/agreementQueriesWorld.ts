/**
 * A small region with agreements in every situation the list filters and the dashboard tell
 * apart. "Today" is 22 november 2026 (tests/fixtures/api.ts): evaluations up to 21 januari 2027
 * are due within 60 days, and progress before 22 mei 2026 is older than six months.
 */
import { addContact, addParty, addRegion, themeId } from '../fixtures/register';
import { afterEach, beforeEach } from 'vitest';
import { makeApi, type TestApi } from '../fixtures/api';
import { insertAgreement } from './agreementQueriesSeed';

export function buildWorld(api: TestApi) {
  const region = addRegion(api, 'Fryslân');
  const other = addRegion(api, 'Groningen');
  const gemeente = addParty(api, region.id, 'Gemeente Leeuwarden');
  const verzekeraar = addParty(api, region.id, 'De Friesland Zorgverzekeraar', 'zorgverzekeraar');
  const opgeheven = addParty(api, region.id, 'Opgeheven stichting', 'welzijn');
  const anna = addContact(api, gemeente.id, 'Anna de Vries');
  const vertrokken = addContact(api, gemeente.id, 'Piet Vertrokken');
  const theme = {
    ouderen: themeId(api, 'Ouderen'),
    ggz: themeId(api, 'GGZ'),
    preventie: themeId(api, 'Preventie'),
    dementie: themeId(api, 'Dementie'),
    mantelzorg: themeId(api, 'Mantelzorg'),
  };
  const r = region.id;
  const a = {
    valpreventie: insertAgreement(api, {
      regionId: r,
      title: 'Valpreventie thuiswonende ouderen',
      description: 'Beweegprogramma in elke wijk',
      status: 'in_uitvoering',
      themeIds: [theme.preventie, theme.ouderen],
      parties: [
        [verzekeraar.id, 'financier'],
        [gemeente.id, 'trekker'],
        [opgeheven.id, 'betrokken'],
      ],
      ownerId: anna.id,
      financing: ['zvw', 'wmo'],
      adoptedOn: '2026-02-01',
      startDate: '2026-03-01',
      nextEvaluation: '2026-10-01',
      dekking: { by: 'Bestuurlijk overleg; "zorg" & welzijn', on: '2026-01-20' },
      progress: [{ on: '2026-09-01' }, { on: '2026-11-20', deleted: true }],
      reviewRequestedOn: '2026-11-01',
      reviews: [{ on: '2026-10-30', verdict: 'akkoord' }],
      updatedAt: '2026-11-02T09:00:00.000Z',
    }),
    crisiskaart: insertAgreement(api, {
      regionId: r,
      title: 'Crisiskaart GGZ',
      status: 'vastgesteld',
      themeIds: [theme.ggz],
      parties: [[gemeente.id, 'uitvoerder']],
      ownerId: vertrokken.id,
      financing: ['wmo'],
      adoptedOn: '2026-03-01',
      nextEvaluation: '2026-12-15',
      reviews: [
        { on: '2026-10-10', verdict: 'opmerking' },
        { on: '2026-10-12', verdict: 'akkoord' },
      ],
      updatedAt: '2026-11-10T09:00:00.000Z',
    }),
    loket: insertAgreement(api, {
      regionId: r,
      title: 'Één loket dementie',
      description: 'Ondersteuning van mantelzorgers: 100% bereikbaar',
      status: 'concept',
      themeIds: [theme.dementie],
      nextEvaluation: '2027-01-21',
      reviewRequestedOn: '2026-09-01',
      reviews: [{ on: '2026-09-15', verdict: 'opmerking' }],
      updatedAt: '2026-10-01T09:00:00.000Z',
    }),
    pilot: insertAgreement(api, {
      regionId: r,
      title: 'Afgeronde pilot wijkverpleging',
      status: 'afgerond',
      themeIds: [theme.ouderen],
      nextEvaluation: '2026-01-01',
      updatedAt: '2026-06-01T09:00:00.000Z',
    }),
    geheim: insertAgreement(api, {
      regionId: r,
      title: 'Vertrouwelijke inkoopafspraak',
      status: 'in_bespreking',
      themeIds: [theme.ggz, theme.mantelzorg],
      ownerId: anna.id,
      dekking: { by: 'Portefeuillehoudersoverleg', on: null },
      confidential: true,
      financing: ['wlz'],
      nextEvaluation: '2027-01-22',
      updatedAt: '2026-11-15T09:00:00.000Z',
    }),
    // Vastgesteld long ago without adoption date: counts from its status change.
    oudeAfspraak: insertAgreement(api, {
      regionId: r,
      title: 'Mantelzorgwaardering',
      status: 'vastgesteld',
      themeIds: [theme.mantelzorg],
      ownerId: anna.id,
      dekking: { by: 'Raad', on: '2026-05-01' },
      vastgesteldOn: ['2026-05-21'],
      updatedAt: '2026-05-21T09:00:00.000Z',
    }),
    // Exactly six months ago: not yet stale.
    netOpTijd: insertAgreement(api, {
      regionId: r,
      title: 'Netwerk verward gedrag',
      status: 'in_uitvoering',
      themeIds: [theme.ggz],
      ownerId: anna.id,
      dekking: { by: 'Raad', on: '2026-01-01' },
      adoptedOn: '2026-01-10',
      progress: [{ on: '2026-05-22' }],
      updatedAt: '2026-05-22T09:00:00.000Z',
    }),
  };
  // Never listed: another region's agreement and a deleted one.
  insertAgreement(api, { regionId: other.id, title: 'Groninger afspraak', themeIds: [theme.ggz] });
  insertAgreement(api, { regionId: r, title: 'Verwijderde afspraak', deleted: true });
  // Deleting a person and a party leaves them out of the joins.
  api.call('contacts.delete', { id: vertrokken.id });
  api.call('parties.delete', { id: opgeheven.id });
  return { region, other, gemeente, verzekeraar, opgeheven, anna, vertrokken, theme, a };
}
export type World = ReturnType<typeof buildWorld>;

/**
 * A fresh in-memory API with the world in it for every test of the file, closed afterwards:
 * `const t = useWorld();`, then `t.api` and `t.w` inside the tests.
 */
export function useWorld(): { readonly api: TestApi; readonly w: World } {
  let api: TestApi | undefined;
  let w: World | undefined;
  beforeEach(async () => {
    api = await makeApi();
    w = buildWorld(api);
  });
  afterEach(() => api?.close());
  return {
    get api() {
      return api!;
    },
    get w() {
      return w!;
    },
  };
}
