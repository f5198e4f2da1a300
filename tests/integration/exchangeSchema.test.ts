import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exchangeJsonSchemaText, SCHEMA_FILE } from '../../scripts/writeExchangeSchema';

describe('docs/exchange-format.schema.json', () => {
  it('matches the zod schema (run npm run schema after changing it)', () => {
    const committed = fs.existsSync(SCHEMA_FILE) ? fs.readFileSync(SCHEMA_FILE, 'utf8') : '';
    expect(committed, 'docs/exchange-format.schema.json is out of date: run npm run schema').toBe(
      exchangeJsonSchemaText(),
    );
  });

  it('describes every collection and dates as format date', () => {
    const schema = JSON.parse(exchangeJsonSchemaText()) as {
      properties: Record<string, unknown>;
      required: string[];
      $defs: Record<string, { format?: string }>;
    };
    for (const key of [
      'regions',
      'parties',
      'regionMemberships',
      'contacts',
      'roleAssignments',
      'themes',
      'auditLog',
    ]) {
      expect(schema.required).toContain(key);
    }
    // Added later in version 1: described, but optional so older files stay valid.
    for (const key of [
      'agreements',
      'agreementStatusChanges',
      'progressUpdates',
      'agreementReviews',
      'meetings',
      'agendaItems',
      'decisions',
      'actionItems',
      'minutesVersions',
    ]) {
      expect(schema.properties).toHaveProperty(key);
      expect(schema.required).not.toContain(key);
    }
    expect(schema.$defs.datum?.format).toBe('date');
    expect(schema.$defs.tijdstip?.format).toBe('date-time');
  });
});
