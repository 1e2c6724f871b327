#!/usr/bin/env node
// Builds the pages (dashboard, admin, and the widget when web/widget/vite.config.ts exists) with
// Vite's JS API into dist/web. `ensureWebBuilt()` builds only when dist/web is missing or older than
// a file under web/, so `npm start` and the browser tests pay for a build only after a change.
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const webDir = join(root, 'web');
const outDir = join(root, 'dist', 'web');
// Written after a whole build succeeds: its mtime is "when dist/web was last built".
const stamp = join(outDir, '.built');
const lockDir = join(root, 'dist', '.web-build.lock');
const CONFIGS = [join(webDir, 'vite.config.ts'), join(webDir, 'widget', 'vite.config.ts')];

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

export function webBuildIsStale() {
  return !existsSync(stamp) || newestMtime(webDir) > statSync(stamp).mtimeMs;
}

export async function buildWeb() {
  const { build } = await import('vite');
  for (const configFile of CONFIGS.filter((path) => existsSync(path))) {
    // Production mode whoever asks (tests and benches run under NODE_ENV=test).
    await build({ configFile, mode: 'production', logLevel: 'warn' });
  }
  writeFileSync(stamp, `${new Date().toISOString()}\n`);
}

// Several processes (test workers, `npm start`) may ask at once: one builds, the others wait for it.
async function withBuildLock(work) {
  mkdirSync(join(root, 'dist'), { recursive: true });
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      mkdirSync(lockDir);
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      // A lock older than three minutes belongs to a build that died.
      if (Date.now() - statSync(lockDir, { throwIfNoEntry: false })?.mtimeMs > 180_000) {
        rmSync(lockDir, { recursive: true, force: true });
      }
      if (Date.now() > deadline) throw new Error('timed out waiting for another web build');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}

/** Builds dist/web when it is missing or older than web/; answers whether it built. */
export async function ensureWebBuilt({ log = (line) => process.stdout.write(`${line}\n`) } = {}) {
  if (!webBuildIsStale()) return false;
  return withBuildLock(async () => {
    if (!webBuildIsStale()) return false;
    log('Building pages (vite)…');
    await buildWeb();
    return true;
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await withBuildLock(buildWeb);
  process.stdout.write(`Pages built into ${outDir}\n`);
}
