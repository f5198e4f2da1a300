/**
 * Writes docs/exchange-format.schema.json from the zod schema (`npm run schema`).
 * tests/integration/exchangeSchema.test.ts fails when the committed file is out of date.
 */
import fs from 'node:fs';
import path from 'node:path';
import { id, isoDate, timestamp } from '../shared/schemas/common';
import { AUDIT_CHANGES_DESCRIPTION, auditChanges } from '../shared/exchange/auditChanges';
import { EXCHANGE_VERSION, exchangeDocument } from '../shared/exchange/schema';
import { z } from '../shared/zod';

export const SCHEMA_FILE = path.join('docs', 'exchange-format.schema.json');

/** The JSON Schema (draft 2020-12) of what an import accepts, as pretty-printed text. */
export function exchangeJsonSchemaText(): string {
  // Named definitions for the building blocks used everywhere.
  const names = z.registry<{ id: string; description: string }>();
  names.add(id, { id: 'id', description: 'UUID van een gegeven' });
  names.add(timestamp, {
    id: 'tijdstip',
    description: 'ISO-8601-tijdstip in UTC, bijvoorbeeld 2026-11-22T13:05:00.000Z',
  });
  names.add(isoDate, { id: 'datum', description: 'Datum als jjjj-mm-dd' });
  names.add(auditChanges, { id: 'wijzigingen', description: AUDIT_CHANGES_DESCRIPTION });
  const schema = z.toJSONSchema(exchangeDocument, {
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
    $schema: schema.$schema,
    $id: `https://regiodossier.nl/schema/exchange-format-v${EXCHANGE_VERSION}.json`,
    title: 'Regiodossier-uitwisselbestand',
    description: `Uitwisselformaat versie ${EXCHANGE_VERSION}; zie docs/exchange-format.md.`,
    ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema')),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

if (process.argv[1]?.replace(/\\/g, '/').endsWith('scripts/writeExchangeSchema.ts')) {
  const file = path.resolve(SCHEMA_FILE);
  fs.writeFileSync(file, exchangeJsonSchemaText());
  console.log(`Geschreven: ${file}`);
}
