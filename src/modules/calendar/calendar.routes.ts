import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod, ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../../platform/config/config.js';
import { AppError } from '../../platform/errors/app-error.js';
import { secretsEqual } from '../../platform/secrets.js';
import {
  assertOwnerWriteAllowed,
  requireBusiness,
  resolveOwnerCredentials,
} from '../tenants/tenants.auth.js';
import type { TenantService } from '../tenants/tenants.service.js';
import { invalidOAuthState, webhookUnauthenticated } from './calendar.errors.js';
import {
  callbackQuerySchema,
  callbackResponseSchema,
  connectResponseSchema,
  pushHeadersSchema,
  pushResponseSchema,
  relayBodySchema,
  relayHeadersSchema,
  relayResponseSchema,
  statusResponseSchema,
  watchBodySchema,
  watchResponseSchema,
} from './calendar.schemas.js';
import type { CalendarConnections } from './calendar-connections.service.js';
import type { CalendarRelay } from './calendar-relay.service.js';
import type { CalendarSync } from './calendar-sync.service.js';
import type { CalendarWatch } from './calendar-watch.service.js';

export interface CalendarRouteDeps {
  config: Config;
  tenants: TenantService;
  connections: Pick<CalendarConnections, 'connectUrl' | 'completeOAuth' | 'statusOf'>;
  watch: Pick<CalendarWatch, 'watch'>;
  sync: Pick<CalendarSync, 'handlePush'>;
  relay: CalendarRelay;
}

const tags = ['calendar'];
// Connecting and watching the calendar is the owner's decision: staff and viewers may not (403).
const owner = { auth: 'owner' as const, ownerOnly: true };

/** The origin this request reached (used only when PUBLIC_BASE_URL is unset). */
const originOf = (request: FastifyRequest) => `${request.protocol}://${request.host}`;

export const calendarRoutes: FastifyPluginAsyncZod<CalendarRouteDeps> = async (app, deps) => {
  app.post(
    '/v1/calendar/google/watch',
    {
      config: owner,
      schema: {
        tags,
        summary: 'Create or renew the Google push channel of the caller’s calendar, then sync',
        description:
          'A new channel (new id, random token, requested TTL) replaces and stops the previous one; the channel and the latest syncToken are stored on the business. Google must reach the push URL over public HTTPS.',
        body: watchBodySchema,
        response: { 200: watchResponseSchema },
      },
    },
    (request) => deps.watch.watch(requireBusiness(request), request.body ?? {}, originOf(request)),
  );

  // Google posts notifications with no body (and whatever Content-Type it likes); in their own
  // context every body is read and dropped, so no parser can refuse a notification.
  await app.register(async (context) => {
    const push = context.withTypeProvider<ZodTypeProvider>();
    push.removeAllContentTypeParsers();
    push.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: 65_536 }, (_request, _body, done) =>
      done(null, undefined),
    );
    push.post(
      '/v1/calendar/google/push',
      {
        // Checked by the service (channel id + token against the stored channel), so that an unknown
        // channel still answers 200 and Google stops retrying; declared public for the same reason.
        schema: {
          tags,
          summary: 'Google Calendar push notification (called by Google)',
          description:
            'The tenant is the one whose stored channel matches X-Goog-Channel-ID and X-Goog-Channel-Token. Always 200: an unknown channel or wrong token answers processed:false and changes nothing.',
          headers: pushHeadersSchema,
          response: { 200: pushResponseSchema },
        },
      },
      (request) =>
        deps.sync.handlePush({
          channelId: request.headers['x-goog-channel-id'],
          channelToken: request.headers['x-goog-channel-token'],
          resourceState: request.headers['x-goog-resource-state'],
          messageNumber: request.headers['x-goog-message-number'],
        }),
    );
  });

  app.post(
    '/v1/calendar/google/webhook',
    {
      schema: {
        tags,
        summary: 'Relay one calendar change (cancelled, or moved to a new time)',
        description:
          'Needs X-Calendar-Webhook-Secret = CALENDAR_WEBHOOK_SECRET, or owner credentials (X-API-Key …). The appointment is the one whose calendar_event_id is event_id (within business_id, the owner’s business, or the one business that has it).',
        headers: relayHeadersSchema,
        body: relayBodySchema,
        response: { 200: relayResponseSchema },
      },
    },
    async (request) => {
      const caller = await relayCaller(request, deps);
      return deps.relay.relay(caller, request.body);
    },
  );

  app.get(
    '/v1/calendar/google/status',
    {
      // Any role may see whether bookings reach the calendar; only the owner may change it.
      config: { auth: 'owner' as const },
      schema: {
        tags,
        summary: "Whether the tenant's bookings reach a Google Calendar, and how",
        response: { 200: statusResponseSchema },
      },
    },
    (request) => deps.connections.statusOf(requireBusiness(request)),
  );

  app.get(
    '/v1/calendar/google/connect',
    {
      config: owner,
      schema: {
        tags,
        summary: 'Start connecting Google Calendar: the consent screen URL',
        description:
          'The URL carries a signed state that expires in 10 minutes. 409 GOOGLE_OAUTH_NOT_CONFIGURED when GOOGLE_CLIENT_ID is not set.',
        response: { 200: connectResponseSchema },
      },
    },
    (request) => deps.connections.connectUrl(requireBusiness(request), originOf(request)),
  );

  app.get(
    '/v1/calendar/google/callback',
    {
      schema: {
        tags,
        summary: 'Google sends the owner back here after consent (stores the tokens, encrypted)',
        querystring: callbackQuerySchema,
        response: { 200: callbackResponseSchema },
      },
    },
    async (request) => {
      const { code, state, error } = request.query;
      if (error)
        throw new AppError('BAD_REQUEST', 'Google sign-in was not completed', {
          subcode: 'GOOGLE_OAUTH_DENIED',
        });
      if (!code) throw invalidOAuthState();
      return deps.connections.completeOAuth(code, state, originOf(request));
    },
  );
};

/** The shared secret (null: any tenant, named in the body) or the owner's credentials (their tenant). */
async function relayCaller(request: FastifyRequest, deps: CalendarRouteDeps) {
  const secret = request.headers['x-calendar-webhook-secret'];
  const configured = deps.config.calendar.webhookSecret;
  if (typeof secret === 'string' && secret !== '') {
    if (configured && secretsEqual(secret, configured)) return null;
    throw webhookUnauthenticated();
  }
  const business = await resolveOwnerCredentials(request, {
    config: deps.config,
    tenants: deps.tenants,
  }).catch(() => {
    throw webhookUnauthenticated();
  });
  assertOwnerWriteAllowed(business, request);
  return business;
}
