import net from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, createBusiness, type TestBusiness } from '../helpers/test-app.js';

// Requests refused before any of our handlers runs (by the router, or by Node's HTTP parser) still
// answer a problem document with a request id, and never quote the offending input back.

const PROBLEM_KEYS = ['code', 'detail', 'request_id', 'status', 'title', 'type'];

function expectProblem(body: Record<string, unknown>, status: number, code: string): void {
  expect(Object.keys(body).sort()).toEqual(PROBLEM_KEYS);
  expect(body).toMatchObject({ status, code });
}

describe('refusals before our handlers', () => {
  let app: FastifyInstance;
  let business: TestBusiness;
  beforeAll(async () => {
    ({ app } = await buildTestApp());
    business = await createBusiness(app);
  });
  afterAll(() => app.close());

  describe('by the router', () => {
    it('answers a 3,000-character id with a 414 problem that does not echo the path', async () => {
      const id = 'a'.repeat(3000);
      const response = await app.inject({
        url: `/v1/crm/customers/${id}`,
        headers: { 'x-api-key': business.apiKey, 'x-request-id': 'long-id-1' },
      });
      expect(response.statusCode).toBe(414);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.headers['x-request-id']).toBe('long-id-1');
      expectProblem(response.json(), 414, 'URI_TOO_LONG');
      expect(response.json().request_id).toBe('long-id-1');
      expect(response.body).not.toContain('a'.repeat(101));
    });

    it('answers a malformed percent-encoding in the path with a 400 problem', async () => {
      const response = await app.inject({
        url: '/v1/crm/customers/%E0%A4%A',
        headers: { 'x-api-key': business.apiKey, 'x-request-id': 'bad-pct-1' },
      });
      expect(response.statusCode).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expectProblem(response.json(), 400, 'BAD_REQUEST');
      expect(response.json().request_id).toBe('bad-pct-1');
      expect(response.json().detail).toBe('The request path has a malformed percent-encoding');
      expect(response.body).not.toContain('%E0');
    });

    it('answers an unknown 3,000-character path with a 404 that quotes only its start', async () => {
      const response = await app.inject({ url: `/v1/${'b'.repeat(3000)}` });
      expect(response.statusCode).toBe(404);
      expect(response.json().detail).toBe(`No route for GET /v1/${'b'.repeat(96)}…`);
    });
  });

  describe("by Node's HTTP parser (over a real socket)", () => {
    let server: FastifyInstance;
    let port: number;
    beforeAll(async () => {
      ({ app: server } = await buildTestApp());
      await server.listen({ port: 0, host: '127.0.0.1' });
      port = (server.server.address() as net.AddressInfo).port;
    });
    afterAll(() => server.close());

    function send(raw: string): Promise<{ status: number; headers: Record<string, string>; body: string }> {
      return new Promise((resolve, reject) => {
        const socket = net.connect(port, '127.0.0.1', () => socket.write(raw));
        let received = '';
        socket.on('data', (chunk) => {
          received += chunk.toString('utf8');
        });
        socket.on('error', reject);
        socket.on('close', () => {
          const [head = '', body = ''] = received.split('\r\n\r\n');
          const [statusLine = '', ...lines] = head.split('\r\n');
          const headers = Object.fromEntries(
            lines.map((line) => [
              line.slice(0, line.indexOf(':')).toLowerCase(),
              line.slice(line.indexOf(':') + 1).trim(),
            ]),
          );
          resolve({ status: Number(statusLine.split(' ')[1]), headers, body });
        });
      });
    }

    it('answers a NUL byte in a header with a 400 problem and a request id', async () => {
      const response = await send('GET /healthz HTTP/1.1\r\nHost: localhost\r\nX-Note: a\u0000b\r\n\r\n');
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      const problem = JSON.parse(response.body);
      expectProblem(problem, 400, 'BAD_REQUEST');
      expect(problem.detail).toBe(
        'The request is not valid HTTP: a header name or value has a forbidden character',
      );
      expect(problem.request_id).toMatch(/^[0-9a-f-]{36}$/);
      expect(response.headers['x-request-id']).toBe(problem.request_id);
    });

    it('answers a 100 KB header with a 431 problem that does not echo it', async () => {
      const response = await send(
        `GET /healthz HTTP/1.1\r\nHost: localhost\r\nX-Big: ${'z'.repeat(100_000)}\r\n\r\n`,
      );
      expect(response.status).toBe(431);
      expect(response.headers['content-type']).toContain('application/problem+json');
      const problem = JSON.parse(response.body);
      expectProblem(problem, 431, 'HEADERS_TOO_LARGE');
      expect(problem.request_id).toMatch(/^[0-9a-f-]{36}$/);
      expect(response.body).not.toContain('zzzz');
    });

    it('still serves a well-formed request on the same server', async () => {
      const response = await send('GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n');
      expect(response.status).toBe(200);
    });
  });
});
