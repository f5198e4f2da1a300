/** The envelope every transport answers with (docs/architecture.md §5). */
import { showControlCharacters } from '../textRules';

export const ERROR_CODES = [
  'invalid_input',
  'not_found',
  'conflict',
  'unknown_method',
  'forbidden',
  'database',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldIssue {
  /** Dotted path into the input, e.g. 'membership.until' or 'parties[3].type'. */
  path: string;
  message: string;
}

export interface ApiErrorBody {
  code: ErrorCode;
  /** Dutch, human, without stack traces. */
  message: string;
  issues?: FieldIssue[];
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };

/** An expected failure with a Dutch message; anything else is reported as 'internal'. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: FieldIssue[],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** 'a.b[2].c' from a zod issue path. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

/** What a value is, in Dutch, for messages about input of the wrong kind. */
function kindOf(value: unknown): string {
  if (value === null || value === undefined) return 'niets';
  if (Array.isArray(value)) return 'een lijst';
  if (typeof value === 'number') return 'een getal';
  if (typeof value === 'boolean') return 'ja/nee';
  if (typeof value === 'object') return 'een object';
  return 'iets anders';
}

/**
 * The answer to a method name that is not in the contract. Safe for any value (a non-string
 * such as `{ toString: 1 }` cannot be turned into text with String()); a text name is cut short
 * and its control characters are shown as \u escapes.
 */
export function unknownMethodError(method: unknown): ApiErrorBody {
  if (typeof method !== 'string') {
    return {
      code: 'unknown_method',
      message: `Onbekende opdracht: de naam van een opdracht moet tekst zijn (hier: ${kindOf(method)}).`,
    };
  }
  const short = method.length > 80 ? `${method.slice(0, 80)}…` : method;
  const shown = showControlCharacters(short, { lineBreaks: 'escape' });
  return { code: 'unknown_method', message: `Onbekende opdracht: ${shown}.` };
}
