/** The screen's heading (every screen has one h1; PageHeader makes it focusable). */
export function focusHeading() {
  document.querySelector<HTMLElement>('main h1, h1')?.focus();
}

/**
 * After a dialog closes or a control disappears, focus must not fall back to the page body
 * (a keyboard user would start again at the top): if it did, it goes to the heading.
 */
export function focusHeadingIfLost() {
  window.setTimeout(() => {
    const active = document.activeElement;
    if (!active || active === document.body) focusHeading();
  }, 50);
}
