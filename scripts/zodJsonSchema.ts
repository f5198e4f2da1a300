/**
 * A zod schema as the pretty-printed JSON Schema (draft 2020-12) of a file format, with named
 * definitions for the building blocks (id, tijdstip, datum) and a description where a check has
 * no JSON Schema form. Used by scripts/writeExchangeSchema.ts and scripts/writeReviewSchemas.ts.
 */
import { id, isoDate, timestamp } from '../shared/schemas/common';
import { z } from '../shared/zod';

export type SchemaNames = z.core.$ZodRegistry<{ id: string; description: string }>;

export interface JsonSchemaHead {
  /** The schema's own URL, e.g. https://regiodossier.nl/schema/exchange-format-v1.json. */
  $id: string;
  title: string;
  description: string;
}

export function zodJsonSchemaText(
  schema: z.ZodType,
  head: JsonSchemaHead,
  moreNames: (names: SchemaNames) => void = () => {},
): string {
  // Named definitions for the building blocks used everywhere.
  const names = z.registry<{ id: string; description: string }>();
  names.add(id, { id: 'id', description: 'UUID van een gegeven' });
  names.add(timestamp, {
    id: 'tijdstip',
    description: 'ISO-8601-tijdstip in UTC, bijvoorbeeld 2026-11-22T13:05:00.000Z',
  });
  names.add(isoDate, { id: 'datum', description: 'Datum als jjjj-mm-dd' });
  moreNames(names);
  const json = z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    metadata: names,
    override: (ctx) => {
      // Refinements have no JSON Schema form; state what they check.
      if (ctx.zodSchema === isoDate) {
        for (const key of Object.keys(ctx.jsonSchema)) delete ctx.jsonSchema[key];
        Object.assign(ctx.jsonSchema, {
          type: 'string',
          format: 'date',
          description: 'Datum als jjjj-mm-dd',
        });
      }
      if (ctx.zodSchema === timestamp) ctx.jsonSchema.format = 'date-time';
    },
  });
  const out = {
    $schema: json.$schema,
    ...head,
    ...Object.fromEntries(Object.entries(json).filter(([key]) => key !== '$schema')),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

/** Whether this module is the script being run (`tsx scripts/<file>`), not imported by a test. */
export const isMain = (file: string) =>
  process.argv[1]?.replace(/\\/g, '/').endsWith(`scripts/${file}`) ?? false;
