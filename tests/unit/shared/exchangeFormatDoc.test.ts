/**
 * docs/exchange-format.md describes every collection of the exchange document and every field of
 * its records, as the schema has them: a field added to the schema without its line in the
 * documentation fails here.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exchangeDocument } from '../../../shared/exchange/schema';
import { EXCHANGE_COLLECTIONS } from '../../../shared/recordKinds';

const DOC = readFileSync(path.join(__dirname, '../../../docs/exchange-format.md'), 'utf8');
/** The fields every record has, described once under "Conventies". */
const GENERAL = ['id', 'createdAt', 'updatedAt', 'deletedAt', 'trashGroup'];

/** The names in backticks in the first cell of each table row of a part of the document. */
function documentedFields(part: string): Set<string> {
  const names = new Set<string>();
  for (const line of part.split('\n')) {
    const cell = /^\s*\|([^|]*)\|/.exec(line)?.[1] ?? '';
    for (const [, name] of cell.matchAll(/`([^`]+)`/g)) names.add(name!);
  }
  return names;
}

/** The part from `**\`collection\`**` up to the next collection or section. */
function collectionPart(collection: string): string {
  const start = DOC.indexOf(`**\`${collection}\`**`);
  if (start < 0) return '';
  const rest = DOC.slice(start + 1);
  const end = rest.search(/\n\*\*`|\n## /);
  return end < 0 ? rest : rest.slice(0, end);
}

type Def = {
  type: string;
  innerType?: { _zod: { def: Def } };
  element?: { _zod: { def: Def } };
  shape?: Record<string, unknown>;
};
const defOf = (schema: unknown) => (schema as { _zod: { def: Def } })._zod.def;

/** The fields of a collection's records: through the list and any default. */
function recordFields(schema: unknown): string[] {
  let def = defOf(schema);
  while (def.type !== 'object') {
    const next = def.innerType ?? def.element;
    if (!next) throw new Error(`Geen object in de lijst (${def.type})`);
    def = next._zod.def;
  }
  return Object.keys(def.shape!);
}

describe('docs/exchange-format.md', () => {
  it('lists every collection of the document at the top level', () => {
    const top = documentedFields(DOC.slice(0, DOC.indexOf('\n## Conventies')));
    const missing = Object.keys(exchangeDocument.shape).filter((k) => !top.has(k));
    expect(missing).toEqual([]);
  });

  it.each(EXCHANGE_COLLECTIONS)('describes %s and every field of its records', (collection) => {
    const part = collectionPart(collection);
    expect(part, `geen **\`${collection}\`** in de documentatie`).not.toBe('');
    const documented = documentedFields(part);
    const fields = recordFields(exchangeDocument.shape[collection]);
    expect(fields.filter((f) => !GENERAL.includes(f) && !documented.has(f))).toEqual([]);
  });
});
