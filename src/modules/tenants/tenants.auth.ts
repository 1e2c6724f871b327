import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Config } from '../../platform/config/config.js';
import { AppError } from '../../platform/errors/app-error.js';
import { addLogBindings } from '../../platform/logger/logger.js';
import { secretsEqual } from '../../platform/secrets.js';
import type { Business } from './tenants.model.js';
import type { TenantService } from './tenants.service.js';

/**
 * Which credential a route requires; declared once in the route's `config.auth`.
 * `api`: a tenant's own server-side integration (voice sessions, telephony): `X-API-Key`, a Bearer
 * token or the development `X-Business-ID`. Unlike `owner` it never asks for `X-Owner-Token`, which
 * guards the owner dashboard's human users, not the tenant's telephony system.
 */
export type Credential = 'public' | 'admin' | 'owner' | 'widget' | 'api' | 'twilio' | 'google';

/**
 * Identity behind a Bearer token; the accounts module provides the verifier. `role` is `owner`,
 * `staff` or `viewer` (see assertRoleAllows); API-key callers act as the owner.
 */
export interface BearerIdentity {
  businessId: string;
  userId: string;
  role: string;
}
export type BearerVerifier = (token: string) => Promise<BearerIdentity | null>;

declare module 'fastify' {
  interface FastifyContextConfig {
    auth?: Credential;
    /** Automation routes (widget, chat, voice, telephony, Twilio) stop for a tenant in lockdown. */
    automation?: boolean;
    /** An owner write a suspended tenant may still make: its own settings (see assertOwnerWriteAllowed). */
    whileSuspended?: boolean;
    /**
     * `api` routes that authorise by a capability in the request (an unguessable session id) and so
     * may be called without credentials; credentials that are sent must still be valid.
     */
    credentialsOptional?: boolean;
    /** Settings, lockdown and users: owners only (staff and viewers get 403). */
    ownerOnly?: boolean;
  }
  interface FastifyRequest {
    business: Business | null;
    user: BearerIdentity | null;
  }
}

export const SECURITY_SCHEMES = {
  AdminApiKey: { type: 'apiKey', in: 'header', name: 'X-Admin-API-Key' },
  BearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
  ApiKey: { type: 'apiKey', in: 'header', name: 'X-API-Key' },
  OwnerToken: { type: 'apiKey', in: 'header', name: 'X-Owner-Token' },
  WidgetToken: { type: 'apiKey', in: 'header', name: 'X-Widget-Token' },
  BusinessId: {
    type: 'apiKey',
    in: 'header',
    name: 'X-Business-ID',
    description: 'Development only: accepted alone when REQUIRE_BUSINESS_API_KEY=false',
  },
  TwilioSignature: { type: 'apiKey', in: 'header', name: 'X-Twilio-Signature' },
  GoogleChannel: { type: 'apiKey', in: 'header', name: 'X-Goog-Channel-Token' },
} as const;

const SECURITY_BY_CREDENTIAL: Record<Credential, Array<Record<string, string[]>>> = {
  public: [],
  admin: [{ AdminApiKey: [] }],
  owner: [{ BearerAuth: [] }, { ApiKey: [], OwnerToken: [] }, { ApiKey: [] }, { BusinessId: [] }],
  widget: [{ WidgetToken: [] }, { BusinessId: [] }],
  api: [{ BearerAuth: [] }, { ApiKey: [] }, { BusinessId: [] }],
  twilio: [{ TwilioSignature: [] }],
  google: [{ GoogleChannel: [] }],
};

const unauthenticated = (message: string) => new AppError('UNAUTHENTICATED', message);

export interface TenantAuthDeps {
  config: Config;
  tenants: TenantService;
  verifyBearer?: BearerVerifier;
}

/**
 * One hook resolves the caller for every route from its `config.auth`, then applies lockdown and
 * suspension to automation routes and suspension to owner writes. Routes never check credentials
 * themselves.
 */
export function registerTenantAuth(app: FastifyInstance, deps: TenantAuthDeps): void {
  app.decorateRequest('business', null);
  app.decorateRequest('user', null);

  app.addHook('onRoute', (route) => {
    const auth = route.config?.auth ?? 'public';
    // Bearer tokens are accepted only when a verifier is configured; the docs say no more than that.
    const security = SECURITY_BY_CREDENTIAL[auth].filter(
      (scheme) => deps.verifyBearer || !('BearerAuth' in scheme),
    );
    // An empty requirement is OpenAPI's way of saying "or no credential at all".
    if (route.config?.credentialsOptional) security.push({});
    route.schema = { ...route.schema, security };
  });

  app.addHook('onRequest', async (request) => {
    const auth = request.routeOptions.config.auth ?? 'public';
    if (auth === 'admin') return checkAdmin(request, deps.config);
    if (auth !== 'owner' && auth !== 'widget' && auth !== 'api') return;
    if (request.routeOptions.config.credentialsOptional && !presentsTenantCredential(request)) return;
    const business =
      auth === 'widget' ? await resolveWidget(request, deps) : await resolveOwner(request, deps, auth);
    request.business = business;
    // The request's own logger (also reply.log, which writes the "request completed" line) gains the
    // tenant; adding a binding costs less than a second child logger per request.
    addLogBindings(request.log, { business_id: business.id });
    if (auth !== 'widget') assertRoleAllows(request);
    if (request.routeOptions.config.automation) assertAutomationAllowed(business);
    else if (auth === 'owner') assertOwnerWriteAllowed(business, request);
  });
}

/**
 * Roles of signed-in users (Bearer tokens); X-API-Key callers act as the owner. A viewer only reads
 * (every other method answers 403); staff may also write, except on routes marked `ownerOnly`
 * (settings, lockdown, users); owners may do everything.
 */
