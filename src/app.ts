import { randomBytes } from 'node:crypto';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import websocket from '@fastify/websocket';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, LogController } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Redis } from 'ioredis';
import { accountRoutes } from './modules/accounts/accounts.routes.js';
import { type AccountService, createAccountService } from './modules/accounts/accounts.service.js';
import { type DemoOwner, seedDemoOwner } from './modules/accounts/demo-owner.js';
import { type EmailSender, RecordingEmailSender } from './modules/accounts/email-sender.js';
import { createFeedbackService, type FeedbackService } from './modules/accounts/feedback.service.js';
import {
  createPasswordResetService,
  type PasswordResetService,
} from './modules/accounts/password-reset.service.js';
import { publicAccountRoutes } from './modules/accounts/public.routes.js';
import { createSignupService } from './modules/accounts/signup.service.js';
import { createSmtpEmailSender } from './modules/accounts/smtp-email-sender.js';
import { createAccessTokens } from './modules/accounts/tokens.js';
import type { Assistant } from './modules/assistant/assistant.port.js';
import { createAssistantService } from './modules/assistant/assistant.service.js';
import {
  createLlmUnderstanding,
  createOpenAiLlmClient,
  disabledLlm,
  type LlmUnderstanding,
} from './modules/assistant/llm/index.js';
import { calendarRoutes } from './modules/calendar/calendar.routes.js';
import { type CalendarServices, createCalendarServices } from './modules/calendar/calendar.services.js';
import type { CalendarProviderFactory } from './modules/calendar/calendar-connections.service.js';
import type { AppointmentCalendarHook } from './modules/calendar/calendar-writes.service.js';
import { createIdleSessionSweep } from './modules/channels/idle-sessions.js';
import { createOpenAiChatModel } from './modules/channels/owner-chat/openai-chat-model.js';
import { ownerChatRoutes } from './modules/channels/owner-chat/owner-chat.routes.js';
import {
  createOwnerChatService,
  type OwnerChatService,
} from './modules/channels/owner-chat/owner-chat.service.js';
import { noSpeechToText, noTextToSpeech } from './modules/channels/speech/no-speech.js';
import {
  createOpenAiSpeechToText,
  createOpenAiTextToSpeech,
} from './modules/channels/speech/openai-speech.js';
import { createRelayChannel, relaySocketRoutes } from './modules/channels/twilio/relay/relay.routes.js';
import { createBookingReminderReplies } from './modules/channels/twilio/reminder-replies.js';
import { createTwilioChannel } from './modules/channels/twilio/twilio.channel.js';
import { twilioRoutes } from './modules/channels/twilio/twilio.routes.js';
import { telephonyRoutes } from './modules/channels/voice-session/telephony.routes.js';
import { createSessionRecords } from './modules/channels/voice-session/voice-session.model.js';
import { voiceSessionRoutes } from './modules/channels/voice-session/voice-session.routes.js';
import {
  createVoiceSessionService,
  type VoiceSessionService,
} from './modules/channels/voice-session/voice-session.service.js';
import { tryRoutes } from './modules/channels/widget/try.routes.js';
import { createWidgetChats } from './modules/channels/widget/widget.chats.js';
import { widgetRoutes } from './modules/channels/widget/widget.routes.js';
import { createWidgetService, type WidgetService } from './modules/channels/widget/widget.service.js';
import { widgetPageRoutes } from './modules/channels/widget/widget-page.routes.js';
import { callbackRoutes } from './modules/crm/callbacks.routes.js';
import { type CallbackService, createCallbackService } from './modules/crm/callbacks.service.js';
import { conversationRoutes } from './modules/crm/conversations.routes.js';
import { type ConversationService, createConversationService } from './modules/crm/conversations.service.js';
import { customerRoutes } from './modules/crm/customers.routes.js';
import { type CustomerService, createCustomerService } from './modules/crm/customers.service.js';
import { createTimelineService, type TimelineService } from './modules/crm/timeline.service.js';
import { insightsRoutes } from './modules/insights/insights.routes.js';
import { createInsightsService } from './modules/insights/insights.service.js';
import { messageRoutes } from './modules/notifications/messages.routes.js';
import {
  createNotificationService,
  type NotificationService,
} from './modules/notifications/notifications.service.js';
import type { Notifier } from './modules/notifications/notifier.js';
import { RecordingSmsSender } from './modules/notifications/recording-sms-sender.js';
import type { SmsSender } from './modules/notifications/sms-sender.js';
import { createTwilioSmsSender } from './modules/notifications/twilio-sms-sender.js';
import {
  createSentryReporter,
  type ErrorReporter,
  noErrorReporting,
  registerErrorReporting,
} from './modules/observability/error-reporting.js';
import { healthRoutes, type ReadinessCheck } from './modules/observability/health.routes.js';
import { metricsRoutes } from './modules/observability/metrics.routes.js';
import { appointmentRoutes } from './modules/scheduling/appointments/appointments.routes.js';
import {
  type AvailabilityService,
  createAvailabilityService,
} from './modules/scheduling/availability/availability.service.js';
import type { BusyCalendar } from './modules/scheduling/availability/busy-calendar.js';
import { type BookingService, createBookingService } from './modules/scheduling/booking/booking.service.js';
import type { WarnLogger } from './modules/scheduling/booking/booking-notifications.js';
import { createCalendarInbound } from './modules/scheduling/booking/calendar-inbound.js';
import { ownerScheduleRoutes } from './modules/scheduling/owner-schedule/owner-schedule.routes.js';
import {
  createOwnerScheduleService,
  type OwnerScheduleService,
} from './modules/scheduling/owner-schedule/owner-schedule.service.js';
import { createReminderLoop } from './modules/scheduling/reminders/reminder-loop.js';
import {
  createReminderService,
  type ReminderService,
} from './modules/scheduling/reminders/reminders.service.js';
import { adminRoutes } from './modules/tenants/admin.routes.js';
import { ownerBusinessRoutes } from './modules/tenants/owner.routes.js';
import { createTenantCache, type TenantCache } from './modules/tenants/tenant-cache.js';
import { redisTenantChanges, sqliteDataVersion } from './modules/tenants/tenant-changes.js';
import { type BearerVerifier, registerTenantAuth, SECURITY_SCHEMES } from './modules/tenants/tenants.auth.js';
import { type SeededCredentials, seedDefaultBusiness } from './modules/tenants/tenants.seed.js';
import { createTenantService, type TenantService } from './modules/tenants/tenants.service.js';
import { type Clock, systemClock } from './platform/clock.js';
import type { Config, StateBackend } from './platform/config/config.js';
import { createSqlStore, type SqlStore } from './platform/db/create-database.js';
import { migrateToLatest } from './platform/db/migrate.js';
import { registerErrorHandling } from './platform/errors/error-handler.js';
import {
  answerClientError,
  answerFrameworkError,
  MAX_PARAM_LENGTH,
} from './platform/errors/framework-errors.js';
import { registerFailureTracking } from './platform/http/failures.js';
import { registerJsonBodyParser } from './platform/http/json-body.js';
import { pagesRoutes } from './platform/http/pages.js';
import { registerRateLimit } from './platform/http/rate-limit.js';
import { requestIdFrom } from './platform/http/request-id.js';
import { registerRequestLog } from './platform/http/request-log.js';
import { registerRequestMetrics } from './platform/http/request-metrics.js';
import { createRouteIndex } from './platform/http/route-index.js';
import { registerSecurityHeaders } from './platform/http/security-headers.js';
import { defaultWebRoot } from './platform/http/static-files.js';
import type { KeyValueStore } from './platform/kv/key-value-store.js';
import { createMemoryKv } from './platform/kv/memory-kv.js';
import { createRedisClient, createRedisKv, waitForRedisReady } from './platform/kv/redis-kv.js';
import { loggerOptions } from './platform/logger/logger.js';
import { createMetrics, type Metrics } from './platform/metrics/metrics.js';

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
  /** This instance's counters (GET /metrics, /metrics/prometheus). */
  metrics: Metrics;
  /** Sentry when SENTRY_DSN is set, else nothing. */
  errors: ErrorReporter;
  tenants: TenantService;
  /** Users, sign-in, refresh tokens, roles (Bearer tokens on owner routes). */
  accounts: AccountService;
  passwordResets: PasswordResetService;
  feedback: FeedbackService;
  /** Password-reset email: SMTP when SMTP_URL is set, else a RecordingEmailSender. */
  email: EmailSender;
  customers: CustomerService;
  conversations: ConversationService;
  callbacks: CallbackService;
  timeline: TimelineService;
  /** The SMS provider (a RecordingSmsSender unless SMS_PROVIDER=twilio). */
  sms: SmsSender;
  /** Implements the Notifier port; also the SMS log (inbound, TwiML replies, delivery reports). */
  notifier: NotificationService;
  reminders: ReminderService;
  availability: AvailabilityService;
  bookings: BookingService;
  ownerSchedule: OwnerScheduleService;
  /** The conversation engine every channel (Twilio voice and SMS, widget, voice sessions) calls. */
  assistant: Assistant;
  /** Google Calendar both ways: connections, event writes (outbox), busy times, watch/push sync. */
  calendar: CalendarServices;
}

