// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { layersPlugin } from './eslint/layers.js';

/**
 * Import boundaries of docs/architecture.md §2. Between the project's folders: the layer rule of
 * eslint/layers.js (the table as data); here: the packages a folder may not use.
 */
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
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    plugins: { layers: layersPlugin },
    rules: { 'layers/imports': 'error' },
  },
  boundary(['shared/**/*.ts'], [...ELECTRON, ...UI, ...NODE_ONLY]),
  boundary(['db/**/*.ts'], [...ELECTRON, ...UI]),
  boundary(
    [
      'electron/api/**/*.ts',
      'electron/dossier/**/*.ts',
      'electron/text/**/*.ts',
      'electron/files/**/*.ts',
      'electron/cli/**/*.ts',
    ],
    [...ELECTRON, ...UI],
  ),
  boundary(['renderer/**/*.{ts,tsx}'], [...ELECTRON, ...NODE_ONLY]),
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
