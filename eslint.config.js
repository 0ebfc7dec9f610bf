// Lint keeps the process boundaries (like VS Code's common/node/electron-main layers):
// the renderer imports no Node or Electron module and nothing of electron/ but shared;
// services never import electron or the renderer; shared imports nothing process-specific.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = [
  'assert', 'buffer', 'child_process', 'cluster', 'crypto', 'dgram', 'dns', 'events', 'fs', 'fs/promises', 'http',
  'https', 'net', 'os', 'path', 'perf_hooks', 'process', 'readline', 'stream', 'tls', 'url', 'util', 'worker_threads', 'zlib',
];
const nodeModules = NODE_BUILTINS.flatMap((m) => [m, `node:${m}`]);

/** What services and the CLI may not import, plus any narrower rule of one folder (a later block replaces, never merges). */
const servicesImports = (extra = []) => ({
  paths: [{ name: 'electron', message: 'Services and the CLI run without Electron: keep Electron APIs in electron/main.' }],
  patterns: [
    { group: ['**/renderer/**'], message: 'Services never import the renderer.' },
    { group: ['**/electron/main/**', '**/electron/preload/**'], message: 'Services sit below main and preload.' },
    ...extra,
  ],
});
const SERIES_NOT_EXPORT = (group) => ({ group, message: 'series/ sits below export/: export imports series, never the reverse.' });

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
      'no-restricted-imports': [
        'error',
        {
          paths: [...nodeModules, 'electron'].map((name) => ({ name, message: 'The renderer is sandboxed: reach the main process through app/api.ts.' })),
          patterns: [
            { group: ['**/electron/main/**', '**/electron/preload/**', '**/electron/services/**', '**/electron/cli/**'], message: 'The renderer may import only electron/shared.' },
            { group: ['lowdb', 'lowdb/*', 'sharp', 'exifr', 'commander', 'heic-convert'], message: 'Node-only library: it belongs in electron/services.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/services/**/*.ts', 'electron/cli/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', servicesImports()] },
  },
  // Export publishes a series, so export imports series and not the other way round (the preview
  // lives in export/). One tie is left: a series view names the parts that would publish nothing,
  // which only export's model knows (series/arrange.ts → export/model).
  {
    files: ['electron/services/series/**/*.ts'],
    ignores: ['electron/services/series/arrange.ts'],
    rules: { 'no-restricted-imports': ['error', servicesImports([SERIES_NOT_EXPORT(['**/export/**'])])] },
  },
  {
    files: ['electron/services/series/arrange.ts'],
    rules: { 'no-restricted-imports': ['error', servicesImports([SERIES_NOT_EXPORT(['**/export/**', '!**/export/model'])])] },
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
