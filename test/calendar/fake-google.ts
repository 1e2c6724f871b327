import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

// A small stand-in for Google: the OAuth token endpoint and the parts of Calendar API v3 we call.
// Tests point the real client libraries at it (GOOGLE_API_BASE_URL / GOOGLE_OAUTH_TOKEN_URL), so
// requests, auth headers, paging and errors go through the same code as in production.

export interface FakeEvent {
  id: string;
  status: string;
  summary?: string;
  description?: string;
  location?: string;
  start?: { dateTime?: string; date?: string; timeZone?: string };
  end?: { dateTime?: string; date?: string; timeZone?: string };
  recurringEventId?: string;
  originalStartTime?: { dateTime?: string; date?: string; timeZone?: string };
  seq: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: Record<string, unknown> | null;
  authorization: string | undefined;
}

type Fault =
  | { kind: 'status'; status: number; body?: unknown }
  | { kind: 'hang' }
  /** Answered normally, but only after `ms` (a slow Google). */
  | { kind: 'delay'; ms: number };

export interface FakeGoogle {
  readonly url: string;
  readonly tokenUrl: string;
  readonly requests: RecordedRequest[];
  readonly events: Map<string, FakeEvent>;
  readonly channels: Map<string, { resourceId: string; address: string; token: string; ttl: string }>;
  /** Valid refresh tokens (revoke one to make its refresh answer invalid_grant). */
  readonly refreshTokens: Set<string>;
  /** The next `times` Calendar API requests (not token requests) fail this way. */
  failNext(fault: Fault, times?: number): void;
  /** The owner edits the calendar in Google's UI. */
  ownerPut(event: Omit<FakeEvent, 'seq'>): void;
  expireSyncTokens(): void;
  /** Access tokens stop working (so the client must refresh). */
  expireAccessTokens(): void;
  calls(method: string, pathPart: string): RecordedRequest[];
  close(): Promise<void>;
}

