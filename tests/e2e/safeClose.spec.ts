import { expect, test, type PageWindow } from './fixtures';
import { expectScreen } from './pages/ui';

/**
 * Closing the app (issue 9): the main process asks the page to save what is still waiting before
 * the window closes ('flush-before-close'); the page saves, then answers with app.flushed.
 */
test('closing right after typing saves the typed text before the window may close', async ({
  app,
  page,
}) => {
  app.api('dossier.loadDemo', {});
  await app.goto('/instellingen');
  await page.reload();
  await expectScreen(page, 'Instellingen');
  const name = page.getByRole('textbox', { name: /Uw naam/ });
  await name.fill('Anna de Vries');
  // At once, well within the autosave's pause: the window is being closed.
  await page.evaluate(() =>
    (globalThis as unknown as PageWindow).__regioEmit('flush-before-close'),
  );
  await expect.poll(() => app.server.desktop.flushed).toBe(1);
  expect((app.api('settings.get', {}) as { userName: string }).userName).toBe('Anna de Vries');
});