/** Test and benchmark seams: whole implementations swapped at the composition root only. */
export interface AppOverrides {
  clock?: Clock;
  /** A migrated store the caller owns (and closes). */
  sql?: SqlStore;
  verifyBearer?: BearerVerifier;
  /** A scripted assistant for channel tests. */
  assistant?: Assistant;
  /** The SMS provider, e.g. a RecordingSmsSender the test keeps to read what was sent. */
  sms?: SmsSender;
  /** The email provider, e.g. a RecordingEmailSender the test keeps to read reset codes. */
  email?: EmailSender;
  /** Benchmarks only: no rate limiter, request metrics or error-reporting hooks (to measure them). */
  withoutOperationalHooks?: boolean;
  /** The calendar provider for every tenant with a calendar (e.g. the in-memory one); default Google. */
  calendarProviders?: CalendarProviderFactory;
  /** Where JSON log lines go (default stdout). */
  logStream?: { write(line: string): void };
  /** The built pages (default dist/web of this checkout). */
  webRoot?: string;
}

export interface BuiltApp {
  app: FastifyInstance;
  services: Services;
  seeded: SeededCredentials | null;
  /** The demo tenant's owner account and its fresh password (development seed only). */
  demoOwner: DemoOwner | null;
}

export async function buildApp(config: Config, overrides: AppOverrides = {}): Promise<BuiltApp> {
  const app = createFastify(config, overrides.logStream);
  const clock = overrides.clock ?? systemClock;
  const sql = overrides.sql ?? createSqlStore(config.databaseUrl);
  // A store handed in by a test or benchmark belongs to the caller, who migrated it and closes it.
  // (Migrating it again would scan PostgreSQL's catalog while other suites drop their schemas.)
  if (!overrides.sql) {
    app.addHook('onClose', () => sql.close());
    await migrateToLatest(sql.db);
  }

  const redis = config.redisUrl ? await connectRedis(app, config.redisUrl) : null;
  const state = createSharedState(config, clock, redis);
  app.addHook('onClose', () => closeState(state));
  const metrics = createMetrics();
  const errors = config.sentry ? createSentryReporter(config.sentry) : noErrorReporting;

  const tenantCache = createTenantCacheFor(config, sql, redis, app.log);
  app.addHook('onClose', () => tenantCache.close());
  const services = createServices(
    { config, clock, sql, state, metrics, errors },
    app.log,
    overrides,
    tenantCache,
  );
  const { tenants } = services;
  const seeded = config.seed.defaultBusiness
    ? await seedDefaultBusiness(tenants, { apiKey: config.seed.apiKey, widgetToken: config.seed.widgetToken })
    : null;
  const demoOwner = seeded ? await seedDemoOwner(services.accounts, seeded.businessId) : null;

  await registerPlugins(app);
  registerSecurityHeaders(app);
  registerFailureTracking(app);
  if (!overrides.withoutOperationalHooks) registerOperationalHooks(app, services);
  registerTenantAuth(app, {
    config,
    tenants,
    verifyBearer: overrides.verifyBearer ?? services.accounts.verifyAccessToken,
  });
  await registerRoutes(app, services, readinessChecks(sql, redis ? state.rateLimits : null));
  // Dashboard, admin page, their assets and the widget script (not API routes: hidden from the docs).
  await app.register(pagesRoutes, { root: overrides.webRoot ?? defaultWebRoot() });
  startBackgroundWork(app, services);
  // Reset emails started by requests finish before SQL closes.
  app.addHook('preClose', () => services.passwordResets.idle());
  await app.ready();
  return { app, services, seeded, demoOwner };
}

