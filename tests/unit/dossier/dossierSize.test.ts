import { describe, expect, it } from 'vitest';
import {
  DOSSIER_PAGE_LIMIT,
  dossierPageEstimate,
  tooLargeMessage,
  type DossierCounts,
} from '../../../electron/dossier/dossierSize';
import { DEFAULT_DOSSIER_SECTIONS, type DossierSection } from '../../../shared/schemas/dossier';

/** The groot profile's regions: Regio Laaghorst 2 (printed: 570 pages) and the largest. */
const laaghorst: DossierCounts = {
  agreements: 619,
  meetings: 8,
  agendaItems: 32,
  conversations: 0,
  memberships: 162,
  roles: 980,
};
const harhem: DossierCounts = { ...laaghorst, agreements: 9527 };
const all = { sections: [...DEFAULT_DOSSIER_SECTIONS], cards: true };

describe('the dossier’s size, estimated from counts before anything is printed', () => {
  it('comes near what Chromium printed for a region of 619 afspraken (570 pages)', () => {
    const { total } = dossierPageEstimate(laaghorst, all);
    expect(total).toBeGreaterThan(570 * 0.85);
    expect(total).toBeLessThan(570 * 1.15);
  });

  it('puts the largest groot region far above the limit, and within it without cards', () => {
    expect(dossierPageEstimate(harhem, all).total).toBeGreaterThan(DOSSIER_PAGE_LIMIT * 3);
    // Printed without cards: 562 pages.
    const bare = dossierPageEstimate(harhem, { ...all, cards: false }).total;
    expect(bare).toBeGreaterThan(562 * 0.85);
    expect(bare).toBeLessThan(562 * 1.15);
  });

  it('counts only the chosen sections', () => {
    const sections: DossierSection[] = ['samenvatting', 'overleggen'];
    const estimate = dossierPageEstimate(harhem, { sections, cards: true });
    expect(Object.keys(estimate.bySection)).toEqual(sections);
    expect(estimate.total).toBeLessThan(50);
  });

  it('says in Dutch how big, the limit, and what to narrow', () => {
    const options = { ...all, from: '2025-01-01', to: null };
    const message = tooLargeMessage(dossierPageEstimate(harhem, options), harhem, options);
    expect(message).toContain('naar schatting 8.');
    expect(message).toContain('meer dan de 2.000');
    expect(message).toContain('afspraken zonder kaarten');
    expect(message).toContain('9.527 afspraken');
    expect(message).toMatch(/laat onderdelen weg \(Afspraken ± 7\.\d{3} pagina’s\)/);
    expect(message).toContain('kortere periode (nu 1 januari 2025 – vandaag)');
  });

  it('does not advise cards away when they are away already', () => {
    const options = { ...all, cards: false, from: null, to: null };
    const message = tooLargeMessage(dossierPageEstimate(harhem, options), harhem, options);
    expect(message).not.toContain('zonder kaarten');
  });
});
