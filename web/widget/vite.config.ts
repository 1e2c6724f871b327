// The chat widget: one self-contained script (IIFE, no framework) at dist/web/widget/embed.js, which
// any website loads with <script src="…/widget/embed.js" data-widget-token="…" async>. Built by
// scripts/build-web.mjs after the dashboard build (which empties dist/web first).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../../dist/web/widget', import.meta.url)),
    emptyOutDir: true,
    target: 'es2020',
    sourcemap: false,
    minify: true,
    lib: {
      entry: fileURLToPath(new URL('./src/embed.ts', import.meta.url)),
      formats: ['iife'],
      name: 'AiReceptionistWidget',
      fileName: () => 'embed.js',
    },
  },
});
