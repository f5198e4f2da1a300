/**
 * Issue 6 A: status sets in SQL come from the TypeScript constants in shared/agreementStatus.ts,
 * never from a hand-written list, so a renamed or added status cannot leave a query behind.
 * (Shipped migrations are frozen and keep their CHECK lists.)
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AGREEMENT_STATUSES } from '../../../shared/domain';

const DB = path.resolve(__dirname, '../../../db');

describe('no status literals in db/', () => {
  it('every agreement status in db/*.ts comes from a constant', () => {
    const literal = new RegExp(`'(${AGREEMENT_STATUSES.join('|')})'`);
    const found = fs
      .readdirSync(DB)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .flatMap((f) =>
        fs
          .readFileSync(path.join(DB, f), 'utf8')
          .split('\n')
          .map((line, i) => ({ where: `db/${f}:${i + 1}`, line }))
          .filter(({ line }) => literal.test(line)),
      );
    expect(found).toEqual([]);
  });
});
