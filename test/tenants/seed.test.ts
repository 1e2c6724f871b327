import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../helpers/test-app.js';

describe('demo tenant seed', () => {
  it('creates default_business with the configured credentials, and keeps them across restarts', async () => {
    const env = {
      SEED_DEFAULT_BUSINESS: 'true',
      DEFAULT_BUSINESS_API_KEY: 'tk_seed_test_api_key_000000000000000000000',
      DEFAULT_BUSINESS_WIDGET_TOKEN: 'wt_seed_test_widget_token_00000000000000000',
    };
    const { app, seeded, services } = await buildTestApp({ env });
    try {
      expect(seeded).toMatchObject({
        businessId: 'default_business',
        created: true,
        apiKey: env.DEFAULT_BUSINESS_API_KEY,
      });
      const owner = await app.inject({
        url: '/v1/owner/business',
        headers: { 'x-api-key': env.DEFAULT_BUSINESS_API_KEY },
      });
      expect(owner.json()).toMatchObject({ id: 'default_business', time_zone: 'America/Chicago' });
      const widget = await app.inject({
        url: '/v1/widget/business',
        headers: { 'x-widget-token': env.DEFAULT_BUSINESS_WIDGET_TOKEN },
      });
      expect(widget.statusCode).toBe(200);

      // A second start on the same database finds the tenant and re-applies the same keys.
      const again = await buildTestApp({ env, overrides: { sql: services.sql } });
      expect(again.seeded).toMatchObject({ created: false, apiKey: env.DEFAULT_BUSINESS_API_KEY });
      await again.app.close();
    } finally {
      await app.close();
    }
  });

  it('issues fresh random credentials when none are configured', async () => {
    const { app, seeded } = await buildTestApp({ env: { SEED_DEFAULT_BUSINESS: 'true' } });
    try {
      expect(seeded?.apiKey).toMatch(/^tk_[A-Za-z0-9_-]{43}$/);
      const owner = await app.inject({ url: '/v1/owner/business', headers: { 'x-api-key': seeded!.apiKey } });
      expect(owner.statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });

  it('seeds nothing when disabled', async () => {
    const { seeded, services, app } = await buildTestApp();
    try {
      expect(seeded).toBeNull();
      expect(await services.tenants.findById('default_business')).toBeNull();
    } finally {
      await app.close();
    }
  });
});