export function assertRoleAllows(request: FastifyRequest): void {
  const role = request.user?.role ?? 'owner';
  if (role === 'owner') return;
  if (role !== 'staff' && !READ_METHODS.has(request.method)) {
    throw new AppError('FORBIDDEN', 'A viewer may only read', { subcode: 'INSUFFICIENT_ROLE' });
  }
  if (request.routeOptions.config.ownerOnly) {
    throw new AppError('FORBIDDEN', 'Only an owner may do this', { subcode: 'INSUFFICIENT_ROLE' });
  }
}

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * A suspended tenant's owner still reads everything (customers, jobs, conversations, messages: their
 * data stays theirs to see and copy out) and may change its own settings (routes marked
 * `whileSuspended`) to fix what got it suspended. Every other write is refused: CRM writes book work
 * and text customers (confirmations, cancellations) on the platform's account.
 */
export function assertOwnerWriteAllowed(business: Business, request: FastifyRequest): void {
  if (business.status !== 'suspended' || READ_METHODS.has(request.method)) return;
  if (request.routeOptions.config.whileSuspended) return;
  throw new AppError(
    'FORBIDDEN',
    'This business is suspended: its owner may read its data and change its settings, nothing else',
    { subcode: 'BUSINESS_SUSPENDED' },
  );
}

export function assertAutomationAllowed(business: Business): void {
  if (business.status === 'suspended') {
    throw new AppError('FORBIDDEN', 'This business is suspended', { subcode: 'BUSINESS_SUSPENDED' });
  }
  if (business.lockdown_mode) {
    throw new AppError('LOCKED', 'This business is in lockdown: automation is paused', {
      subcode: 'LOCKDOWN',
    });
  }
}

/** The caller's tenant on a route whose credential resolves one (owner, widget). */
export function requireBusiness(request: FastifyRequest): Business {
  if (!request.business) throw new AppError('INTERNAL', 'Route has no tenant credential configured');
  return request.business;
}

function checkAdmin(request: FastifyRequest, config: Config): void {
  if (!config.adminApiKey) throw unauthenticated('The admin API is disabled: ADMIN_API_KEY is not set');
  const presented = header(request, 'x-admin-api-key');
  if (!presented) throw unauthenticated('Missing X-Admin-API-Key');
  if (!secretsEqual(presented, config.adminApiKey)) throw unauthenticated('Invalid admin API key');
}

function presentsTenantCredential(request: FastifyRequest): boolean {
  // A widget token counts too: the route refuses it (401) rather than ignore a credential it does not take.
  return ['authorization', 'x-api-key', 'x-widget-token', 'x-business-id'].some(
    (name) => header(request, name) !== undefined,
  );
}

/**
 * Owner credentials checked by a route that also accepts another credential (the calendar relay
 * webhook's shared secret), so it cannot declare `auth: 'owner'`. Same rules as owner routes.
 */
export function resolveOwnerCredentials(request: FastifyRequest, deps: TenantAuthDeps): Promise<Business> {
  return resolveOwner(request, deps);
}

async function resolveOwner(
  request: FastifyRequest,
  deps: TenantAuthDeps,
  auth: 'owner' | 'api' = 'owner',
): Promise<Business> {
  const authorization = header(request, 'authorization');
  if (authorization?.toLowerCase().startsWith('bearer '))
    return resolveBearer(request, authorization.slice(7).trim(), deps);
  const apiKey = header(request, 'x-api-key');
  if (apiKey) {
    const business = await deps.tenants.findByCredential('api_key', apiKey);
    if (!business) throw unauthenticated('Invalid tenant credentials');
    if (auth === 'owner') checkOwnerToken(request, deps.config);
    return business;
  }
  return resolveDevHeader(request, deps);
}

async function resolveBearer(
  request: FastifyRequest,
  token: string,
  deps: TenantAuthDeps,
): Promise<Business> {
  const identity = deps.verifyBearer ? await deps.verifyBearer(token) : null;
  if (!identity) throw unauthenticated('Invalid or expired token');
  const claimed = header(request, 'x-business-id');
  if (claimed && claimed !== identity.businessId) {
    throw new AppError('FORBIDDEN', 'The token belongs to another business', {
      subcode: 'BUSINESS_MISMATCH',
    });
  }
  const business = await deps.tenants.findById(identity.businessId);
  if (!business) throw unauthenticated('Invalid or expired token');
  request.user = identity;
  return business;
}

function checkOwnerToken(request: FastifyRequest, config: Config): void {
  if (!config.ownerDashboardToken) return;
  const presented = header(request, 'x-owner-token');
  if (!presented || !secretsEqual(presented, config.ownerDashboardToken)) {
    throw unauthenticated('Missing or invalid X-Owner-Token');
  }
}

async function resolveWidget(request: FastifyRequest, deps: TenantAuthDeps): Promise<Business> {
  const token = header(request, 'x-widget-token');
  if (token) {
    const business = await deps.tenants.findByCredential('widget_token', token);
    if (!business) throw unauthenticated('Invalid widget token');
    if (deps.tenants.widgetTokenExpired(business)) throw unauthenticated('Widget token expired');
    return business;
  }
  return resolveDevHeader(request, deps);
}

// Development profiles (REQUIRE_BUSINESS_API_KEY=false) may name the tenant without a secret.
async function resolveDevHeader(request: FastifyRequest, deps: TenantAuthDeps): Promise<Business> {
  const businessId = header(request, 'x-business-id');
  if (deps.config.requireBusinessApiKey || !businessId) throw unauthenticated('Missing tenant credentials');
  const business = await deps.tenants.findById(businessId);
  if (!business) throw unauthenticated('Unknown business');
  return business;
}

function header(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first?.trim() || undefined;
}
