import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi, type Api } from '../../electron/api/createApi';
import { contract, METHODS, type Method } from '../../shared/api/contract';
import { z } from '../../shared/zod';
import { TASK_NAMES } from '../../shared/api/bridge';
import { taskContract } from '../../shared/api/tasks';
import { createExportJobs } from '../../electron/dossier/exportJobs';
import { createTaskInvoke } from '../../electron/tasks';

/**
 * The API boundary under fire (issue 9): for every method, at least 1,000 generated inputs that
 * its schema refuses — wrong types, missing and unknown fields, huge strings, `__proto__` keys,
 * NaN and infinities, negative numbers, SQL and FTS metacharacters — each answered with a Dutch
 * validation error, never an exception, and the database afterwards exactly as before (an export
 * of everything, compared).
 */
const RUNS = 1000;
const HUGE = 'x'.repeat(1_000_000);

const nasty: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    NaN,
    Infinity,
    -Infinity,
    -1,
    -0,
    1e308,
    Number.MAX_SAFE_INTEGER + 2,
    '',
    ' ',
    HUGE,
    "'; DROP TABLE region; --",
    '" OR 1=1 --',
    'NEAR(zorg wijk)',
    'zorg*',
    '"ongesloten',
    'AND OR NOT',
    '\u0000',
    '\u202e',
    '<script>alert(1)</script>',
    '2026-02-30',
    '00000000-0000-0000-0000-000000000000',
    null,
    undefined,
    true,
  ),
  fc.string({ maxLength: 40 }),
  fc.integer(),
  fc.double(),
  fc.array(fc.anything({ maxDepth: 1 }), { maxLength: 3 }),
  fc.constant(JSON.parse('{"__proto__": {"isAdmin": true}}') as unknown),
  fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString'), fc.integer()),
  fc.anything({ maxDepth: 2 }),
);

/** The keys of an object schema (also behind defaults and refinements), to aim the values at. */
function keysOf(schema: z.ZodType): string[] {
  if (schema instanceof z.ZodObject) return Object.keys(schema.shape);
  const inner = (schema as { def?: { innerType?: z.ZodType; in?: z.ZodType } }).def;
  if (inner?.innerType) return keysOf(inner.innerType);
  if (inner?.in) return keysOf(inner.in);
  return [];
}

function invalidInputs(method: Method): fc.Arbitrary<unknown> {
  const schema = contract[method].input;
  const keys = keysOf(schema);
  const aimed = keys.length
    ? fc.oneof(
        fc.record(Object.fromEntries(keys.map((k) => [k, nasty])), { requiredKeys: [] }),
        fc
          .record(Object.fromEntries(keys.map((k) => [k, nasty])), { requiredKeys: [] })
          .map((o) => ({ ...o, onbekendVeld: 1 })),
      )
    : nasty;
  // As the dispatcher reads it: null is "no input" (the browser shim and IPC send null for it).
  return fc.oneof(nasty, aimed).filter((input) => !schema.safeParse(input ?? undefined).success);
}

describe('every API method refuses generated invalid input and changes nothing', () => {
  let api: Api;
  let before: unknown;
  beforeAll(async () => {
    api = await createApi(':memory:', { logError: (error) => console.error(error) });
    const demo = api.invoke('dossier.loadDemo', {});
    if (!demo.ok) throw new Error(demo.error.message);
    before = exportAll(api);
  });
  afterAll(() => api?.close());

  it.each(METHODS)('%s', (method) => {
    fc.assert(
      fc.property(invalidInputs(method), (input) => {
        const result = api.invoke(method, input);
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(result.error.code).toBe('invalid_input');
        expect(result.error.message).toMatch(/^Ongeldige invoer: /);
      }),
      { numRuns: RUNS, seed: 20261129 },
    );
  });

  it('left the database exactly as it was', () => {
    expect(exportAll(api)).toEqual(before);
  });
});

describe('every task refuses generated invalid input before any dialog opens', () => {
  const tasks = createTaskInvoke({
    jobs: createExportJobs({
      call: () => {
        throw new Error('niet aanroepen');
      },
      openEngine: () => Promise.reject(new Error('niet aanroepen')),
      chooseFile: () => Promise.reject(new Error('geen dialoog bij ongeldige invoer')),
      openFile: () => Promise.reject(new Error('niet aanroepen')),
      showInFolder: () => {
        throw new Error('niet aanroepen');
      },
      today: () => '2026-11-29',
      logError: (error) => {
        throw error;
      },
    }),
    logError: (error) => {
      throw error;
    },
  });

  it.each(TASK_NAMES)('%s', async (task) => {
    const schema = taskContract[task].input;
    await fc.assert(
      fc.asyncProperty(
        fc
          .oneof(
            nasty,
            fc.record(
              { kind: nasty, options: nasty, jobId: nasty, meetingId: nasty },
              { requiredKeys: [] },
            ),
          )
          .filter((input) => !schema.safeParse(input ?? undefined).success),
        async (input) => {
          const result = await tasks(task, input);
          expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
        },
      ),
      { numRuns: RUNS, seed: 20261129 },
    );
  });
});

function exportAll(api: Api) {
  const result = api.invoke('dossier.export', { regionId: null });
  if (!result.ok) throw new Error(result.error.message);
  const { exportedAt: _at, ...rest } = result.value as { exportedAt?: string };
  return rest;
}