// Before authentication, so failures, metrics and rate limits cover requests it refuses.
function registerOperationalHooks(app: FastifyInstance, services: Services): void {
  const { config, metrics, errors, state } = services;
  registerRequestMetrics(app, metrics);
  registerErrorReporting(app, errors);
  registerRateLimit(app, {
    config: config.rateLimit,
    trustProxy: config.trustProxy,
    store: state.rateLimits,
    metrics,
  });
}

// Builds every module's service with its dependencies passed explicitly (no container).
function createServices(
  infra: Pick<Services, 'config' | 'clock' | 'sql' | 'state' | 'metrics' | 'errors'>,
  log: FastifyBaseLogger,
  overrides: Pick<AppOverrides, 'assistant' | 'sms' | 'calendarProviders' | 'email'>,
  tenantCache?: TenantCache,
): Services {
  const { config, clock, sql, metrics } = infra;
  const db = sql.db;
  const tenants = createTenantService({
    db,
    clock,
    defaultVoiceMode: config.voiceMode,
    ...(tenantCache ? { cache: tenantCache } : {}),
  });
  const accountServices = createAccountServices(infra, log, overrides.email);
  const customers = createCustomerService({ db, clock, dialect: sql.dialect });
  const conversations = createConversationService({ db, clock });
  const callbacks = createCallbackService({ db, clock, metrics });
  const timeline = createTimelineService({ db });
  const sms = overrides.sms ?? createSmsSender(config);
  const notifier = createNotificationService({
    db,
    clock,
    sender: sms,
    customers,
    publicBaseUrl: config.publicBaseUrl,
    log,
    metrics,
  });
  const calendar = createCalendarServices({
    db,
    clock,
    config: config.calendar,
    publicBaseUrl: config.publicBaseUrl,
    tenants,
    notifier,
    kv: infra.state.idempotency,
    appointments: createCalendarInbound({ db, dialect: sql.dialect, clock, log }),
    log,
    metrics,
    ...(overrides.calendarProviders ? { factory: overrides.calendarProviders } : {}),
  });
  const scheduling = createSchedulingServices(
    { clock, sql },
    // A tenant without a calendar has no busy times beyond its own appointments (calendar.busy says so).
    { tenants, customers, notifier, calendar: calendar.busy, calendarWrites: calendar.writes, log, metrics },
  );
  return {
    ...infra,
    tenants,
    ...accountServices,
    customers,
    conversations,
    callbacks,
    timeline,
    sms,
    notifier,
    ...scheduling,
    calendar,
    assistant:
      overrides.assistant ??
      createAssistantService({
        sessions: infra.state.sessions,
        clock,
        customers,
        conversations,
        callbacks,
        availability: scheduling.availability,
        bookings: scheduling.bookings,
        notifier,
        log,
        refineUnderstanding: createLlmRefinement(config, log),
        metrics,
        // Twice a channel's session: a chat or voice session that lapses is still there to be
        // settled by the idle sweep (see startBackgroundWork).
        sessionTtlMs: 2 * config.sessionTtlSeconds * 1000,
      }),
  };
}

