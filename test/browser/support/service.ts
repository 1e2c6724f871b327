import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../../../src/app.js';
import { loadConfig } from '../../../src/platform/config/config.js';

// The service as `npm start` runs it on the embedded default (a SQLite file, in-memory state, the
// demo tenant and its owner seeded by buildApp's own seed code), in this process, listening on a
// free port, so a real browser can load its pages and call its API.

export const BROWSER_ADMIN_KEY = 'browser-admin-key-0123456789abcdef0123456789';

export interface RunningService {
  baseUrl: string;
  businessId: string;
  apiKey: string;
  widgetToken: string;
  owner: { email: string; password: string };
  adminKey: string;
  close(): Promise<void>;
}

export async function startService(env: Record<string, string> = {}): Promise<RunningService> {
  await buildPages();
  const dir = mkdtempSync(join(tmpdir(), 'browser-service-'));
  const config = loadConfig({
    ENVIRONMENT: 'development',
    LOG_LEVEL: 'silent',
    HOST: '127.0.0.1',
    DATABASE_URL: `sqlite:${join(dir, 'app.db')}`,
    SEED_DEFAULT_BUSINESS: 'true',
    ADMIN_API_KEY: BROWSER_ADMIN_KEY,
    JWT_SECRET: 'browser-tests-jwt-secret-0123456789abcdef',
    REMINDER_INTERVAL_SECONDS: '0',
    // One browser sends every request from one address.
    RATE_LIMIT_DISABLED: 'true',
    ...env,
  });
  const { app, seeded, demoOwner } = await buildApp(config);
  if (!seeded || !demoOwner) throw new Error('the demo tenant was not seeded');
  const baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    baseUrl,
    businessId: seeded.businessId,
    apiKey: seeded.apiKey,
    widgetToken: seeded.widgetToken,
    owner: { email: demoOwner.email, password: demoOwner.password },
    adminKey: BROWSER_ADMIN_KEY,
    close: async () => {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

// dist/web from web/ (dashboard, admin, widget); a no-op when it is newer than every source file.
// The script is plain JavaScript (no types): imported by URL and given the shape it exports.
type EnsureWebBuilt = (options?: { log?: (line: string) => void }) => Promise<boolean>;
const BUILD_WEB = new URL('../../../scripts/build-web.mjs', import.meta.url).href;

export async function buildPages(): Promise<void> {
  const { ensureWebBuilt } = (await import(BUILD_WEB)) as { ensureWebBuilt: EnsureWebBuilt };
  await ensureWebBuilt({ log: (line) => process.stdout.write(`${line}\n`) });
}
