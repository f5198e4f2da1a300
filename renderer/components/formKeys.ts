/**
 * Enter in a form, the same in every dialog and form of the app (docs/architecture.md §6):
 *
 * - **Enter in a combobox** (Select, MultiSelect, LazySelect, Autocomplete: every field with a
 *   listbox) picks the highlighted option, or does nothing. It never submits the form: the
 *   browser's implicit submission would send the value from before the pick, or whatever was half
 *   typed in the search. Mantine's own handler runs first (React listens at the root), picks the
 *   option and stops the default itself; this listener stops it where Mantine does not (no option
 *   highlighted, a closed list, a MultiSelect after its pick).
 * - **Enter in a field marked `data-enter="hold"`** does not submit either: a date or time field
 *   (Enter completes what was typed, DESIGN §6), and every field of a form whose step cannot
 *   easily be taken back (vaststellen), which is submitted with its button or Ctrl+Enter only.
 * - **Ctrl+Enter (⌘+Enter)** anywhere in a form submits it, through the form's own submit, so the
 *   same checks and confirmations run as for its button. A handler that already took the key
 *   (the rich-text editor's line break, a dialog of its own) has stopped its default: left alone.
 *   In a combobox it is taken before Mantine sees it, which would otherwise treat it as Enter and
 *   pick (in a MultiSelect: drop) the highlighted option instead of submitting.
 *
 * Installed once on the window (main.tsx): the combobox's Ctrl+Enter in the capturing phase,
 * the rest in the bubbling phase, after every React handler.
 */
export function installFormKeys(target: Window = window) {
  target.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Enter' || event.isComposing || !(event.ctrlKey || event.metaKey)) return;
      const field = event.target;
      if (!(field instanceof HTMLElement) || !isCombobox(field)) return;
      const form = field.closest('form');
      if (!form) return;
      event.stopPropagation();
      event.preventDefault();
      form.requestSubmit();
    },
    { capture: true },
  );
  target.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' || event.isComposing || event.defaultPrevented) return;
    const field = event.target;
    if (!(field instanceof HTMLElement)) return;
    const form = field.closest('form');
    if (!form) return;
    if (event.ctrlKey || event.metaKey) {
      event.preventDefault();
      form.requestSubmit();
    } else if (holdsEnter(field)) {
      event.preventDefault();
    }
  });
}

const BUTTON_TYPES = new Set(['button', 'submit', 'reset', 'image']);

/** A field where Enter must not submit its form (a button's Enter still presses the button). */
export function holdsEnter(field: HTMLElement): boolean {
  if (isCombobox(field)) return true;
  const isField = field instanceof HTMLInputElement && !BUTTON_TYPES.has(field.type);
  return isField && field.closest('[data-enter="hold"]') !== null;
}

const isCombobox = (field: Element) =>
  field.matches('[role="combobox"], [aria-haspopup="listbox"]');
