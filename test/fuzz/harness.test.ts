import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Services } from '../../src/app.js';
import { invalid } from '../../src/platform/errors/app-error.js';
import { buildTestApp } from '../helpers/test-app.js';
import { createTarget, DEFAULT_SEED, fuzzOperation, problemViolations, readOperations } from './harness.js';
import type { Operation } from './operations.js';

// The fuzz can fail: against a sabotaged app (a service swapped on the live services object, no
// source edited) it reports a 5xx and a write behind a 4xx, and its problem-document check refuses
// what is not one.

const operations = await readOperations();
const patchCustomer = operations.find((op) => op.key === 'PATCH /v1/crm/customers/{id}') as Operation;

async function failureOf(run: Promise<void>): Promise<string> {
  const error = await run.then(
    () => null,
    (e: Error) => e,
  );
  if (!error) throw new Error('the fuzz passed against a sabotaged app');
  return `${error.message}\n${(error.cause as Error | undefined)?.message ?? ''}`;
}

describe('fuzz harness self-test', () => {
  let app: FastifyInstance;
  let services: Services;
  beforeAll(async () => {
    ({ app, services } = await buildTestApp());
  });
  afterAll(() => app.close());

  const settings = { seed: DEFAULT_SEED, numRuns: 40, endOnFailure: true };

  it('reports a route that throws on a field', async () => {
    const target = await createTarget(app, services);
    const original = services.customers.update;
    services.customers.update = async (businessId, id, patch) => {
      if (typeof patch.notes === 'string') throw new Error('sabotage: notes');
      return original(businessId, id, patch);
    };
    try {
      expect(await failureOf(fuzzOperation(target, patchCustomer, settings))).toMatch(
        /answered 500 \(never a 5xx\)/,
      );
    } finally {
      services.customers.update = original;
    }
  });

  it('reports a refusal that wrote first', async () => {
    const target = await createTarget(app, services);
    const original = services.customers.update;
    services.customers.update = async (businessId, id, patch) => {
      await original(businessId, id, patch);
      throw invalid('body.notes', 'sabotage: refused after writing');
    };
    try {
      const failure = await failureOf(fuzzOperation(target, patchCustomer, settings));
      expect(failure).toMatch(/a 422 answer wrote:/);
      expect(failure).toMatch(/customers: 1 -> 1 rows; added \[\] removed \[\] changed \[cus_/);
    } finally {
      services.customers.update = original;
    }
  });

  it('passes the same operation once the sabotage is gone', async () => {
    const target = await createTarget(app, services);
    await fuzzOperation(target, patchCustomer, settings);
  });
});

describe('problem document check', () => {
  const problem = {
    type: 'https://docs.ai-telephony.dev/problems/not-found',
    title: 'Not Found',
    status: 404,
    detail: 'Customer x was not found',
    code: 'CUSTOMER_NOT_FOUND',
    request_id: 'req-1',
  };
  const response = (body: unknown, headers: Record<string, string> = {}, statusCode = 404) => ({
    statusCode,
    headers: {
      'content-type': 'application/problem+json; charset=utf-8',
      'x-request-id': 'req-1',
      ...headers,
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

  it('accepts a problem document', () => {
    expect(problemViolations(response(problem))).toEqual([]);
  });

  it.each([
    ['plain JSON', response(problem, { 'content-type': 'application/json' }), /content-type/],
    ['another request id', response(problem, { 'x-request-id': 'req-2' }), /request_id "req-1" differs/],
    ["a status that is not the response's", response(problem, {}, 409), /status is 404/],
    ['a missing code', response({ ...problem, code: undefined }), /code is undefined/],
    ['an empty detail', response({ ...problem, detail: '' }), /detail is ""/],
    ['HTML', response('<h1>Not Found</h1>', { 'content-type': 'text/html' }), /not JSON/],
    ['an array', response([problem]), /not a JSON object/],
  ])('refuses %s', (_name, bad, reason) => {
    expect(problemViolations(bad).join('\n')).toMatch(reason);
  });
});
