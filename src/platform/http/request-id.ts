import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

// Echo a caller's X-Request-ID only when it is a sane token, so it cannot inject into logs.
const SAFE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export function requestIdFrom(req: IncomingMessage): string {
  const header = req.headers['x-request-id'];
  const value = Array.isArray(header) ? header[0] : header;
  return value && SAFE_ID.test(value) ? value : randomUUID();
}
