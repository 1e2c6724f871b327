import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// A reader over one fixed directory that serves only names found in a listing of it. A requested
// name is never joined onto the directory: it is looked up in the listing, so "..", encoded
// separators, absolute paths or symlinked names outside the listing simply do not exist here.
// The listing is taken when the reader is made and again on a miss (at most every few seconds), so
// `npm run build` while the service runs is picked up without a restart.

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
};

const RELIST_AFTER_MS = 2_000;

export interface StaticFile {
  body: Buffer;
  type: string;
}

export interface StaticDirectory {
  /** The file `name` (a plain file name in the listing), or null. */
  read(name: string): Promise<StaticFile | null>;
}

export function createStaticDirectory(dir: string, now: () => number = Date.now): StaticDirectory {
  let names = listFiles(dir);
  let listedAt = now();

  function has(name: string): boolean {
    if (names.has(name)) return true;
    if (now() - listedAt < RELIST_AFTER_MS) return false;
    names = listFiles(dir);
    listedAt = now();
    return names.has(name);
  }

  return {
    async read(name) {
      if (!has(name)) return null;
      try {
        const body = await readFile(join(dir, name));
        return { body, type: TYPES[extname(name).toLowerCase()] ?? 'application/octet-stream' };
      } catch {
        return null;
      }
    },
  };
}

// Regular files directly in `dir`, without dot files (.built and the like are not for browsers).
function listFiles(dir: string): Set<string> {
  try {
    const entries = readdirSync(dir, { withFileTypes: true });
    return new Set(
      entries.filter((entry) => entry.isFile() && !entry.name.startsWith('.')).map((e) => e.name),
    );
  } catch {
    return new Set();
  }
}

/** dist/web of this checkout: the package root found from this file, in src/ (tsx) or dist/ (tsc). */
export function defaultWebRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) return fileURLToPath(new URL('../../../dist/web', import.meta.url));
    dir = parent;
  }
  return join(dir, 'dist', 'web');
}
