// Lint keeps the process boundaries (like VS Code's common/node/electron-main layers):
// the renderer imports no Node or Electron module and nothing of electron/ but shared;
// services never import electron or the renderer; shared imports nothing process-specific.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = [
  'assert', 'buffer', 'child_process', 'cluster', 'crypto', 'dgram', 'dns', 'events', 'fs', 'fs/promises', 'http',
  'https', 'net', 'os', 'path', 'perf_hooks', 'process', 'readline', 'stream', 'tls', 'url', 'util', 'worker_threads', 'zlib',
];
const nodeModules = NODE_BUILTINS.flatMap((m) => [m, `node:${m}`]);

/** What the whole renderer may not import (repeated in the feature blocks below: a later block replaces a rule's options). */
const RENDERER_PATHS = [...nodeModules, 'electron'].map((name) => ({ name, message: 'The renderer is sandboxed: reach the main process through core/api.ts.' }));
const RENDERER_PATTERNS = [
  { group: ['**/electron/main/**', '**/electron/preload/**', '**/electron/services/**', '**/electron/cli/**'], message: 'The renderer may import only electron/shared.' },
  { group: ['lowdb', 'lowdb/*', 'sharp', 'exifr', 'commander', 'heic-convert'], message: 'Node-only library: it belongs in electron/services.' },
];
// Every folder of renderer/features/, read at lint time, so a new feature is held to the rule too.
const FEATURES = readdirSync(path.join(import.meta.dirname, 'renderer/features'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
// TEMPORARY (issue #12): pure logic still imported across features while the domain engineer moves it to
// electron/shared/domain/. The lead removes this list when merging; nothing may be added to it.
/** The renderer's rule with more restrictions for a folder (a later block replaces a rule's options, so they are merged here). */
const rendererImports = ({ paths = [], patterns = [] } = {}) => ['error', { paths: [...RENDERER_PATHS, ...paths], patterns: [...RENDERER_PATTERNS, ...patterns] }];
const featureOnly = (feature) => [
  {
    regex: `^\\.\\./(?!${feature}/|\\.\\./)`,
    message: `renderer/features/${feature} imports no other feature: move what is shared to renderer/ui or renderer/core, or let the shell compose the two.`,
  },
  {
    regex: '^\\.\\./\\.\\./(?!core/|ui/|\\.\\./)',
    message: 'A feature may import renderer/core and renderer/ui only (the shell composes features, not the other way round).',
  },
];
const UI_IS_BOTTOM = { regex: '^\\.\\./(core|shell|features)/', message: 'renderer/ui holds shared pieces that depend on no part of the renderer (props in, callbacks out).' };
const CORE_BELOW_SHELL = { regex: '^\\.\\./shell/', message: 'renderer/core sits below the shell: the shell imports core, not the other way round.' };
// Slices hold state and call the bridge; words are chosen where they are shown (a notice is raised by key).
const NO_I18N_IN_SLICES = ['i18next', 'react-i18next'].map((name) => ({ name, message: 'Slices hold state only: raise a notice by key (`i18n: { key }`) and let the view translate it.' }));

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.bench/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'off',
      'no-empty-pattern': 'off',
      // File-name sanitising matches control characters on purpose.
      'no-control-regex': 'off',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'no-restricted-imports': rendererImports(),
    },
  },
  // Inside the renderer: ui/ (shared pieces) imports nothing of the renderer; core/ (no views) never the shell;
  // features import core, ui, electron/shared and their own folder; the shell composes them all.
  { files: ['renderer/ui/**/*.{ts,tsx}'], rules: { 'no-restricted-imports': rendererImports({ patterns: [UI_IS_BOTTOM] }) } },
  { files: ['renderer/core/**/*.{ts,tsx}'], rules: { 'no-restricted-imports': rendererImports({ patterns: [CORE_BELOW_SHELL] }) } },
  { files: ['renderer/core/**/*Slice.ts'], rules: { 'no-restricted-imports': rendererImports({ paths: NO_I18N_IN_SLICES, patterns: [CORE_BELOW_SHELL] }) } },
  // Features do not import each other (nor the shell). What two features share goes down into ui/ or core/,
  // and the shell composes features (e.g. the journal view gets the capture bar and the editor as props).
  // Feature folders are flat, so '../<name>/' from a feature file is always another feature.
  ...FEATURES.flatMap((feature) => [
    { files: [`renderer/features/${feature}/**/*.{ts,tsx}`], rules: { 'no-restricted-imports': rendererImports({ patterns: featureOnly(feature) }) } },
    {
      files: [`renderer/features/${feature}/**/*Slice.ts`],
      rules: { 'no-restricted-imports': rendererImports({ paths: NO_I18N_IN_SLICES, patterns: featureOnly(feature) }) },
    },
  ]),
  {
    files: ['electron/services/**/*.ts', 'electron/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'Services and the CLI run without Electron: keep Electron APIs in electron/main.' }],
          patterns: [
            { group: ['**/renderer/**'], message: 'Services never import the renderer.' },
            { group: ['**/electron/main/**', '**/electron/preload/**'], message: 'Services sit below main and preload.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...nodeModules, 'electron'].map((name) => ({ name, message: 'electron/shared is imported by the renderer: no Node or Electron here.' })),
          patterns: [{ group: ['**/services/**', '**/main/**', '**/preload/**', '**/cli/**', '**/renderer/**'], message: 'electron/shared depends on nothing else of the app.' }],
        },
      ],
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/services/**', '**/main/**', '**/renderer/**'], message: 'The preload exposes the contract only.' }] },
      ],
    },
  },
);
