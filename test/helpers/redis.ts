import { createRedisClient, waitForRedisReady } from '../../src/platform/kv/redis-kv.js';

export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/**
 * Whether the test Redis answers. Outside CI a missing Redis skips the suites that need it (with a
 * warning naming `what`); under CI=true it fails the run, since a skipped test there is a defect.
 */
export async function redisForTests(what: string): Promise<boolean> {
  const redis = createRedisClient(TEST_REDIS_URL);
  let reachable = true;
  try {
    await waitForRedisReady(redis, 2_000);
  } catch {
    reachable = false;
  } finally {
    redis.disconnect();
  }
  if (!reachable && process.env.CI === 'true') throw new Error(`Redis is not reachable at ${TEST_REDIS_URL}`);
  if (!reachable) console.warn(`Redis is not reachable at ${TEST_REDIS_URL}: ${what} is skipped`);
  return reachable;
}
