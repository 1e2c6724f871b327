import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BuiltApp } from '../../src/app.js';
import { buildTestApp } from '../helpers/test-app.js';

describe('security headers', () => {
  let built: BuiltApp;
  beforeAll(async () => {
    built = await buildTestApp();
  });
  afterAll(() => built.app.close());

  it.each(['/healthz', '/v1/owner/business', '/no/such/route', '/docs/'])('are sent on %s', async (url) => {
    const response = await built.app.inject({ url });
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("frame-ancestors 'self'");
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toContain('upgrade-insecure-requests');
  });

  it('still serves the interactive docs under that policy', async () => {
    const page = await built.app.inject({ url: '/docs/' });
    expect(page.statusCode).toBe(200);
    // Scripts come from our own origin: no inline script for the policy to block.
    expect(page.body).not.toMatch(/<script>(?!\s*<\/script>)/);
  });
});
