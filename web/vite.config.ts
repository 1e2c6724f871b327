// The dashboard and admin pages: one multi-page build into dist/web (the widget has its own config
// in widget/, built after this one by scripts/build-web.mjs). Preact through Oxc's automatic JSX
// runtime, so no Babel preset or React plugin is needed.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  base: '/',
  publicDir: false,
  logLevel: 'warn',
  // development: false even when the build runs under NODE_ENV=test (a browser test or the bench
  // triggered it): the dev transform adds file names and line numbers to every element (+60 % JS).
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact', development: false } },
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    // This build runs first and owns dist/web; the widget build adds dist/web/widget afterwards.
    emptyOutDir: true,
    assetsDir: 'assets',
    target: 'es2022',
    sourcemap: false,
    rollupOptions: {
      input: {
        dashboard: fileURLToPath(new URL('./dashboard/index.html', import.meta.url)),
        admin: fileURLToPath(new URL('./admin/index.html', import.meta.url)),
      },
    },
  },
});
