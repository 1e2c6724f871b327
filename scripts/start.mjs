#!/usr/bin/env node
// `npm start`: compile when dist/ is missing or older than src/, then run the service.
// Arguments pass through, e.g. `npm start -- --env-file env.dev.redis` or `--migrate-only`.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = new URL('..', import.meta.url).pathname;
const entry = join(root, 'dist', 'main.js');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

const stale = !existsSync(entry) || newestMtime(join(root, 'src')) > statSync(entry).mtimeMs;
if (stale) {
  process.stdout.write('Building (tsc)…\n');
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const build = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], {
    stdio: 'inherit',
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// The dashboard, admin page and widget (Vite), rebuilt only when web/ changed; prints "Building pages (vite)…".
const { ensureWebBuilt } = await import('./build-web.mjs');
await ensureWebBuilt();

// Run in this process (not a child) so SIGTERM/SIGINT reach the service's graceful shutdown.
process.setSourceMapsEnabled(true);
await import(pathToFileURL(entry).href);
