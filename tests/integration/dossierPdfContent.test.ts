import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '../../electron/api/createApi';
import { DEMO_REVIEWER } from '../../electron/api/demoAgreementsData';
import { openDemoDossier } from '../fixtures/demoDossier';
import { collectDossier, type Call } from '../../electron/dossier/collect';
import { findBrowser } from '../../electron/dossier/findBrowser';
import { pageTexts } from '../../electron/dossier/outline';
import { printDossier, type PrintEngine } from '../../electron/dossier/print';
import { missingContacts } from '../../electron/dossier/sections/parties';
import { dossierOptions, type DossierSection } from '../../shared/schemas/dossier';

/**
 * What a wethouder and a raadslid read in the demo dossier (issue 21), read back from the printed
 * PDF page by page: roles and mandates, progress and reviews per agreement, every open action,
 * and the count of missing aanspreekpunten as the table shows them.
 */
const NOW = new Date('2026-11-22T10:00:00.000Z');
const TODAY = '2026-11-22';
const browser = findBrowser();
if (!browser) console.log('dossierPdfContent: geen Chromium gevonden; overgeslagen.');

describe.skipIf(!browser)('the regiodossier’s content', () => {
  let api: Api;
  let call: Call;
  let regionId: string;
  let printer: { engine: PrintEngine; close: () => Promise<void> };
  let section: (id: DossierSection) => string;
  beforeAll(async () => {
    ({ api, call, regionId, printer } = await openDemoDossier(browser!, NOW));
    const data = collectDossier(call, dossierOptions.parse({ regionId }), TODAY);
    const { pdf, pages } = await printDossier(data, printer.engine);
    const texts = await pageTexts(pdf);
    const starts = [...pages.entries()].sort((a, b) => a[1] - b[1]);
    section = (id) => {
      const i = starts.findIndex(([s]) => s === id);
      const end = starts[i + 1]?.[1] ?? texts.length + 1;
      return texts.slice(starts[i]![1] - 1, end - 1).join(' ');
    };
  }, 120_000);
  afterAll(async () => {
    await printer?.close();
    api?.close();
  });

  it('has Rollen en mandaten: the coördinerend wethouder and the regiocoördinator with their mandates', () => {
    const roles = section('rollen');
    expect(roles.startsWith('Rollen en mandaten')).toBe(true);
    expect(roles).toContain('Coördinerend wethouder');
    expect(roles).toContain('Mag namens de tien gemeenten afspraken voorbereiden');
    expect(roles).toContain('Regiocoördinator');
    expect(roles).toContain(
      'Bereidt het portefeuillehoudersoverleg voor en bewaakt de werkagenda.',
    );
    // Ended roles are history, not today's mandate: the old coordinator is not listed.
    expect(roles).not.toContain('tot vorig jaar');
  });

  it('prints each agreement’s last progress, its reviews and its parties with their role', () => {
    const register = section('afspraken');
    expect(register).toContain('Laatste voortgang');
    expect(register).toContain('Pilot loopt goed; uitbreiding naar Driebergen voorbereid.');
    expect(register).toContain('Beoordelingen');
    expect(register).toContain(DEMO_REVIEWER);
    expect(register).toMatch(/\((trekker|uitvoerder|financier|betrokken)\)/);
    // The overview table comes first, grouped by theme and status.
    expect(register).toContain(
      'Afspraak Eigenaar Financiering Laatste voortgang Volgende evaluatie',
    );
  });

  it('lists every open action of the region, also from a meeting whose notulen are concept', () => {
    const actions = section('actiepunten');
    expect(actions).toContain('Kostenoverzicht meldpunt per gemeente opstellen');
    expect(actions).toContain('Voorstel logeeropvang uitwerken');
    expect(actions).toContain('(notulen nog concept)');
    expect(actions).not.toContain('Cijfers valincidenten per gemeente aanleveren'); // afgerond
  });

  it('counts the missing aanspreekpunten as the table shows them, in good Dutch', () => {
    const overview = call('roles.overview', { regionId });
    const { missing, parties } = missingContacts(overview);
    const cells = section('partijen').match(/ontbreekt/g)?.length ?? 0;
    expect(missing).toBe(cells);
    const text = section('partijen');
    if (missing === 0) expect(text).toContain('geen ontbrekende aanspreekpunten');
    else
      expect(text).toContain(
        `${missing} ontbrekend${missing === 1 ? ' aanspreekpunt' : 'e aanspreekpunten'} bij ${parties} partij`,
      );
  });
});
