import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  dockerStages,
  execForm,
  type RunningProcess,
  readRepoFile,
  run,
  runUptimeCheck,
  stageEnv,
  start,
  waitFor,
} from './support.js';

// The container's start: the image runs `node dist/main.js` (dist/ is compiled from src/, so this
// runs src/main.ts through tsx) with the image's ENV and a production environment, on a fresh
// SQLite file under a data directory that does not exist yet (the image's writable /app/data).

const ADMIN_KEY = 'ops-test-admin-key-0123456789abcdef0123456789';
const TWILIO_TOKEN = 'ops-test-twilio-auth-token-0123456789abcdef';

const runtimeStage = () => dockerStages(readRepoFile('Dockerfile')).at(-1)!;

function healthcheckScript(): string {
  const healthcheck = runtimeStage().instructions.find((instruction) => instruction.op === 'HEALTHCHECK')!;
  const command = execForm(healthcheck.args.slice(healthcheck.args.indexOf('CMD')));
  expect(command.slice(0, 2)).toEqual(['node', '-e']);
  return command[2]!;
}

describe('the production start of the image', () => {
  let dir: string;
  let service: RunningProcess;
  let url: string;
  let port: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ops-prod-'));
    // Node itself with tsx as a loader: one process, so SIGTERM reaches the service's own handler.
    service = start(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      ...stageEnv(runtimeStage()),
      ENVIRONMENT: 'production',
      ADMIN_API_KEY: ADMIN_KEY,
      SMS_PROVIDER: 'recording',
      TWILIO_AUTH_TOKEN: TWILIO_TOKEN,
      DATABASE_URL: `sqlite:${join(dir, 'data', 'app.db')}`,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
    });
    url = await waitFor(
      () =>
        /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(service.out.stdout)?.[1] ??
        (service.child.exitCode !== null ? `exited: ${service.out.stderr}` : undefined),
      30_000,
      'the service to listen',
    );
    expect(url, service.out.stderr).toMatch(/^http:/);
    port = new URL(url).port;
  }, 60_000);

  afterAll(async () => {
    if (service && service.child.exitCode === null) {
      service.child.kill('SIGKILL');
      await service.exited;
    }
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('answers /healthz and /readyz with 200 on a new SQLite file, and seeds no demo tenant', async () => {
    const health = await fetch(`${url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${url}/readyz`);
    expect(ready.status).toBe(200);
    expect(((await ready.json()) as { status: string }).status).toBe('ok');
    expect(existsSync(join(dir, 'data', 'app.db'))).toBe(true);
    expect(service.out.stdout).not.toContain('Demo tenant');
    // Production: no bare X-Business-ID, admin only with the key.
    expect((await fetch(`${url}/v1/admin/businesses`)).status).toBe(401);
  });

  it("passes the image's HEALTHCHECK (node's fetch on /healthz), which fails when nothing answers", async () => {
    const script = healthcheckScript();
    expect(script).toContain('/healthz');
    const healthy = await run(process.execPath, ['-e', script], { PORT: port }, 10_000);
    expect(healthy.code, healthy.stderr).toBe(0);
    const down = await run(process.execPath, ['-e', script], { PORT: '1' }, 10_000);
    expect(down.code).toBe(1);
  });

  it('passes the uptime check once a tenant exists (signed Twilio probe included)', async () => {
    const created = await fetch(`${url}/v1/admin/businesses`, {
      method: 'POST',
      headers: { 'x-admin-api-key': ADMIN_KEY, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Uptime Plumbing', time_zone: 'America/Chicago' }),
    });
    expect(created.status).toBe(201);
    const tenant = (await created.json()) as { id: string; widget_token: string };
    const result = await runUptimeCheck({
      UPTIME_BASE_URL: url,
      UPTIME_BUSINESS_ID: tenant.id,
      UPTIME_TWILIO_AUTH_TOKEN: TWILIO_TOKEN,
      UPTIME_WIDGET_TOKEN: tenant.widget_token,
    });
    expect(result.code, `${result.stdout}${result.stderr}`).toBe(0);
    expect(result.stdout).toContain('Uptime checks passed.');
  });

  it('stops cleanly on SIGTERM (docker stop, Kubernetes)', async () => {
    service.child.kill('SIGTERM');
    expect(await service.exited).toBe(0);
    expect(service.out.stdout).toContain('shutting down');
  });
});
