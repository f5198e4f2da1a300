/** Validation problems → one Dutch message per form field (the first problem of each field). */
import { formatPath, type FieldIssue } from '../../shared/api/result';

export type FieldErrors = Record<string, string>;

/** Issues from zod (`path` as an array) or from the API (`path` as 'a.b[2]'). */
export interface AnyIssue {
  path: string | readonly PropertyKey[];
  message: string;
}

/**
 * The first message per field. `rename` maps an issue's path to the form's field name (for a
 * form whose fields are named differently from the API input); '' is a problem of the whole form.
 */
export function fieldErrorsFrom(
  issues: readonly AnyIssue[],
  rename: (path: string) => string = (path) => path,
): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const path = rename(typeof issue.path === 'string' ? issue.path : formatPath(issue.path));
    errors[path] ??= issue.message;
  }
  return errors;
}

/** The message above the form: a problem not tied to one field, if any. */
export function formLevelError(errors: FieldErrors): string | null {
  return errors[''] ?? null;
}

/** `errors` without `name`; the same object when there was nothing to remove. */
export function withoutError(errors: FieldErrors, name: string): FieldErrors {
  if (!(name in errors)) return errors;
  const { [name]: _removed, ...rest } = errors;
  return rest;
}

/** "regions[0].name: Naam is verplicht" lines for the first `max` issues of a failed import. */
export function describeIssues(issues: readonly FieldIssue[], max = 5): string[] {
  return issues.slice(0, max).map((i) => (i.path ? `${i.path}: ${i.message}` : i.message));
}
