import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachDialect } from '../../helpers/dialects.js';
import { redisForTests, TEST_REDIS_URL } from '../../helpers/redis.js';
import type { TestBusiness } from '../../helpers/test-app.js';
import { type ChatTestApp, chat, chatTestApp, seedBusiness } from './setup.js';

// Two instances on one database and one Redis, as behind a load balancer: a conversation started
// on one continues on the other, because it lives in the shared session store.

const reachable = await redisForTests('the owner chat with sessions in Redis');

describe.skipIf(!reachable)('owner chat across instances', () => {
  describeEachDialect('sessions in Redis', (ctx) => {
    let one: ChatTestApp;
    let two: ChatTestApp;
    let business: TestBusiness;
    beforeAll(async () => {
      const env = { REDIS_URL: TEST_REDIS_URL, SESSION_STORE_BACKEND: 'redis' };
      one = await chatTestApp(ctx, env);
      two = await chatTestApp(ctx, env);
      business = await seedBusiness(one);
    });
    afterAll(async () => {
      await one.app.close();
      await two.app.close();
    });

    it('follows up on the other instance', async () => {
      const first = (await chat(one.app, business, { text: "What's on tomorrow?" })).json();
      const second = (
        await chat(two.app, business, { text: 'and the day after?', conversation_id: first.conversation_id })
      ).json();
      expect(second).toEqual({
        conversation_id: first.conversation_id,
        reply_text: 'You have nothing scheduled on Thursday, March 11th.',
      });
    });
  });
});
