import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';

/** A named dependency check for /readyz; it rejects when the dependency is unusable. */
export interface ReadinessCheck {
  name: string;
  check: () => Promise<void>;
}

const CHECK_TIMEOUT_MS = 2_000;

const healthSchema = z.object({ status: z.literal('ok') });
const readySchema = z.object({
  status: z.enum(['ok', 'unavailable']),
  checks: z.record(z.string(), z.object({ status: z.enum(['ok', 'failed']), error: z.string().optional() })),
});

export const healthRoutes: FastifyPluginAsyncZod<{ checks: ReadinessCheck[] }> = async (app, { checks }) => {
  app.get(
    '/healthz',
    { schema: { tags: ['operations'], summary: 'The process is alive', response: { 200: healthSchema } } },
    () => ({ status: 'ok' as const }),
  );

  app.get(
    '/readyz',
    {
      schema: {
        tags: ['operations'],
        summary: 'SQL and (when configured) Redis answer; 503 names the failing check',
        response: { 200: readySchema, 503: readySchema },
      },
    },
    async (request, reply) => {
      const results = await Promise.all(checks.map((entry) => runCheck(entry)));
      const failed = results.filter(([, result]) => result.status === 'failed');
      for (const [name, result] of failed)
        request.log.warn({ check: name, error: result.error }, 'readiness check failed');
      return reply
        .code(failed.length > 0 ? 503 : 200)
        .send({ status: failed.length > 0 ? 'unavailable' : 'ok', checks: Object.fromEntries(results) });
    },
  );
};

async function runCheck(
  entry: ReadinessCheck,
): Promise<[string, { status: 'ok' | 'failed'; error?: string }]> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
  });
  try {
    await Promise.race([entry.check(), timeout]);
    return [entry.name, { status: 'ok' }];
  } catch (error) {
    return [entry.name, { status: 'failed', error: error instanceof Error ? error.message : String(error) }];
  } finally {
    clearTimeout(timer);
  }
}
