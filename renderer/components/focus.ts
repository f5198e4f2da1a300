/** The screen's heading (every screen has one h1; PageHeader makes it focusable). */
export function focusHeading() {
  document.querySelector<HTMLElement>('main h1, h1')?.focus();
}

const dialogOpen = () => document.querySelector('[role="dialog"]') !== null;

/**
 * After a dialog whose work changed the screen (a status change removes the button that opened
 * it): once the dialog is gone and Mantine has returned focus to the opener, focus goes to the
 * heading, so a keyboard user continues from the top of the changed screen, not from nowhere.
 */
export function focusHeadingAfterDialog(tries = 30) {
  window.setTimeout(() => {
    if (dialogOpen() && tries > 0) focusHeadingAfterDialog(tries - 1);
    else window.setTimeout(focusHeading, 100);
  }, 50);
}
