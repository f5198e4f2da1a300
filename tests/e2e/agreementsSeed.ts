import type { Locator, Page } from '@playwright/test';
import type { Input, Method, Output } from '../../shared/api/contract';
import type { AgreementStatus } from '../../shared/domain';
import { todayIso } from '../../shared/dates';
import type { AppFixture } from './fixtures';

/**
 * A small region for the agreement list, detail and form specs: two parties, one person and (on
 * request) agreements in known states, all created through the real handler table.
 */

type Api = <M extends Method>(method: M, input: Input<M>) => Output<M>;

export const REGION = 'Regio Gooi en Vechtstreek';

export interface Base {
  regionId: string;
  themes: Record<'Ouderen' | 'GGZ' | 'Preventie', string>;
  gemeenteId: string;
  verzekeraarId: string;
  ownerId: string;
}

export function seedBase(api: Api): Base {
  const regionId = api('regions.create', { name: REGION }).id;
  api('settings.update', { userName: 'Fatima el Amrani', currentRegionId: regionId });
  const member = { regionId, role: 'deelnemer', since: null, until: null } as const;
  const gemeente = api('parties.create', {
    type: 'gemeente',
    name: 'Gemeente Hilversum',
    membership: member,
  });
  const verzekeraar = api('parties.create', {
    type: 'zorgverzekeraar',
    name: 'Zorgverzekeraar Gooiland',
    membership: member,
  });
  const owner = api('contacts.create', {
    name: 'Pieter Jansen',
    function: 'beleidsadviseur',
    partyId: gemeente.id,
  });
  const themes = api('themes.list', {});
  const theme = (name: string) => themes.find((t) => t.name === name)!.id;
  return {
    regionId,
    themes: { Ouderen: theme('Ouderen'), GGZ: theme('GGZ'), Preventie: theme('Preventie') },
    gemeenteId: gemeente.id,
    verzekeraarId: verzekeraar.id,
    ownerId: owner.id,
  };
}

const PATH: AgreementStatus[] = [
  'concept',
  'in_bespreking',
  'vastgesteld',
  'in_uitvoering',
  'afgerond',
];

/** Creates an agreement and walks it along the lifecycle to `to`. */
export function seedAgreement(
  api: Api,
  base: Base,
  title: string,
  to: AgreementStatus,
  extra: Partial<Input<'agreements.create'>> = {},
): string {
  const a = api('agreements.create', {
    regionId: base.regionId,
    title,
    themeIds: [base.themes.Ouderen],
    descriptionHtml: `<p>${title}</p>`,
    parties: [{ partyId: base.gemeenteId, role: 'trekker' }],
    ...extra,
  });
  const steps = to === 'vervallen' ? [] : PATH.slice(1, PATH.indexOf(to) + 1);
  for (const step of steps) api('agreements.transition', { id: a.id, to: step, on: todayIso() });
  if (to === 'vervallen')
    api('agreements.transition', {
      id: a.id,
      to,
      on: todayIso(),
      reason: 'Opgegaan in een andere afspraak',
    });
  return a.id;
}

/** Seeding happens behind the page's back: open the route and reload so every query refetches. */
export async function open(app: AppFixture, page: Page, route: string): Promise<void> {
  await app.goto(route);
  await page.reload();
}

/** Picks an option in a Mantine Select / MultiSelect by its label. */
export async function pick(
  page: Page,
  label: string,
  option: string,
  scope: Page | Locator = page,
): Promise<void> {
  await scope.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}
