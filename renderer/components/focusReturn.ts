import { focusHeading } from './focus';

/**
 * Focus never falls to the page (document.body) behind the user's back. Mantine returns focus
 * when a dialog closes to what was focused when it opened, which fails in three common cases,
 * handled here once for the whole app (installed in main.tsx):
 *
 * - **A dialog opened from a ⋯ menu**: the menu item that had the focus is gone by the time the
 *   dialog closes. A menu item stands for its menu's button, so focus goes back to the ⋯ button.
 * - **A control that is replaced**: "Notulen vaststellen…" becomes "Correctie maken…" once the
 *   minutes are vastgesteld. Controls that stand in for each other share a `data-focus-return`
 *   name; when one disappears with the focus, or is the gone opener of a closed dialog, focus goes
 *   to the other. A gone opener without one leaves the focus on the screen's heading.
 * - **A confirmation asked from a dialog** that closes with it: back along the chain of openers.
 *
 * Focus is only moved when the element that had it can no longer hold it and nothing else took
 * it: a click on the page's background, or a screen that sets its own focus, is left alone. A
 * button that is done for the moment stays focusable (`aria-disabled`, as "Uitnodigen"): a
 * `disabled` button under the focus drops it.
 */
const openers = new WeakMap<Element, HTMLElement>();

export function installFocusReturn(doc: Document = document) {
  /** What had the focus last, and (for a menu item) the menu button standing in for it. */
  let current: HTMLElement | null = null;
  let before: HTMLElement | null = null;
  let pending = false;

  doc.addEventListener(
    'focusin',
    (event) => {
      const el = event.target;
      if (!(el instanceof HTMLElement)) return;
      const dialog = dialogOf(el);
      // Focus comes into a dialog from outside it: what it came from is the dialog's opener (the
      // first time, or again from the page when the dialog stays mounted; not when it comes back
      // from a confirmation opened inside it).
      if (dialog && before && !dialog.contains(before)) {
        if (!openers.has(dialog) || !dialogOf(before)) openers.set(dialog, before);
      }
      current = el;
      before = standIn(el);
    },
    true,
  );

  const check = () => {
    pending = false;
    const active = doc.activeElement;
    const onPage = active instanceof HTMLElement && active !== doc.body;
    if (onPage && usable(active)) return;
    const lost = onPage ? active : current;
    if (!lost || usable(lost)) return;
    const target = returnTarget(doc, lost);
    if (!target) return;
    const open = topDialog(doc);
    if (target === 'heading') {
      if (!open) focusHeading();
    } else if (!open || open.contains(target)) {
      target.focus();
    }
  };
  const schedule = () => {
    if (pending || !maybeLost(doc)) return;
    pending = true;
    // After React's commit and before Mantine's own return (10 ms after a dialog closes).
    window.setTimeout(check, 0);
  };
  new MutationObserver(schedule).observe(doc.body, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['disabled', 'hidden'],
  });
  doc.addEventListener('focusout', (event) => {
    if ((event as FocusEvent).relatedTarget === null) schedule();
  });
}

/** Where the focus goes after `lost` lost it; null: leave it. */
function returnTarget(doc: Document, lost: HTMLElement): HTMLElement | 'heading' | null {
  const dialog = dialogOf(lost);
  if (dialog) {
    // Inside a dialog that is still there: the dialog keeps its own focus.
    if (dialog.isConnected) return null;
    return openerTarget(doc, openers.get(dialog));
  }
  // Outside dialogs only a declared successor; otherwise the screen decides (a new page focuses
  // its heading).
  return successorOf(doc, lost);
}

/** The opener of a closed dialog, or what stands in for it now that it is gone. */
function openerTarget(doc: Document, opener: HTMLElement | undefined): HTMLElement | 'heading' {
  for (let depth = 0; opener && depth < 5; depth++) {
    if (usable(opener)) return opener;
    const successor = successorOf(doc, opener);
    if (successor) return successor;
    const dialog = dialogOf(opener);
    if (!dialog || dialog.isConnected) break;
    // Opened from a dialog that closed meanwhile: that dialog's opener.
    opener = openers.get(dialog);
  }
  return 'heading';
}

function successorOf(doc: Document, el: HTMLElement): HTMLElement | null {
  const name = el.dataset.focusReturn;
  if (!name) return null;
  const all = doc.querySelectorAll<HTMLElement>(`[data-focus-return="${CSS.escape(name)}"]`);
  return [...all].find((other) => other !== el && usable(other)) ?? null;
}

/** A menu item stands for its menu's button: the item is gone once the menu closes. */
function standIn(el: HTMLElement): HTMLElement {
  const menu = el.closest('[role="menu"]');
  if (!menu?.id) return el;
  return (
    el.ownerDocument.querySelector<HTMLElement>(`[aria-controls="${CSS.escape(menu.id)}"]`) ?? el
  );
}

const dialogOf = (el: Element) => el.closest('[role="dialog"], [role="alertdialog"]');

function topDialog(doc: Document): Element | null {
  const dialogs = doc.querySelectorAll('[role="dialog"], [role="alertdialog"]');
  return dialogs.length ? dialogs[dialogs.length - 1]! : null;
}

/** A cheap first look (no layout), for every change on the screen: may the focus be lost? */
function maybeLost(doc: Document): boolean {
  const active = doc.activeElement;
  if (!(active instanceof HTMLElement) || active === doc.body) return true;
  return (
    !active.isConnected ||
    (active as HTMLButtonElement).disabled === true ||
    active.closest('[hidden], [inert]') !== null
  );
}

/** Whether `el` can hold the focus now. */
function usable(el: HTMLElement): boolean {
  if (!el.isConnected) return false;
  if ((el as HTMLButtonElement).disabled) return false;
  if (el.closest('[hidden], [inert]')) return false;
  return el.getClientRects().length > 0;
}
