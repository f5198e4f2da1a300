import { readFileSync } from 'node:fs';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript module (eslint/layers.js), typed by its JSDoc only
import { FEATURE_USES, LAYERS } from '../../../eslint/layers.js';

const layers = LAYERS as Record<string, string[]>;
const featureUses = FEATURE_USES as Record<string, string[]>;

/** The rows of a Markdown table under `heading`'s line, as cells (backticks kept). */
function tableAfter(text: string, firstHeader: string): string[][] {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => line.startsWith(`| ${firstHeader} `));
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
  }
  return rows;
}

/** The names in backticks, as the layer names of eslint/layers.js. */
const names = (cell: string) =>
  [...cell.matchAll(/`([^`]+)`/g)]
    .map((m) => m[1]!.replace('<domain>', '*').replace(/\/$/, ''))
    .sort();

describe('the layer table of docs/architecture.md §2', () => {
  const docs = readFileSync('docs/architecture.md', 'utf8');

  it('is the table that eslint/layers.js enforces', () => {
    const rows = tableAfter(docs, 'folder');
    const documented = Object.fromEntries(
      rows.map(([folder, , mayImport]) => [names(folder!)[0], names(mayImport!)]),
    );
    for (const [layer, allowed] of Object.entries(layers)) {
      expect(documented[layer], layer).toEqual([...allowed].sort());
    }
  });

  it('names the same feature-to-feature uses', () => {
    const rows = tableAfter(docs, 'feature');
    const documented = Object.fromEntries(rows.map(([f, uses]) => [names(f!)[0], names(uses!)]));
    const enforced = Object.fromEntries(
      Object.entries(featureUses).map(([f, uses]) => [f, [...uses].sort()]),
    );
    expect(documented).toEqual(enforced);
  });
});

describe('the layer rule', () => {
  const eslint = new ESLint();
  const problems = async (filePath: string, code: string) => {
    const [result] = await eslint.lintText(code, { filePath });
    return result!.messages.filter((m) => m.ruleId === 'layers/imports').map((m) => m.message);
  };

  it.each([
    ['renderer/components/Bad.tsx', "import { App } from '../app/App';"],
    ['renderer/components/Bad.tsx', "import { X } from '../features/agreements/AgreementForm';"],
    ['renderer/data/bad.ts', "import { PageHeader } from '../components/PageHeader';"],
    ['renderer/features/themes/Bad.tsx', "import { RoleTable } from '../roles/RoleTable';"],
    ['renderer/features/agreements/Bad.tsx', "import { X } from '../meetings/MeetingScreen';"],
    ['renderer/features/meetings/Bad.tsx', "import { router } from '../../app/routes';"],
    ['electron/api/bad.ts', "import { x } from '../files/dossierFiles';"],
    ['electron/dossier/bad.ts', "import { x } from '../../db/open';"],
    ['shared/bad.ts', "export * from '../db/open';"],
    ['db/bad.ts', "const x = import('../electron/api/createApi');"],
  ])(
    'refuses in %s: %s',
    async (filePath, code) => {
      expect(await problems(filePath, `${code}\nexport {};\n`)).toHaveLength(1);
    },
    60_000,
  );

  it.each([
    ['renderer/components/Good.tsx', "import { useQuery } from '../data/data';"],
    ['renderer/features/contacts/Good.tsx', "import { RoleTable } from '../roles/RoleTable';"],
    ['renderer/features/themes/Good.tsx', "import { ApiError } from '../../api';"],
    ['renderer/app/Good.tsx', "import { X } from '../features/themes/ThemeList';"],
    ['electron/files/good.ts', "import { x } from '../api/createApi';"],
    ['electron/cli/good.ts', "import { x } from '../dbLocation';"],
  ])(
    'allows in %s: %s',
    async (filePath, code) => {
      expect(await problems(filePath, `${code}\nexport {};\n`)).toEqual([]);
    },
    60_000,
  );
});
