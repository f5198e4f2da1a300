/** The envelope's answer to input that fails its zod schema: the first issue in Dutch, with all issues by path. */
import type { z } from '../zod';
import { formatPath, type ApiErrorBody, type FieldIssue } from './result';

export function issuesOf(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}

export function invalidInput(error: z.ZodError): ApiErrorBody {
  const issues = issuesOf(error);
  const first = issues[0];
  const where = first?.path ? `${first.path}: ` : '';
  const more = issues.length > 1 ? ` (en nog ${issues.length - 1} andere)` : '';
  return {
    code: 'invalid_input',
    message: `Ongeldige invoer: ${where}${first?.message ?? 'onbekende fout'}${more}.`,
    issues,
  };
}