// Accounts: JWT key from JWT_SECRET; without one, development gets a per-process key (tokens end at a
// restart) and production turns sign-in off rather than sign with a guessable key.
function createAccountServices(
  infra: Pick<Services, 'config' | 'clock' | 'sql'>,
  log: FastifyBaseLogger,
  emailOverride: EmailSender | undefined,
): Pick<Services, 'accounts' | 'passwordResets' | 'feedback' | 'email'> {
  const { config, clock } = infra;
  const db = infra.sql.db;
  const { jwtSecret, accessTokenTtlSeconds, refreshTokenTtlSeconds, smtp } = config.accounts;
  let secret = jwtSecret;
  if (!secret && !config.isProduction) {
    secret = randomBytes(32).toString('base64url');
    log.warn('JWT_SECRET is not set: access tokens use a random key and end when this process stops');
  } else if (!secret) {
    log.warn('JWT_SECRET is not set: sign-in and Bearer tokens are disabled');
  }
  const tokens = secret ? createAccessTokens(secret, accessTokenTtlSeconds) : null;
  const accounts = createAccountService({ db, clock, tokens, refreshTtlSeconds: refreshTokenTtlSeconds });
  const email = emailOverride ?? (smtp ? createSmtpEmailSender(smtp) : new RecordingEmailSender());
  if (!emailOverride && !smtp && config.isProduction) {
    log.warn('SMTP_URL is not set: password reset emails are not sent');
  }
  const passwordResets = createPasswordResetService({ db, clock, accounts, email, log });
  return { accounts, passwordResets, feedback: createFeedbackService({ db, clock }), email };
}

