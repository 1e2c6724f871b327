import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveEnvironment } from './env-file.js';

describe('resolveEnvironment', () => {
  const dir = mkdtempSync(join(tmpdir(), 'envfile-'));
  const file = join(dir, 'env.test');
  writeFileSync(file, 'PORT=9001\nLOG_LEVEL=debug\n# comment\n');

  it('reads the file named by --env-file', () => {
    expect(resolveEnvironment(['--env-file', file], {}).env).toMatchObject({
      PORT: '9001',
      LOG_LEVEL: 'debug',
    });
    expect(resolveEnvironment([`--env-file=${file}`], {}).env.PORT).toBe('9001');
  });

  it('reads the file named by ENV_FILE', () => {
    expect(resolveEnvironment([], { ENV_FILE: file }).env.PORT).toBe('9001');
  });

  it('lets real environment variables override the file', () => {
    expect(resolveEnvironment(['--env-file', file], { PORT: '7000' }).env.PORT).toBe('7000');
  });

  it('fails clearly when the file is missing', () => {
    expect(() => resolveEnvironment(['--env-file', join(dir, 'nope')], {})).toThrow(/Cannot read env file/);
  });

  it('returns the environment untouched without a file', () => {
    const env = { A: '1' };
    expect(resolveEnvironment([], env).env).toBe(env);
  });
});
