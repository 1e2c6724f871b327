import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createStaticDirectory } from '../../src/platform/http/static-files.js';

// The reader behind the pages: only names in a listing of its one directory, the listing renewed on
// a miss at most every two seconds (a build while the service runs is picked up without a restart).

describe('static directory', () => {
  const dirs: string[] = [];
  const fresh = () => {
    const dir = mkdtempSync(join(tmpdir(), 'static-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('serves listed files with their type, and nothing else', async () => {
    const root = fresh();
    const dir = join(root, 'assets');
    mkdirSync(dir);
    writeFileSync(join(dir, 'app-1a2b.js'), 'x');
    writeFileSync(join(dir, '.hidden'), 'secret');
    writeFileSync(join(root, 'outside.txt'), 'outside');
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'inner.js'), 'inner');
    symlinkSync(join(root, 'outside.txt'), join(dir, 'link.txt'));
    const files = createStaticDirectory(dir);

    expect(await files.read('app-1a2b.js')).toEqual({
      body: Buffer.from('x'),
      type: 'text/javascript; charset=utf-8',
    });
    for (const name of ['.hidden', '../outside.txt', 'sub/inner.js', 'sub', 'link.txt', '', '/etc/passwd']) {
      expect(await files.read(name), name).toBeNull();
    }
  });

  it('picks up files built after it started, listing again at most every two seconds', async () => {
    const dir = fresh();
    let now = 0;
    const files = createStaticDirectory(dir, () => now);
    expect(await files.read('embed.js')).toBeNull();
    writeFileSync(join(dir, 'embed.js'), 'built');
    now = 1_000;
    expect(await files.read('embed.js')).toBeNull();
    now = 2_500;
    expect((await files.read('embed.js'))?.body.toString()).toBe('built');
  });

  it('answers nothing for a directory that does not exist', async () => {
    expect(
      await createStaticDirectory(join(tmpdir(), `missing-${process.pid}`)).read('index.html'),
    ).toBeNull();
  });
});
