import { contract, isMethod } from '../../shared/api/contract';
import { fileProblem } from '../../db/errors';
import { invalidInput } from '../../shared/api/invalidInput';
import { DomainError, unknownMethodError, type ApiResult } from '../../shared/api/result';
import type { ApiContext } from './context';
import { handlers } from './index';

/**
 * The one entry point of every transport (IPC, CLI, browser-mode server): checks the method,
 * validates the input with zod, runs the handler in one transaction and answers with the envelope.
 * Invalid input changes nothing; unexpected errors are logged and answered in plain Dutch.
 */
export function invoke(ctx: ApiContext, method: unknown, input: unknown): ApiResult<unknown> {
  if (!isMethod(method)) {
    return fail(unknownMethodError(method));
  }
  const spec = contract[method];
  const parsed = spec.input.safeParse(input ?? undefined);
  if (!parsed.success) return fail(invalidInput(parsed.error));
  try {
    const handler = handlers[method] as (c: ApiContext, i: unknown) => unknown;
    const value = runInTransaction(ctx, (callCtx) => {
      const result = handler(callCtx, parsed.data);
      // Inside the transaction: an answer that breaks the contract rolls the change back.
      if (ctx.checkOutput) spec.output.parse(result);
      return result;
    });
    return { ok: true, value };
  } catch (error) {
    return fail(toErrorBody(ctx, error));
  }
}

/**
 * Runs `fn` in one transaction with a context whose `afterCommit` hooks run only after a
 * successful commit (in order; a failing hook is logged, the call has succeeded by then).
 */
export function runInTransaction<T>(ctx: ApiContext, fn: (callCtx: ApiContext) => T): T {
  const hooks: (() => void)[] = [];
  const callCtx: ApiContext = { ...ctx, afterCommit: (hook) => hooks.push(hook) };
  const value = ctx.repos.db.transaction(() => fn(callCtx))();
  for (const hook of hooks) {
    try {
      hook();
    } catch (error) {
      ctx.logError(error);
    }
  }
  return value;
}

function toErrorBody(ctx: ApiContext, error: unknown) {
  if (error instanceof DomainError) {
    return {
      code: error.code,
      message: error.message,
      ...(error.issues && { issues: error.issues }),
    };
  }
  ctx.logError(error);
  const sqliteCode = (error as { code?: unknown }).code;
  // The file's own trouble (locked, read-only, disk full, gone), with the next step.
  const problem = fileProblem(sqliteCode, ctx.databasePath);
  if (problem) return { code: 'database' as const, message: problem.message };
  if (typeof sqliteCode === 'string' && sqliteCode.startsWith('SQLITE_CONSTRAINT')) {
    return {
      code: 'conflict' as const,
      message: 'Deze wijziging past niet bij de gegevens die er al zijn; er is niets opgeslagen.',
    };
  }
  return {
    code: 'internal' as const,
    message: 'Er ging iets mis bij het uitvoeren van deze opdracht; er is niets opgeslagen.',
  };
}

const fail = (error: Exclude<ApiResult<never>, { ok: true }>['error']): ApiResult<never> => ({
  ok: false,
  error,
});
