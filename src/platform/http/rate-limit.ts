import { createHash } from 'node:crypto';
import { BlockList, isIP } from 'node:net';
import type { FastifyBaseLogger, FastifyInstance, FastifyRequest } from 'fastify';
import type { RateLimitConfig } from '../config/config.js';
import { AppError } from '../errors/app-error.js';
import type { KeyValueStore, TokenBucketResult } from '../kv/key-value-store.js';
import type { Metrics } from '../metrics/metrics.js';

// Token buckets on the routes anyone on the internet can reach (the HTTP contract's abuse prevention).
// Every limited request takes a token from two buckets: its tenant credential's (when it names a
// tenant) and its client address's; a refusal by the first takes nothing from the second. Buckets
// live in the shared store (Redis when configured, one Lua script each), so N instances hold one
// limit. This runs before authentication: a flood of bad credentials is limited too.

/** Path prefixes that are limited; everything else (owner, CRM, admin, health, metrics) is not. */
export const LIMITED_PREFIXES = [
  '/v1/widget',
  '/v1/chat',
  '/v1/auth',
  '/v1/public/signup',
  '/v1/feedback',
  '/twilio',
  '/v1/twilio',
  '/telephony',
  '/v1/telephony',
  '/v1/voice',
] as const;

export interface RateLimitDeps {
  config: RateLimitConfig;
  /** Proxy headers name the client only when TRUST_PROXY says the proxy is trusted. */
  trustProxy: boolean | number | string[];
  store: KeyValueStore;
  metrics: Pick<Metrics, 'rateLimitBlocked' | 'rateLimitStoreFailed'>;
}

export function isLimitedPath(url: string): boolean {
  const query = url.indexOf('?');
  const path = query === -1 ? url : url.slice(0, query);
  return LIMITED_PREFIXES.some(
    (prefix) => path.startsWith(prefix) && (path.length === prefix.length || path[prefix.length] === '/'),
  );
}

export function registerRateLimit(app: FastifyInstance, deps: RateLimitDeps): void {
  const { config, store, metrics } = deps;
  if (!config.enabled) return;
  const bucket = { capacity: config.burst, refillPerSecond: config.perMinute / 60 };
  const whitelist = config.whitelist.length > 0 ? blockListOf(config.whitelist) : null;
  const clientOf = clientAddressResolver(deps.trustProxy);
  const warn = throttledWarning(app.log);

  async function take(key: string): Promise<TokenBucketResult | null> {
    try {
      return await store.takeToken(key, bucket);
    } catch (error) {
      // Fail open: a broken bucket store must not take the phones down with it.
      metrics.rateLimitStoreFailed();
      warn((error as Error).message);
      return null;
    }
  }

  app.addHook('onRequest', async (request, reply) => {
    if (!isLimitedPath(request.url)) return;
    const client = clientOf(request);
    if (whitelist && listed(whitelist, client)) return;
    const tenant = tenantKeyOf(request);
    const tenantResult = tenant ? await take(`ratelimit:tenant:${tenant}`) : null;
    const result =
      tenantResult && !tenantResult.allowed ? tenantResult : await take(`ratelimit:ip:${client}`);
    if (!result || result.allowed) return;
    const route = request.routeOptions.url ?? 'unmatched';
    metrics.rateLimitBlocked(route, businessIdOf(request));
    const seconds = Math.max(1, Math.ceil(result.retryAfterMs / 1000));
    reply.header('retry-after', String(seconds));
    throw new AppError('RATE_LIMITED', `Too many requests: try again in ${seconds} s`);
  });
}

// The tenant a request names before authentication: `?business_id=` (Twilio, telephony) or
// X-Business-ID, plus a hash of its credential, so one leaked widget token cannot starve the
// tenant's other clients and no secret is ever written to the store.
function tenantKeyOf(request: FastifyRequest): string | null {
  const business = businessIdOf(request);
  const credential =
    header(request, 'x-api-key') ?? header(request, 'x-widget-token') ?? header(request, 'authorization');
  if (!business && !credential) return null;
  return `${business ?? 'any'}:${credential ? credentialKey(credential) : 'none'}`;
}

// Hashing every request's credential shows in a profile; the same few credentials come back.
const credentialKeys = new Map<string, string>();

function credentialKey(credential: string): string {
  let key = credentialKeys.get(credential);
  if (key === undefined) {
    key = createHash('sha256').update(credential).digest('base64url').slice(0, 22);
    if (credentialKeys.size >= 1000) credentialKeys.clear();
    credentialKeys.set(credential, key);
  }
  return key;
}

function businessIdOf(request: FastifyRequest): string | null {
  const query = request.query as Record<string, unknown> | undefined;
  const fromQuery = typeof query?.business_id === 'string' ? query.business_id : undefined;
  const id = fromQuery ?? header(request, 'x-business-id');
  // Only id-shaped values: this becomes a metrics label and part of a store key.
  return id && /^[A-Za-z0-9_-]{1,64}$/.test(id) ? id : null;
}

/**
 * The client's address. Fastify's `request.ip` already follows X-Forwarded-For through the trusted
 * proxies (TRUST_PROXY); X-Real-IP is read only when there is no X-Forwarded-For and the direct
 * peer is a trusted proxy.
 */
export function clientAddressResolver(trustProxy: boolean | number | string[]) {
  const trusted = Array.isArray(trustProxy) ? blockListOf(trustProxy) : null;
  const peerTrusted = (peer: string) =>
    trustProxy === true ||
    (typeof trustProxy === 'number' && trustProxy > 0) ||
    (trusted !== null && listed(trusted, peer));
  return (request: FastifyRequest): string => {
    const peer = plainAddress(request.socket.remoteAddress ?? 'unknown');
    if (!request.headers['x-forwarded-for'] && peerTrusted(peer)) {
      const real = header(request, 'x-real-ip');
      if (real && isIP(real)) return plainAddress(real);
    }
    return plainAddress(request.ip || peer);
  };
}

// A dual-stack listener reports IPv4 clients as ::ffff:a.b.c.d; one client, one bucket.
function plainAddress(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped?.[1] ?? address;
}

function listed(list: BlockList, address: string): boolean {
  const family = isIP(address);
  return family !== 0 && list.check(address, family === 6 ? 'ipv6' : 'ipv4');
}

function blockListOf(entries: readonly string[]): BlockList {
  const list = new BlockList();
  for (const entry of entries) {
    const [address = '', bits] = entry.split('/');
    const type = isIP(address) === 6 ? 'ipv6' : 'ipv4';
    if (bits === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(bits), type);
  }
  return list;
}

// One warning per 30 s: a down Redis would otherwise log once per request.
function throttledWarning(log: FastifyBaseLogger): (message: string) => void {
  let last = 0;
  return (message) => {
    if (Date.now() - last < 30_000) return;
    last = Date.now();
    log.warn({ error: message }, 'rate-limit store unavailable; requests are let through');
  };
}

function header(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first?.trim() || undefined;
}
