import type { Locator, Page } from '@playwright/test';

/**
 * Page objects of the agreement screens, by role and accessible name only (no class names):
 * when markup or styling changes, the specs stay as they are.
 */

/** The list's table. */
export const agreementTable = (page: Page) => page.getByRole('table', { name: 'Afspraken' });

/** The title links of the listed agreements, in order (group rows have no link). */
export const agreementTitles = (page: Page) =>
  agreementTable(page).getByRole('row').getByRole('link');

/** The theme group rows of a grouped list: rows without a selection checkbox. */
export const themeGroups = (page: Page) =>
  agreementTable(page)
    .getByRole('row')
    .filter({ hasNot: page.getByRole('checkbox') });

/** The status shown under an agreement's title, e.g. "Concept". */
export const agreementStatus = (page: Page) => page.getByRole('status', { name: /^Status: / });

/** An agreement's description, as rich text. */
export const description = (scope: Page | Locator) =>
  scope.getByRole('group', { name: 'Beschrijving' });

/** The agreement shown in the review view (the others of the selection are hidden). */
export const reviewedAgreement = (page: Page) => page.getByRole('article');