// The LLM only refines what the rules understood; without LLM_* settings the rules alone decide.
function createLlmRefinement(config: Config, log: FastifyBaseLogger): LlmUnderstanding {
  if (!config.llm) return disabledLlm;
  const { baseUrl, apiKey, model, timeoutMs } = config.llm;
  const client = createOpenAiLlmClient({ baseUrl, apiKey, model, timeoutMs });
  return createLlmUnderstanding({ client, timeoutMs, log });
}

export interface SchedulingDeps {
  tenants: TenantService;
  customers: CustomerService;
  notifier: Notifier;
  calendar: BusyCalendar;
  /** Mirrors booking changes into the tenant's calendar (absent: nothing is mirrored). */
  calendarWrites?: AppointmentCalendarHook;
  log: WarnLogger;
  metrics?: Pick<Metrics, 'booking'>;
}

/** The scheduling module's services, wired once: app.ts and the scheduling test fixtures use it. */
export function createSchedulingServices(
  { clock, sql }: { clock: Clock; sql: Pick<SqlStore, 'db' | 'dialect'> },
  deps: SchedulingDeps,
): Pick<Services, 'availability' | 'bookings' | 'ownerSchedule' | 'reminders'> {
  const { db, dialect } = sql;
  const { tenants, customers, notifier, calendar, log, metrics } = deps;
  const availability = createAvailabilityService({ db, clock, calendar });
  const bookings = createBookingService({
    db,
    dialect,
    clock,
    availability,
    customers,
    notifier,
    log,
    metrics,
    ...(deps.calendarWrites ? { calendar: deps.calendarWrites } : {}),
  });
  const ownerSchedule = createOwnerScheduleService({ db, clock, customers });
  const reminders = createReminderService({ db, tenants, notifier, log });
  return { availability, bookings, ownerSchedule, reminders };
}

function createSmsSender(config: Config): SmsSender {
  if (config.smsProvider === 'recording') return new RecordingSmsSender();
  const { accountSid, authToken, apiBaseUrl, timeoutMs } = config.twilio;
  if (!accountSid || !authToken)
    throw new Error('loadConfig guarantees Twilio credentials for SMS_PROVIDER=twilio');
  return createTwilioSmsSender({ accountSid, authToken, apiBaseUrl, timeoutMs });
}

// Background loops start once the app is ready and stop before onClose hooks close SQL.
function startBackgroundWork(app: FastifyInstance, services: Services): void {
  const idleSessions = createIdleSessionSweep({
    conversations: services.conversations,
    tenants: services.tenants,
    assistant: services.assistant,
    idleMs: services.config.sessionTtlSeconds * 1000,
    log: app.log,
  });
  const reminderLoop = createReminderLoop({
    intervalMs: services.config.reminderIntervalSeconds * 1000,
    // Reminders first, then every text whose passing failure is due for another try, then the chats
    // and voice sessions their visitors walked away from.
    tick: async (signal) => {
      await services.reminders.runOnce(services.clock.now(), signal);
      await services.notifier.retryDue((id) => services.tenants.findById(id), { signal });
      await idleSessions.sweep(services.clock.now(), signal);
    },
    log: app.log,
  });
  app.addHook('onReady', async () => reminderLoop.start());
  app.addHook('preClose', () => reminderLoop.stop());
  // Calendar write retries and push-channel renewals; each item is claimed in the database.
  const calendarLoop = createReminderLoop({
    intervalMs: services.config.calendar.syncIntervalSeconds * 1000,
    tick: (signal) => services.calendar.sweep(signal),
    log: app.log,
  });
  app.addHook('onReady', async () => calendarLoop.start());
  // Calendar writes started by requests finish before SQL closes (a cut-off one is retried anyway).
  app.addHook('preClose', async () => {
    await calendarLoop.stop();
    await services.calendar.writes.idle();
  });
}

