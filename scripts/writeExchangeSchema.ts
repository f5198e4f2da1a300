/**
 * Writes docs/exchange-format.schema.json from the zod schema (`npm run schema`).
 * tests/integration/exchangeSchema.test.ts fails when the committed file is out of date.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AUDIT_CHANGES_DESCRIPTION, auditChanges } from '../shared/exchange/auditChanges';
import { EXCHANGE_VERSION, exchangeDocument } from '../shared/exchange/schema';
import { isMain, zodJsonSchemaText } from './zodJsonSchema';

export const SCHEMA_FILE = path.join('docs', 'exchange-format.schema.json');

/** The JSON Schema (draft 2020-12) of what an import accepts, as pretty-printed text. */
export function exchangeJsonSchemaText(): string {
  return zodJsonSchemaText(
    exchangeDocument,
    {
      $id: `https://regiodossier.nl/schema/exchange-format-v${EXCHANGE_VERSION}.json`,
      title: 'Regiodossier-uitwisselbestand',
      description: `Uitwisselformaat versie ${EXCHANGE_VERSION}; zie docs/exchange-format.md.`,
    },
    (names) =>
      names.add(auditChanges, { id: 'wijzigingen', description: AUDIT_CHANGES_DESCRIPTION }),
  );
}

if (isMain('writeExchangeSchema.ts')) {
  const file = path.resolve(SCHEMA_FILE);
  fs.writeFileSync(file, exchangeJsonSchemaText());
  console.log(`Geschreven: ${file}`);
}
