import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../helpers/test-app.js';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

describe('health and readiness', () => {
  it('answers /healthz and /readyz with the database check on the embedded default', async () => {
    const { app } = await buildTestApp();
    try {
      expect((await app.inject({ url: '/healthz' })).json()).toEqual({ status: 'ok' });
      const ready = await app.inject({ url: '/readyz' });
      expect(ready.statusCode).toBe(200);
      expect(ready.json()).toEqual({ status: 'ok', checks: { database: { status: 'ok' } } });
    } finally {
      await app.close();
    }
  });

  it('checks Redis when REDIS_URL is configured', async () => {
    const { app } = await buildTestApp({ env: { REDIS_URL } });
    try {
      const ready = await app.inject({ url: '/readyz' });
      expect(ready.statusCode).toBe(200);
      expect(ready.json().checks).toEqual({ database: { status: 'ok' }, redis: { status: 'ok' } });
    } finally {
      await app.close();
    }
  });

  it('answers 503 naming redis when REDIS_URL points at a closed port', async () => {
    const { app } = await buildTestApp({ env: { REDIS_URL: 'redis://127.0.0.1:1' } });
    try {
      const ready = await app.inject({ url: '/readyz' });
      expect(ready.statusCode).toBe(503);
      expect(ready.json()).toMatchObject({
        status: 'unavailable',
        checks: { database: { status: 'ok' }, redis: { status: 'failed', error: expect.any(String) } },
      });
      expect((await app.inject({ url: '/healthz' })).statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });

  it('answers 503 naming the database when SQL is gone', async () => {
    const { app, services } = await buildTestApp();
    await services.sql.close();
    try {
      const ready = await app.inject({ url: '/readyz' });
      expect(ready.statusCode).toBe(503);
      expect(ready.json().checks.database.status).toBe('failed');
    } finally {
      await app.close().catch(() => {});
    }
  });
});
