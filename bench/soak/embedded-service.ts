// The service as `npm run bench -- voice` starts it on the embedded default (SQLite file + memory
// state), in this process, with one business open every day; for the soak and tail benchmarks.
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp, type Services } from '../../src/app.js';
import { loadConfig } from '../../src/platform/config/config.js';
import { createSqlStore, type SqlStoreOptions } from '../../src/platform/db/create-database.js';
import { migrateToLatest } from '../../src/platform/db/migrate.js';

export const BENCH_TWILIO_TOKEN = 'bench-twilio-auth-token-0123456789abcdef';

export interface EmbeddedService {
  base: string;
  businessId: string;
  services: Services;
  close(): Promise<void>;
}

const OPEN_EVERY_DAY = Object.fromEntries(
  ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((day) => [day, [['07:00', '19:00']]]),
);

/** `env` adds to or replaces the benchmark's settings (e.g. the rate limiter's). */
export async function startEmbeddedService(
  env: Record<string, string> = {},
  sqlOptions: SqlStoreOptions = {},
): Promise<EmbeddedService> {
  const file = join(tmpdir(), `bench-embedded-${randomBytes(6).toString('hex')}.db`);
  const config = loadConfig({
    ENVIRONMENT: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: `sqlite:${file}`,
    TWILIO_AUTH_TOKEN: BENCH_TWILIO_TOKEN,
    SEED_DEFAULT_BUSINESS: 'false',
    REMINDER_INTERVAL_SECONDS: '0',
    // One load generator is one client address: the limiter would answer most turns 429.
    RATE_LIMIT_DISABLED: 'true',
    ...env,
  });
  const sql = createSqlStore(config.databaseUrl, sqlOptions);
  await migrateToLatest(sql.db);
  const { app, services } = await buildApp(config, { sql });
  const business = await services.tenants.create({
    name: 'Bench Plumbing',
    time_zone: 'America/Chicago',
    business_hours: OPEN_EVERY_DAY as never,
    owner_phone: '+15125550100',
    twilio_phone_number: '+15125550000',
    services: [{ name: 'Drain cleaning', duration_minutes: 60 }],
  });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    base,
    businessId: business.id,
    services,
    close: async () => {
      await app.close();
      await sql.close();
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
    },
  };
}