function createFastify(config: Config, logStream?: AppOverrides['logStream']): FastifyInstance {
  const app = Fastify({
    logger: { ...loggerOptions(config.logLevel), ...(logStream ? { stream: logStream } : {}) },
    genReqId: requestIdFrom,
    requestIdHeader: false,
    // One line per request instead of two (see platform/http/request-log.ts).
    logController: new LogController({ requestIdLogLabel: 'request_id', disableRequestLogging: true }),
    bodyLimit: 1_048_576,
    // Slow or stalled clients must not hold sockets forever; keep-alive outlives typical proxies' 60 s.
    connectionTimeout: config.requestTimeoutMs,
    requestTimeout: config.requestTimeoutMs,
    keepAliveTimeout: 72_000,
    // A hop count is valid at run time (proxy-addr) though Fastify's types omit it.
    trustProxy: config.trustProxy as boolean | string[],
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: MAX_PARAM_LENGTH },
    // Refusals before any route runs (router, HTTP parser) are problem documents too.
    frameworkErrors: answerFrameworkError,
    clientErrorHandler: answerClientError,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerRequestLog(app);
  const allowedMethods = createRouteIndex(app);
  registerErrorHandling(app, allowedMethods);
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  return app;
}

async function registerPlugins(app: FastifyInstance): Promise<void> {
  // JSON everywhere; form bodies only on the Twilio webhooks, which register their own parser.
  registerJsonBodyParser(app);
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'AI Telephony Backend',
        version: APP_VERSION,
        description:
          'AI receptionist and CRM for trades businesses. Every operation names the credential it needs; errors are RFC 9457 problem documents with `code` and `request_id`; lists answer `{items, next_cursor}`. The README beside the source explains set-up, profiles and operations.',
      },
      components: { securitySchemes: SECURITY_SCHEMES },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  // Before any route: the plugin wraps routes as they are added (ConversationRelay's socket).
  await app.register(websocket, { options: { maxPayload: RELAY_MAX_FRAME_BYTES } });
}

async function registerRoutes(
  app: FastifyInstance,
  services: Services,
  checks: ReadinessCheck[],
): Promise<void> {
  const { tenants } = services;
  await app.register(healthRoutes, { checks });
  await app.register(metricsRoutes, { metrics: services.metrics });
  // Module routes: one register call per plugin, each given only the services it needs.
  app.get('/openapi.json', { schema: { hide: true } }, () => app.swagger());
  await app.register(adminRoutes, { tenants });
  await app.register(accountRoutes, { accounts: services.accounts, resets: services.passwordResets });
  const signup = createSignupService({
    enabled: services.config.accounts.allowSelfSignup,
    tenants,
    accounts: services.accounts,
  });
  await app.register(publicAccountRoutes, { signup, feedback: services.feedback });
  await app.register(ownerBusinessRoutes, { tenants });
  const widget = createWidget(services, app.log);
  await app.register(widgetRoutes, { widget, tenants });
  // The owner's "Try the assistant" and widget token: the same chats, under owner credentials.
  await app.register(tryRoutes, { widget, tenants });
  await app.register(widgetPageRoutes, { tenants });
  await app.register(customerRoutes, { customers: services.customers, timeline: services.timeline });
  await app.register(conversationRoutes, { conversations: services.conversations });
  await app.register(callbackRoutes, { callbacks: services.callbacks });
  await app.register(appointmentRoutes, { bookings: services.bookings });
  await app.register(ownerScheduleRoutes, {
    schedule: services.ownerSchedule,
    availability: services.availability,
  });
  await app.register(messageRoutes, { notifications: services.notifier });
  // The owner's numbers and the admin's usage: counts read from the activity tables.
  const insights = createInsightsService({ db: services.sql.db, clock: services.clock, tenants });
  await app.register(insightsRoutes, { insights });
  await app.register(calendarRoutes, {
    config: services.config,
    tenants,
    connections: services.calendar.connections,
    watch: services.calendar.watch,
    sync: services.calendar.sync,
    relay: services.calendar.relay,
  });
  await app.register(ownerChatRoutes, { chat: createOwnerChat(services, app.log) });
  await registerTwilioRoutes(app, services);
  await registerVoiceSessionRoutes(app, services);
}

// Voice sessions and telephony share one service: the same sessions under both sets of routes.
async function registerVoiceSessionRoutes(app: FastifyInstance, services: Services): Promise<void> {
  const sessions = createVoiceSessions(services, app.log);
  await app.register(voiceSessionRoutes, { sessions });
  await app.register(telephonyRoutes, { prefix: '/v1/telephony', sessions });
  await app.register(telephonyRoutes, { prefix: '/telephony', sessions });
}

