// @ts-check
/**
 * The layer table of docs/architecture.md §2 as data, and the ESLint rule that enforces it on
 * every relative import (packages are checked by no-restricted-imports in eslint.config.js).
 * tests/unit/lint/layers.test.ts checks that the table in the docs says the same as this one.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

/** Which features a feature may use (besides components and the data layer), and why. */
export const FEATURE_USES = {
  contacts: ['roles'], // a contact's roles: RoleTable, AssignRoleModal
  parties: ['roles'], // a party's roles: RoleTable
  meetings: ['agreements', 'export', 'reviewPackages'], // an afspraak from a besluit (AgreementForm); the notulen PDF
  overview: ['agreements', 'export', 'meetings', 'reviewPackages', 'roles'], // the start screen shows their cards
  firstRun: ['regions', 'settings'], // the first region and the user's name
  settings: ['backups', 'files'], // their cards on Instellingen
  handover: ['export'], // the overdracht as PDF
  files: ['reviewMode'], // Openen… of a beoordelingspakket starts review mode
  reviewMode: ['agreements', 'reviewPackages'], // review.css; a dropped response is read in
  agreements: ['reviewPackages'], // a package from the selection; an agreement's packages
};

const RENDERER_BASE = ['shared', 'renderer/api.ts'];

/**
 * Each layer and the layers it may import (its own always). A layer is a folder, a file, or
 * `renderer/features/*`: each feature is its own layer.
 */
export const LAYERS = {
  shared: [],
  db: ['shared'],
  'electron/text': ['shared'],
  'electron/api': ['shared', 'db', 'electron/text', 'electron/review'],
  'electron/dossier': ['shared', 'electron/text'],
  'electron/review': ['shared'],
  'electron/files': ['shared', 'db', 'electron/api', 'electron/review'],
  'electron/cli': [
    'shared',
    'db',
    'electron/api',
    'electron/dossier',
    'electron/review',
    'electron/text',
    'electron/dbLocation.ts',
  ],
  'renderer/api.ts': ['shared'],
  'renderer/data': RENDERER_BASE,
  'renderer/components': [...RENDERER_BASE, 'renderer/data'],
  'renderer/features/*': [...RENDERER_BASE, 'renderer/data', 'renderer/components'],
  'renderer/app': [...RENDERER_BASE, 'renderer/data', 'renderer/components', 'renderer/features/*'],
};

/** The layer a repository path belongs to; undefined for code the table does not limit. */
export function layerOf(relPath) {
  const p = relPath.split(path.sep).join('/');
  const feature = /^renderer\/features\/([^/]+)/.exec(p);
  if (feature) return `renderer/features/${feature[1]}`;
  if (p === 'renderer/main.tsx') return 'renderer/app';
  return Object.keys(LAYERS).find(
    (layer) => !layer.endsWith('*') && (p === layer || p.startsWith(`${layer}/`)),
  );
}

/** Whether a file of layer `from` may import one of layer `to` (undefined: outside the table). */
export function mayImport(from, to, targetPath) {
  if (from === undefined || from === to) return true;
  const feature = from.startsWith('renderer/features/') ? from.slice(18) : undefined;
  const allowed = LAYERS[feature ? 'renderer/features/*' : from];
  if (to?.startsWith('renderer/features/')) {
    if (allowed.includes('renderer/features/*')) return true;
    return Boolean(feature && FEATURE_USES[feature]?.includes(to.slice(18)));
  }
  // A file layer (renderer/api.ts) is imported without its extension.
  const target = targetPath.split(path.sep).join('/');
  return allowed.some(
    (layer) => layer === to || layer === target || layer.startsWith(`${target}.`),
  );
}

/** @type {import('eslint').Rule.RuleModule} */
const rule = {
  meta: {
    type: 'problem',
    schema: [],
    messages: {
      layer: '{{from}} may not import {{to}} (docs/architecture.md §2).',
    },
  },
  create(context) {
    const file = path.relative(ROOT, context.filename);
    const from = layerOf(file);
    if (from === undefined) return {};
    const check = (node) => {
      const spec = node.source?.value;
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const target = path.relative(ROOT, path.resolve(path.dirname(context.filename), spec));
      const to = layerOf(target);
      if (!mayImport(from, to, target)) {
        context.report({
          node: node.source,
          messageId: 'layer',
          data: { from, to: to ?? target },
        });
      }
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

export const layersPlugin = { rules: { imports: rule } };
