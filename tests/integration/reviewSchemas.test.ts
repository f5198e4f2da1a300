import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reviewJsonSchemaTexts } from '../../scripts/writeReviewSchemas';

type JsonSchema = {
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  $defs?: Record<string, JsonSchema & { format?: string; pattern?: string }>;
};

/** Every property name in a JSON Schema, at any depth. */
function propertyNames(schema: JsonSchema, into = new Set<string>()): Set<string> {
  for (const [name, sub] of Object.entries(schema.properties ?? {})) {
    into.add(name);
    propertyNames(sub, into);
  }
  if (schema.items) propertyNames(schema.items, into);
  for (const sub of schema.anyOf ?? []) propertyNames(sub, into);
  return into;
}

describe('docs/review-package.schema.json and docs/review-response.schema.json', () => {
  const files = reviewJsonSchemaTexts();

  it.each(files.map((f) => [f.file, f.text]))(
    '%s matches the zod schema (run npm run schema after changing it)',
    (file, text) => {
      const committed = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
      expect(committed, `${file} is out of date: run npm run schema`).toBe(text);
    },
  );

  it('names the building blocks, and docs/review-package.md describes every field', () => {
    const doc = fs.readFileSync('docs/review-package.md', 'utf8');
    for (const { file, text } of files) {
      const schema = JSON.parse(text) as JsonSchema;
      expect(schema.$defs?.datum?.format, file).toBe('date');
      expect(schema.$defs?.tijdstip?.format, file).toBe('date-time');
      expect(schema.$defs?.controlecode?.pattern, file).toBe('^[0-9a-f]{64}$');
      expect(doc, file).toContain(`(${file.replace('docs/', '')})`);
      for (const name of propertyNames(schema))
        expect(doc, `${file}: ${name}`).toContain(`\`${name}\``);
    }
  });
});
