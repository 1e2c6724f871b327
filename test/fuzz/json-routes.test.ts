import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Services } from '../../src/app.js';
import { describeEachDialect } from '../helpers/dialects.js';
import { buildTestApp } from '../helpers/test-app.js';
import {
  createTarget,
  formatTally,
  fuzzOperation,
  readOperations,
  settingsFromEnv,
  summarizeTally,
  type Tally,
} from './harness.js';

// Property-based fuzz over every JSON route of /openapi.json (see harness.ts for the properties).
// Environment: FUZZ_SEED, FUZZ_RUNS (per operation, default 40), FUZZ_OPS (a substring of
// "METHOD /path"), FUZZ_PATH (replays a printed counterexample: with its seed and FUZZ_OPS), and
// FUZZ_LOG=<file> (one line per exchange: status, variant, request, problem), FUZZ_TALLY=1 (status
// codes per operation at the end). TEST_DIALECTS=sqlite skips the PostgreSQL pass.

const settings = settingsFromEnv();
const operations = await readOperations();
const only = process.env.FUZZ_OPS;
const selected = only ? operations.filter((op) => op.key.includes(only)) : operations;
console.log(
  `fuzz: seed=${settings.seed} runs=${settings.numRuns} per operation, ${selected.length} operations ` +
    `(replay with FUZZ_SEED=${settings.seed}${only ? ` FUZZ_OPS='${only}'` : ''})`,
);

describeEachDialect('fuzz: every JSON route', (ctx) => {
  let app: FastifyInstance;
  let services: Services;
  const tally: Tally = new Map();
  beforeAll(async () => {
    ({ app, services } = await buildTestApp({ overrides: { sql: ctx.sql() } }));
  });
  afterAll(async () => {
    console.log(`fuzz [${ctx.dialect}]: ${summarizeTally(tally)}`);
    if (process.env.FUZZ_TALLY) console.log(`status codes per operation:\n${formatTally(tally)}`);
    await app?.close();
  });

  it('derives every JSON operation from /openapi.json, with its credential', () => {
    const keys = operations.map((op) => op.key);
    expect(keys).toEqual(
      expect.arrayContaining([
        'POST /v1/admin/businesses',
        'PATCH /v1/admin/businesses/{business_id}',
        'PATCH /v1/owner/business',
        'POST /v1/owner/lockdown',
        'GET /v1/widget/business',
        'POST /v1/crm/customers',
        'PATCH /v1/crm/customers/{id}',
        'PATCH /v1/owner/callbacks/{id}',
        'POST /v1/crm/appointments',
        'PATCH /v1/crm/appointments/{id}',
        'DELETE /v1/crm/appointments/{id}',
        'GET /v1/owner/availability',
      ]),
    );
    expect(keys.filter((key) => /twilio|\/docs/.test(key))).toEqual([]);
    expect(Object.fromEntries(operations.map((op) => [op.key, op.credential]))).toMatchObject({
      'GET /healthz': 'public',
      'GET /v1/admin/businesses': 'admin',
      'GET /v1/crm/customers': 'owner',
      'GET /v1/widget/business': 'widget',
    });
  });

  selected.forEach((op) => {
    it(op.key, async () => {
      const target = await createTarget(app, services, operations.indexOf(op));
      await fuzzOperation(target, op, settings, tally);
    }, 90_000);
  });
});
