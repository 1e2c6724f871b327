import { Validator } from '@seriousme/openapi-schema-validator';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminRequest, buildTestApp, createBusiness } from '../helpers/test-app.js';

describe('HTTP edge', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    ({ app } = await buildTestApp());
  });
  afterAll(() => app.close());

  describe('request ids', () => {
    it('echoes a valid X-Request-ID and puts it in problem bodies', async () => {
      const response = await app.inject({ url: '/v1/nowhere', headers: { 'x-request-id': 'abc-123' } });
      expect(response.headers['x-request-id']).toBe('abc-123');
      expect(response.json().request_id).toBe('abc-123');
    });

    it('generates one when absent or unsafe', async () => {
      const absent = await app.inject({ url: '/healthz' });
      expect(absent.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
      const unsafe = await app.inject({ url: '/healthz', headers: { 'x-request-id': 'bad id\nINJECTED' } });
      expect(unsafe.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    });
  });

  describe('problem responses', () => {
    it('answers 404 for an unknown route as a problem', async () => {
      const response = await app.inject({ url: '/v1/does-not-exist?x=1' });
      expect(response.statusCode).toBe(404);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json()).toMatchObject({
        type: expect.stringContaining('not-found'),
        title: 'Not Found',
        status: 404,
        code: 'NOT_FOUND',
        detail: 'No route for GET /v1/does-not-exist',
      });
    });

    it('answers 405 with Allow for a known path and the wrong method', async () => {
      const response = await app.inject({ method: 'DELETE', url: '/v1/owner/business' });
      expect(response.statusCode).toBe(405);
      expect(response.headers.allow).toBe('GET, PATCH');
      expect(response.json()).toMatchObject({ status: 405, code: 'METHOD_NOT_ALLOWED' });
    });

    it('answers 405 for a parametric path too', async () => {
      const response = await app.inject({ method: 'PUT', url: '/v1/admin/businesses/some-id' });
      expect(response.statusCode).toBe(405);
      expect(response.headers.allow).toBe('GET, PATCH');
    });

    it('answers 400 for malformed JSON, naming the problem', async () => {
      const response = await adminRequest(app, {
        method: 'POST',
        url: '/v1/admin/businesses',
        headers: { 'content-type': 'application/json' },
        payload: '{"name": "Broken",',
      });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
      expect(response.json().detail).toMatch(/JSON/i);
    });

    it('answers 413 for a 2 MB body and creates nothing', async () => {
      const response = await adminRequest(app, {
        method: 'POST',
        url: '/v1/admin/businesses',
        headers: { 'content-type': 'application/json' },
        payload: JSON.stringify({ id: 'too-big', name: 'x'.repeat(2 * 1024 * 1024) }),
      });
      expect(response.statusCode).toBe(413);
      expect(response.json()).toMatchObject({ status: 413, code: 'PAYLOAD_TOO_LARGE' });
      expect((await adminRequest(app, { url: '/v1/admin/businesses/too-big' })).statusCode).toBe(404);
    });

    it('answers 415 for an unsupported content type', async () => {
      const response = await adminRequest(app, {
        method: 'POST',
        url: '/v1/admin/businesses',
        headers: { 'content-type': 'application/xml' },
        payload: '<business/>',
      });
      expect(response.statusCode).toBe(415);
      expect(response.json().code).toBe('UNSUPPORTED_MEDIA_TYPE');
    });

    it('lists every invalid path in a 422', async () => {
      const response = await adminRequest(app, {
        method: 'POST',
        url: '/v1/admin/businesses',
        payload: { name: 'Two Problems', language_code: 'fr', default_duration_minutes: -5 },
      });
      expect(response.statusCode).toBe(422);
      expect(
        response
          .json()
          .errors.map((e: { path: string }) => e.path)
          .sort(),
      ).toEqual(['body.default_duration_minutes', 'body.language_code']);
    });

    it('hides internal details of a 500', async () => {
      const { app: broken, services } = await buildTestApp();
      await services.sql.db.schema.dropTable('businesses').execute();
      try {
        const response = await adminRequest(broken, { url: '/v1/admin/businesses' });
        expect(response.statusCode).toBe(500);
        expect(response.json()).toMatchObject({
          status: 500,
          code: 'INTERNAL',
          detail: 'An unexpected error occurred',
        });
        expect(response.body).not.toMatch(/businesses|sqlite/i);
      } finally {
        await broken.close();
      }
    });
  });

  describe('docs', () => {
    it('serves a valid OpenAPI document in which every route names its credential', async () => {
      const response = await app.inject({ url: '/openapi.json' });
      expect(response.statusCode).toBe(200);
      const document = response.json();
      const result = await new Validator().validate(document);
      expect(result.errors ?? []).toEqual([]);
      expect(result.valid).toBe(true);
      const operations = Object.entries(
        document.paths as Record<string, Record<string, { security?: unknown }>>,
      ).flatMap(([path, methods]) =>
        Object.entries(methods).map(([method, op]) => ({ path, method, security: op.security })),
      );
      expect(operations.length).toBeGreaterThan(8);
      for (const op of operations) expect(op.security, `${op.method} ${op.path}`).toBeDefined();
      expect(document.paths['/v1/admin/businesses'].post.security).toEqual([{ AdminApiKey: [] }]);
    });

    it('serves the interactive docs', async () => {
      const response = await app.inject({ url: '/docs/' });
      expect(response.statusCode).toBe(200);
      expect(response.body).toContain('swagger');
    });
  });

  it('resolves the tenant from a widget token', async () => {
    const business = await createBusiness(app, { name: 'Widget Co', language_code: 'es' });
    const response = await app.inject({
      url: '/v1/widget/business',
      headers: { 'x-widget-token': business.widgetToken },
    });
    expect(response.json()).toEqual({ id: business.id, name: 'Widget Co', language_code: 'es' });
  });
});