export async function startFakeGoogle(): Promise<FakeGoogle> {
  const events = new Map<string, FakeEvent>();
  const channels = new Map<string, { resourceId: string; address: string; token: string; ttl: string }>();
  const refreshTokens = new Set<string>();
  const accessTokens = new Set<string>();
  const requests: RecordedRequest[] = [];
  const hanging: ServerResponse[] = [];
  let faults: Fault[] = [];
  let seq = 0;
  let epoch = randomUUID().slice(0, 6);

  function save(event: Omit<FakeEvent, 'seq'>): void {
    seq += 1;
    events.set(event.id, { ...event, seq });
  }

  function issueAccess(): string {
    const token = `at_${randomUUID()}`;
    accessTokens.add(token);
    return token;
  }

  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    const raw = await readBody(req);
    const body = parseBody(raw, req.headers['content-type']);
    requests.push({
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      body,
      authorization: req.headers.authorization,
    });
    if (url.pathname === '/token') return token(res, body ?? {});
    const fault = faults.shift();
    if (fault?.kind === 'hang') {
      hanging.push(res);
      return;
    }
    if (fault?.kind === 'delay') await new Promise((resolve) => setTimeout(resolve, fault.ms));
    else if (fault)
      return send(res, fault.status, fault.body ?? { error: { code: fault.status, message: 'injected' } });
    const bearer = req.headers.authorization?.replace(/^Bearer /, '');
    if (!bearer || !accessTokens.has(bearer))
      return send(res, 401, { error: { code: 401, message: 'Invalid Credentials' } });
    return api(req.method ?? 'GET', url, body ?? {}, res);
  });

  function token(res: ServerResponse, body: Record<string, unknown>): unknown {
    const grant = body.grant_type;
    if (grant === 'authorization_code') {
      if (body.code !== 'good-code') return send(res, 400, { error: 'invalid_grant' });
      const refresh = `rt_${randomUUID()}`;
      refreshTokens.add(refresh);
      return send(res, 200, {
        access_token: issueAccess(),
        refresh_token: refresh,
        expires_in: 3600,
        token_type: 'Bearer',
      });
    }
    if (grant === 'refresh_token') {
      if (!refreshTokens.has(String(body.refresh_token)))
        return send(res, 400, {
          error: 'invalid_grant',
          error_description: 'Token has been expired or revoked.',
        });
      return send(res, 200, { access_token: issueAccess(), expires_in: 3600, token_type: 'Bearer' });
    }
    if (grant === 'urn:ietf:params:oauth:grant-type:jwt-bearer' && typeof body.assertion === 'string') {
      return send(res, 200, { access_token: issueAccess(), expires_in: 3600, token_type: 'Bearer' });
    }
    return send(res, 400, { error: 'unsupported_grant_type' });
  }

  function channelsApi(
    method: string,
    path: string,
    body: Record<string, unknown>,
    res: ServerResponse,
  ): boolean {
    if (method === 'POST' && path === '/calendar/v3/channels/stop') {
      const id = String(body.id);
      if (!channels.has(id)) send(res, 404, { error: { code: 404, message: 'Channel not found' } });
      else {
        channels.delete(id);
        res.writeHead(204).end();
      }
      return true;
    }
    if (method === 'POST' && /^\/calendar\/v3\/calendars\/[^/]+\/events\/watch$/.test(path)) {
      const resourceId = `res_${randomUUID()}`;
      const params = (body.params ?? {}) as { ttl?: string };
      channels.set(String(body.id), {
        resourceId,
        address: String(body.address),
        token: String(body.token),
        ttl: String(params.ttl),
      });
      const expiration = String(Date.now() + Number(params.ttl ?? 604800) * 1000);
      send(res, 200, { kind: 'api#channel', id: body.id, resourceId, expiration });
      return true;
    }
    return false;
  }

  function api(method: string, url: URL, body: Record<string, unknown>, res: ServerResponse): unknown {
    const path = url.pathname.replace(/^\/+/, '/');
    if (method === 'POST' && path === '/calendar/v3/freeBusy') return freeBusy(body, res);
    if (channelsApi(method, path, body, res)) return;
    const eventMatch = /^\/calendar\/v3\/calendars\/([^/]+)\/events(?:\/([^/]+))?$/.exec(path);
    if (!eventMatch) return send(res, 404, { error: { code: 404, message: 'Not Found' } });
    const eventId = eventMatch[2] ? decodeURIComponent(eventMatch[2]) : undefined;
    if (method === 'GET' && !eventId) return list(url, res);
    if (method === 'POST' && !eventId) {
      const id = String(body.id);
      if (events.has(id))
        return send(res, 409, { error: { code: 409, message: 'The requested identifier already exists.' } });
      save({ ...(body as Omit<FakeEvent, 'seq'>), id, status: 'confirmed' });
      return send(res, 200, events.get(id));
    }
    const existing = eventId ? events.get(eventId) : undefined;
    if (!existing) return send(res, 404, { error: { code: 404, message: 'Not Found' } });
    return changeEvent(method, existing, body, res);
  }

  function changeEvent(
    method: string,
    existing: FakeEvent,
    body: Record<string, unknown>,
    res: ServerResponse,
  ): unknown {
    if (method === 'PATCH') {
      save({ ...existing, ...(body as Partial<FakeEvent>), id: existing.id });
      return send(res, 200, events.get(existing.id));
    }
    if (method === 'DELETE') {
      if (existing.status === 'cancelled')
        return send(res, 410, { error: { code: 410, message: 'Resource has been deleted' } });
      save({ ...existing, status: 'cancelled' });
      res.writeHead(204).end();
      return;
    }
    return send(res, 405, { error: { code: 405 } });
  }

  function list(url: URL, res: ServerResponse): unknown {
    const syncToken = url.searchParams.get('syncToken');
    const pageToken = url.searchParams.get('pageToken');
    const max = Number(url.searchParams.get('maxResults') ?? 250);
    let since = 0;
    if (syncToken) {
      const [tokenEpoch, position] = syncToken.split(':');
      if (tokenEpoch !== epoch)
        return send(res, 410, {
          error: {
            code: 410,
            errors: [{ reason: 'fullSyncRequired' }],
            message: 'Sync token is no longer valid, a full sync is required.',
          },
        });
      since = Number(position);
    }
    // A page token carries the snapshot's end and the offset, so paging is stable under new writes.
    const [upTo, offset] = pageToken ? pageToken.split(':').map(Number) : [seq, 0];
    const matching = [...events.values()]
      .filter(
        (event) => event.seq > since && event.seq <= upTo! && (since > 0 || event.status !== 'cancelled'),
      )
      .sort((a, b) => a.seq - b.seq);
    const page = matching.slice(offset, offset! + max);
    const more = offset! + max < matching.length;
    return send(res, 200, {
      kind: 'calendar#events',
      items: page.map(({ seq: _seq, ...event }) => event),
      ...(more ? { nextPageToken: `${upTo}:${offset! + max}` } : { nextSyncToken: `${epoch}:${upTo}` }),
    });
  }

  function freeBusy(body: Record<string, unknown>, res: ServerResponse): unknown {
    const from = new Date(String(body.timeMin));
    const to = new Date(String(body.timeMax));
    const items = (body.items ?? []) as Array<{ id: string }>;
    const busy = [...events.values()]
      .filter((event) => event.status !== 'cancelled' && event.start?.dateTime && event.end?.dateTime)
      .map((event) => ({ start: new Date(event.start!.dateTime!), end: new Date(event.end!.dateTime!) }))
      .filter((period) => period.start < to && period.end > from)
      .map((period) => ({ start: period.start.toISOString(), end: period.end.toISOString() }));
    const calendars = Object.fromEntries(items.map((item) => [item.id, { busy }]));
    return send(res, 200, { kind: 'calendar#freeBusy', calendars });
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;
  return {
    url: `${base}/`,
    tokenUrl: `${base}/token`,
    requests,
    events,
    channels,
    refreshTokens,
    failNext(fault, times = 1) {
      faults = [...faults, ...Array.from({ length: times }, () => fault)];
    },
    ownerPut: save,
    expireSyncTokens() {
      epoch = randomUUID().slice(0, 6);
    },
    expireAccessTokens() {
      accessTokens.clear();
    },
    calls: (method, pathPart) => requests.filter((r) => r.method === method && r.path.includes(pathPart)),
    async close() {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function parseBody(raw: string, type: string | undefined): Record<string, unknown> | null {
  if (!raw) return null;
  if (type?.includes('application/x-www-form-urlencoded'))
    return Object.fromEntries(new URLSearchParams(raw));
  try {
    return JSON.parse(raw) as Record<string, unknown>;
  } catch {
    return Object.fromEntries(new URLSearchParams(raw));
  }
}
