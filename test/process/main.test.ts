import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// Node itself with tsx as a loader: one process, so SIGTERM reaches the service's own handler.
function startMain(env: Record<string, string>): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: {
      PATH: process.env.PATH ?? '',
      LOG_LEVEL: 'info',
      DATABASE_URL: 'sqlite::memory:',
      PORT: '0',
      HOST: '127.0.0.1',
      ...env,
    },
  });
}

function collect(child: ChildProcessWithoutNullStreams) {
  const out = { stdout: '', stderr: '' };
  child.stdout.on('data', (chunk) => {
    out.stdout += chunk;
  });
  child.stderr.on('data', (chunk) => {
    out.stderr += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { out, exited };
}

async function waitFor(predicate: () => string | undefined, timeoutMs: number): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = predicate();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('timed out');
}

describe('the service process', () => {
  it('refuses to start on bad configuration, naming the variable', async () => {
    const child = startMain({ PORT: 'eighty', LOG_LEVEL: 'loud' });
    const { out, exited } = collect(child);
    expect(await exited).toBe(1);
    expect(out.stderr).toContain('PORT: must be a number');
    expect(out.stderr).toContain('LOG_LEVEL: must be one of');
    const production = collect(startMain({ ENVIRONMENT: 'production' }));
    expect(await production.exited).toBe(1);
    expect(production.out.stderr).toContain('ADMIN_API_KEY: is required when ENVIRONMENT=production');
  });

  it('prints the demo credentials, serves, and shuts down cleanly on SIGTERM', async () => {
    const child = startMain({ DEFAULT_BUSINESS_API_KEY: 'tk_process_test_key_0000000000000000000000' });
    const { out, exited } = collect(child);
    try {
      const url = await waitFor(
        () => /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(out.stdout)?.[1],
        15_000,
      );
      await waitFor(() => (out.stdout.includes('X-Widget-Token') ? 'yes' : undefined), 5_000);
      expect(out.stdout).toContain('X-API-Key:      tk_process_test_key_0000000000000000000000');
      const owner = await fetch(`${url}/v1/owner/business`, {
        headers: { 'x-api-key': 'tk_process_test_key_0000000000000000000000' },
      });
      expect(owner.status).toBe(200);
      expect(((await owner.json()) as { id: string }).id).toBe('default_business');
      // Credentials are printed for the developer, never written into the JSON log lines.
      const logLines = out.stdout.split('\n').filter((line) => line.startsWith('{'));
      expect(logLines.join('\n')).not.toContain('tk_process_test_key');
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    expect(out.stdout).toContain('shutting down');
  });
});
