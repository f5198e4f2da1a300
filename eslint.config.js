// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Import boundaries of docs/architecture.md §2: each folder may import only what its row allows. */
const forbid = (...groups) =>
  groups.map((group) => ({ group, message: `Not allowed here (docs/architecture.md §2).` }));
const ELECTRON = forbid(['electron']);
const UI = forbid([
  'react',
  'react-dom',
  'react/*',
  'react-dom/*',
  '@mantine/*',
  'zustand',
  'react-router',
]);
const NODE_ONLY = forbid(['better-sqlite3', 'node:*', 'fs', 'path']);
const UP = (folder) => forbid([`**/${folder}`, `**/${folder}/**`]);
/** Sibling folders/files of electron/ reached from electron/api or electron/dossier. */
const SHELL_SIBLINGS = forbid([
  '../dossier',
  '../dossier/*',
  '../cli',
  '../cli/*',
  '../main',
  '../window',
  '../ipc',
  '../preload',
  '../menu',
  '../dialogs',
]);
const API_SIBLINGS = forbid([
  '../api',
  '../api/*',
  '../cli',
  '../cli/*',
  '../main',
  '../window',
  '../ipc',
  '../preload',
  '../menu',
  '../dialogs',
]);

const boundary = (files, patterns) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      '.native/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-console': 'off',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'tests/harness/shim.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  boundary(
    ['shared/**/*.ts'],
    [
      ...ELECTRON,
      ...UI,
      ...NODE_ONLY,
      ...UP('db'),
      ...UP('electron'),
      ...UP('renderer'),
      ...UP('tests'),
    ],
  ),
  boundary(
    ['db/**/*.ts'],
    [...ELECTRON, ...UI, ...UP('electron'), ...UP('renderer'), ...UP('tests')],
  ),
  boundary(
    ['electron/api/**/*.ts'],
    [...ELECTRON, ...UI, ...UP('renderer'), ...UP('tests'), ...SHELL_SIBLINGS],
  ),
  boundary(
    ['electron/dossier/**/*.ts'],
    [...ELECTRON, ...UI, ...UP('renderer'), ...UP('tests'), ...API_SIBLINGS],
  ),
  boundary(
    ['electron/files/**/*.ts'],
    [
      ...ELECTRON,
      ...UI,
      ...UP('renderer'),
      ...UP('tests'),
      ...forbid(['../dossier', '../dossier/*', '../cli', '../cli/*', '../main', '../window']),
      ...forbid(['../ipc', '../preload', '../menu', '../dialogs']),
    ],
  ),
  boundary(
    ['electron/cli/**/*.ts'],
    [
      ...ELECTRON,
      ...UI,
      ...UP('renderer'),
      ...UP('tests'),
      ...forbid(['../main', '../window', '../ipc', '../preload', '../menu', '../dialogs']),
    ],
  ),
  boundary(
    ['renderer/**/*.{ts,tsx}'],
    [...ELECTRON, ...NODE_ONLY, ...UP('db'), ...UP('electron'), ...UP('tests')],
  ),
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/api.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='window'][property.name='regio']",
          message: 'Use the typed client in renderer/api.ts instead of window.regio.',
        },
      ],
    },
  },
);
