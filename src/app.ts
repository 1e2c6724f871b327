import formbody from '@fastify/formbody';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, LogController } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Redis } from 'ioredis';
import { widgetRoutes } from './modules/channels/widget/widget.routes.js';
import { type CustomerService, createCustomerService } from './modules/crm/customers.service.js';
import { healthRoutes, type ReadinessCheck } from './modules/observability/health.routes.js';
import { adminRoutes } from './modules/tenants/admin.routes.js';
import { ownerBusinessRoutes } from './modules/tenants/owner.routes.js';
import { type BearerVerifier, registerTenantAuth, SECURITY_SCHEMES } from './modules/tenants/tenants.auth.js';
import { type SeededCredentials, seedDefaultBusiness } from './modules/tenants/tenants.seed.js';
import { createTenantService, type TenantService } from './modules/tenants/tenants.service.js';
import { type Clock, systemClock } from './platform/clock.js';
import type { Config, StateBackend } from './platform/config/config.js';
import { createSqlStore, type SqlStore } from './platform/db/create-database.js';
import { migrateToLatest } from './platform/db/migrate.js';
import { registerErrorHandling } from './platform/errors/error-handler.js';
import { requestIdFrom } from './platform/http/request-id.js';
import { createRouteIndex } from './platform/http/route-index.js';
import type { KeyValueStore } from './platform/kv/key-value-store.js';
import { createMemoryKv } from './platform/kv/memory-kv.js';
import { createRedisClient, createRedisKv, waitForRedisReady } from './platform/kv/redis-kv.js';
import { loggerOptions } from './platform/logger/logger.js';

export const APP_VERSION = '0.1.0';

/** Shared state by concern; each lives in memory or Redis per its *_BACKEND setting. */
export interface SharedState {
  sessions: KeyValueStore;
  twilioState: KeyValueStore;
  idempotency: KeyValueStore;
  rateLimits: KeyValueStore;
}

export interface Services {
  config: Config;
  clock: Clock;
  sql: SqlStore;
  state: SharedState;
  tenants: TenantService;
  customers: CustomerService;
}

/** Test and benchmark seams: whole implementations swapped at the composition root only. */
export interface AppOverrides {
  clock?: Clock;
  sql?: SqlStore;
  verifyBearer?: BearerVerifier;
  /** Where JSON log lines go (default stdout). */
  logStream?: { write(line: string): void };
}

export interface BuiltApp {
  app: FastifyInstance;
  services: Services;
  seeded: SeededCredentials | null;
}

export async function buildApp(config: Config, overrides: AppOverrides = {}): Promise<BuiltApp> {
  const app = createFastify(config, overrides.logStream);
  const clock = overrides.clock ?? systemClock;
  const sql = overrides.sql ?? createSqlStore(config.databaseUrl);
  // A store handed in by a test or benchmark belongs to the caller, who closes it.
  if (!overrides.sql) app.addHook('onClose', () => sql.close());
  await migrateToLatest(sql.db);

  const redis = config.redisUrl ? await connectRedis(app, config.redisUrl) : null;
  const state = createSharedState(config, clock, redis);
  app.addHook('onClose', () => closeState(state));

  const services = createServices({ config, clock, sql, state });
  const { tenants } = services;
  const seeded = config.seed.defaultBusiness
    ? await seedDefaultBusiness(tenants, { apiKey: config.seed.apiKey, widgetToken: config.seed.widgetToken })
    : null;

  await registerPlugins(app);
  registerTenantAuth(app, {
    config,
    tenants,
    ...(overrides.verifyBearer ? { verifyBearer: overrides.verifyBearer } : {}),
  });
  await registerRoutes(app, services, readinessChecks(sql, redis ? state.rateLimits : null));
  await app.ready();
  return { app, services, seeded };
}

// Builds every module's service with its dependencies passed explicitly (no container).
function createServices(infra: Pick<Services, 'config' | 'clock' | 'sql' | 'state'>): Services {
  const { clock, sql } = infra;
  const db = sql.db;
  const tenants = createTenantService({ db, clock });
  const customers = createCustomerService({ db, clock });
  return { ...infra, tenants, customers };
}

function createFastify(config: Config, logStream?: AppOverrides['logStream']): FastifyInstance {
  const app = Fastify({
    logger: { ...loggerOptions(config.logLevel), ...(logStream ? { stream: logStream } : {}) },
    genReqId: requestIdFrom,
    requestIdHeader: false,
    logController: new LogController({ requestIdLogLabel: 'request_id' }),
    bodyLimit: 1_048_576,
    // Slow or stalled clients must not hold sockets forever; keep-alive outlives typical proxies' 60 s.
    connectionTimeout: config.requestTimeoutMs,
    requestTimeout: config.requestTimeoutMs,
    keepAliveTimeout: 72_000,
    // A hop count is valid at run time (proxy-addr) though Fastify's types omit it.
    trustProxy: config.trustProxy as boolean | string[],
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  const allowedMethods = createRouteIndex(app);
  registerErrorHandling(app, allowedMethods);
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  return app;
}

async function registerPlugins(app: FastifyInstance): Promise<void> {
  await app.register(formbody);
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'AI Telephony Backend',
        version: APP_VERSION,
        description:
          'AI receptionist and CRM for trades businesses. Every route names its credential; see CONTRACT.md.',
      },
      components: { securitySchemes: SECURITY_SCHEMES },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
}

async function registerRoutes(
  app: FastifyInstance,
  services: Services,
  checks: ReadinessCheck[],
): Promise<void> {
  const { tenants } = services;
  await app.register(healthRoutes, { checks });
  // Module routes: one register call per plugin, each given only the services it needs.
  app.get('/openapi.json', { schema: { hide: true } }, () => app.swagger());
  await app.register(adminRoutes, { tenants });
  await app.register(ownerBusinessRoutes, { tenants });
  await app.register(widgetRoutes);
}

async function connectRedis(app: FastifyInstance, url: string): Promise<Redis> {
  let lastLogged = 0;
  const redis = createRedisClient(url, {
    onError: (error) => {
      // ioredis reports every reconnect attempt; one line every 30 s is enough.
      if (Date.now() - lastLogged < 30_000) return;
      lastLogged = Date.now();
      app.log.warn({ error: error.message }, 'redis unavailable');
    },
  });
  // Start even when Redis is down: /readyz reports it and the client keeps reconnecting.
  await waitForRedisReady(redis).catch((error: Error) =>
    app.log.warn({ error: error.message }, 'redis not ready at start'),
  );
  return redis;
}

function createSharedState(config: Config, clock: Clock, redis: Redis | null): SharedState {
  const memory = createMemoryKv(clock);
  const shared = redis ? createRedisKv(redis) : null;
  const pick = (backend: StateBackend): KeyValueStore => (backend === 'redis' && shared ? shared : memory);
  return {
    sessions: pick(config.sessionStoreBackend),
    twilioState: pick(config.twilioStateBackend),
    idempotency: pick(config.idempotencyStoreBackend),
    // Rate-limit buckets are shared whenever Redis exists, so the limit holds across instances.
    rateLimits: shared ?? memory,
  };
}

async function closeState(state: SharedState): Promise<void> {
  const stores = new Set(Object.values(state));
  await Promise.allSettled([...stores].map((store) => store.close()));
}

function readinessChecks(sql: SqlStore, redisStore: KeyValueStore | null): ReadinessCheck[] {
  const checks: ReadinessCheck[] = [{ name: 'database', check: () => sql.ping() }];
  if (redisStore) checks.push({ name: 'redis', check: () => redisStore.ping() });
  return checks;
}
