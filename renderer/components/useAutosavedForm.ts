import type { z } from '../../shared/zod';
import { useAutosave } from './useAutosave';
import { useSchemaForm } from './useSchemaForm';

type Values = Record<string, unknown>;

/**
 * An edit form that saves itself: validated by `schema`, saved by `save` a moment after typing
 * stops, and kept as a draft under `draftKey` (like `concept:party:<id>`) while it differs from
 * `stored`, so text that does not pass validation survives leaving the screen or the app. The
 * draft comes back on return (`restoredDraft`, with `discardDraft` for "Verwerpen") and is gone
 * once the values are saved.
 */
export function useAutosavedForm<S extends z.ZodType, V extends Values>(
  schema: S,
  stored: V,
  save: (input: z.output<S>) => Promise<unknown>,
  draftKey: string,
) {
  const form = useSchemaForm<S, V>(schema, stored, draftKey);
  const { validate, showError } = form;
  const autosave = useAutosave(form.values, stored, async (values) => {
    const input = validate(values);
    if (!input) return false;
    try {
      await save(input);
      return true;
    } catch (error) {
      showError(error);
      return false;
    }
  });
  return { ...form, saveState: autosave.state, flush: autosave.flush };
}
