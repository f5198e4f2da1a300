/** The envelope every transport answers with (DESIGN.md §5). */

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