// Speech providers are optional: without STT_BASE_URL / TTS_BASE_URL the APIs are text only.
function createVoiceSessions(services: Services, log: FastifyBaseLogger): VoiceSessionService {
  const { config, clock, state, tenants, assistant } = services;
  const { stt, tts } = config.speech;
  return createVoiceSessionService({
    assistant,
    tenants,
    records: createSessionRecords(state.sessions, config.sessionTtlSeconds * 1000),
    stt: stt ? createOpenAiSpeechToText(stt) : noSpeechToText,
    tts: tts ? createOpenAiTextToSpeech(tts) : noTextToSpeech,
    clock,
    log,
  });
}

// The web chat widget: chats live in the sessions store, so any instance continues any chat.
function createWidget(services: Services, log: FastifyBaseLogger): WidgetService {
  const { config, clock, state, conversations, assistant } = services;
  const chats = createWidgetChats(state.sessions, config.sessionTtlSeconds * 1000);
  return createWidgetService({ assistant, conversations, chats, clock, log });
}

// The owner's questions, read through the CRM and scheduling services; with LLM_* set the same
// model the assistant uses reads questions the rules miss and rewords answers (channels/owner-chat).
function createOwnerChat(services: Services, log: FastifyBaseLogger): OwnerChatService {
  const { config, clock, state } = services;
  return createOwnerChatService({
    clock,
    sessions: state.sessions,
    sessionTtlMs: config.sessionTtlSeconds * 1000,
    data: {
      schedule: services.ownerSchedule,
      bookings: services.bookings,
      callbacks: services.callbacks,
      conversations: services.conversations,
      customers: services.customers,
    },
    model: config.llm ? createOpenAiChatModel(config.llm) : null,
    log,
  });
}

// One channel (shared state, replay guard) mounted under both prefixes the contract names.
async function registerTwilioRoutes(app: FastifyInstance, services: Services): Promise<void> {
  const { config, clock, state, tenants, customers, bookings } = services;
  const channel = createTwilioChannel({
    config,
    clock,
    state,
    tenants,
    customers,
    assistant: services.assistant,
    messageLog: services.notifier,
    reminderReplies: createBookingReminderReplies({ customers, bookings, clock }),
    log: app.log,
  });
  await app.register(twilioRoutes, { prefix: '/v1/twilio', channel });
  await app.register(twilioRoutes, { prefix: '/twilio', channel });
  // ConversationRelay's socket (voice_mode relay): its own plugin, since Twilio signs the handshake
  // differently from the webhooks; the same call state store, so any instance can take a reconnect.
  const relay = createRelayChannel({
    assistant: services.assistant,
    clock,
    store: state.twilioState,
    tenants,
    signatures: {
      authToken: config.twilio.authToken,
      verify: config.verifyTwilioSignatures,
      publicBaseUrl: config.publicBaseUrl,
    },
    log: app.log,
  });
  await app.register(relaySocketRoutes, { prefix: '/v1/twilio', relay });
  await app.register(relaySocketRoutes, { prefix: '/twilio', relay });
}

// A ConversationRelay frame carries one transcript or event; anything near this is not Twilio.
const RELAY_MAX_FRAME_BYTES = 64 * 1024;

// The webhook path's tenant cache hears other instances' changes from the SQLite file itself
// (data_version), or over a Redis channel on PostgreSQL; PostgreSQL without Redis cannot, so there
// every lookup stays a query.
function createTenantCacheFor(
  config: Config,
  sql: SqlStore,
  redis: Redis | null,
  log: FastifyBaseLogger,
): TenantCache {
  const onError = (error: Error) => log.warn({ error: error.message }, 'tenant change notices unavailable');
  const changes =
    sql.dialect === 'sqlite'
      ? sqliteDataVersion(sql.db)
      : redis
        ? redisTenantChanges(redis, `${config.redisKeyPrefix}tenants:changed`, onError)
        : null;
  return createTenantCache({ ttlMs: config.tenantCacheTtlMs, changes, scope: sql.db });
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
  const shared = redis ? createRedisKv(redis, { keyPrefix: config.redisKeyPrefix }) : null;
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
