import { Redis } from 'ioredis';

// After the whole run: remove every Redis key the suite wrote. Apps built by buildTestApp put
// `test:<pid>:` before their keys (REDIS_KEY_PREFIX), and the key-value contract suite uses its own
// `kvtest:` prefix and cleans up after itself.

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export default function setup(): () => Promise<void> {
  return async () => {
    const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1, connectTimeout: 2000 });
    try {
      await redis.connect();
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', 'test:*', 'COUNT', 1000);
        if (keys.length > 0) await redis.del(...keys);
        cursor = next;
      } while (cursor !== '0');
    } catch {
      // No Redis here: the Redis tests were skipped (outside CI) and wrote nothing.
    } finally {
      redis.disconnect();
    }
  };
}
