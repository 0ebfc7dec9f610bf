import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // The series preview renders on a worker thread (electron/services/export/preview-worker-client.ts finds it beside index.js).
      rollupOptions: { input: { index: resolve('electron/main/index.ts'), 'preview-worker': resolve('electron/services/export/preview-worker.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload can require nothing but `electron`: bundle the
      // contract's method names in, and emit CommonJS (package.json says "module").
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs', inlineDynamicImports: true },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react()],
    build: {
      outDir: resolve('out/renderer'),
      // The renderer's code is parsed on every start: minified, the first chunk (React and the trip list) parses in a third of the time.
      minify: true,
      rollupOptions: { input: { index: resolve('renderer/index.html') } },
    },
  },
});
