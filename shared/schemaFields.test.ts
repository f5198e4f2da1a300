import { describe, expect, it } from 'vitest';
import { maxLengthOf } from './schemaFields';
import { agreementCreate } from './schemas/agreement';
import { partyCreate } from './schemas/party';
import { z } from './zod';

describe('maxLengthOf', () => {
  it('reads the limit the schema enforces, so the input and the message agree', () => {
    // The first real use found a title input that took 400 characters and then said 200.
    const titleMax = maxLengthOf(agreementCreate, 'title')!;
    expect(agreementCreate.shape.title.safeParse('x'.repeat(titleMax)).success).toBe(true);
    expect(agreementCreate.shape.title.safeParse('x'.repeat(titleMax + 1)).success).toBe(false);
    const nameMax = maxLengthOf(partyCreate, 'name')!;
    expect(nameMax).toBeLessThan(10_000);
    expect(partyCreate.shape.name.safeParse('x'.repeat(nameMax + 1)).success).toBe(false);
  });

  it('looks through defaults, nested objects and preprocessing; unlimited fields give undefined', () => {
    const schema = z.preprocess(
      (v) => v,
      z.object({
        dekking: z.object({ by: z.string().max(200).default('') }),
        count: z.number(),
        free: z.string(),
      }),
    );
    expect(maxLengthOf(schema, 'dekking.by')).toBe(200);
    expect(maxLengthOf(schema, 'count')).toBeUndefined();
    expect(maxLengthOf(schema, 'free')).toBeUndefined();
    expect(maxLengthOf(schema, 'missing')).toBeUndefined();
  });
});
