import { expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { DEMO_OWNER_EMAIL } from '../../src/modules/accounts/demo-owner.js';
import { describeEachDialect } from '../helpers/dialects.js';
import { testConfig } from '../helpers/test-app.js';
import { login } from './helpers.js';

// `npm start` on a development profile seeds the demo tenant and its owner account. The password is
// printed at every start (a fresh one: only its hash is kept), and restarts never add a second user.

describeEachDialect('demo owner seed', (ctx) => {
  it('creates the demo owner once, and a restart issues a new password that works while the old one does not', async () => {
    const config = testConfig({ SEED_DEFAULT_BUSINESS: 'true', JWT_SECRET: 'd'.repeat(40) });
    const first = await buildApp(config, { sql: ctx.sql() });
    expect(first.demoOwner).toMatchObject({ email: DEMO_OWNER_EMAIL, created: true });
    const firstPassword = first.demoOwner?.password ?? '';
    const signedIn = await login(first.app, DEMO_OWNER_EMAIL, firstPassword);
    expect(signedIn.statusCode).toBe(200);
    expect(signedIn.json().user).toMatchObject({ business_id: 'default_business', role: 'owner' });
    await first.app.close();

    const second = await buildApp(config, { sql: ctx.sql() });
    try {
      expect(second.demoOwner).toMatchObject({ email: DEMO_OWNER_EMAIL, created: false });
      expect(second.demoOwner?.password).not.toBe(firstPassword);
      expect((await login(second.app, DEMO_OWNER_EMAIL, firstPassword)).statusCode).toBe(401);
      expect((await login(second.app, DEMO_OWNER_EMAIL, second.demoOwner?.password)).statusCode).toBe(200);
      const users = await ctx
        .sql()
        .db.selectFrom('users')
        .select('id')
        .where('email', '=', DEMO_OWNER_EMAIL)
        .execute();
      expect(users).toHaveLength(1);
    } finally {
      await second.app.close();
    }
  });

  it('seeds no demo owner when the demo tenant is not seeded (tests, production)', async () => {
    const built = await buildApp(testConfig({ JWT_SECRET: 'd'.repeat(40) }), { sql: ctx.sql() });
    try {
      expect(built.demoOwner).toBeNull();
    } finally {
      await built.app.close();
    }
  });
});
