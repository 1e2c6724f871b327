import { afterAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../helpers/test-app.js';
import { signedTwilioRequest } from '../helpers/twilio.js';
import { PERSONAS } from './personas/index.js';
import { FRONT_LOADED_TURNS_BAR, formatTotals, formatTranscript, SUCCESS_BAR, totals } from './report.js';
import { BUSINESS_NUMBER, type EvalResult, playPersona } from './simulator.js';
import { EVAL_PUBLIC_BASE_URL, EVAL_TWILIO_ENV } from './twilio-client.js';

// Plays every persona through the signed Twilio voice route. A persona whose outcome is wrong is
// reported (the bar tolerates a few); one the harness could not play fails outright. The last test
// holds the bars: ≥ 95 % success, median ≤ 3 caller turns for front-loaded callers.

const results: EvalResult[] = [];

describe('evaluation: simulated callers through the Twilio voice route', () => {
  it('plays against a route that checks signatures (a wrongly signed call is refused)', async () => {
    const { app } = await buildTestApp({ env: EVAL_TWILIO_ENV });
    try {
      const response = await signedTwilioRequest(app, {
        path: '/v1/twilio/voice',
        params: { CallSid: 'CA00000000000000000000000000000000', From: '+17735550100', To: BUSINESS_NUMBER },
        signedUrl: `${EVAL_PUBLIC_BASE_URL}/v1/twilio/voice`,
        token: 'not-the-auth-token',
      });
      expect(response.statusCode).toBe(403);
    } finally {
      await app.close();
    }
  });

  for (const persona of PERSONAS) {
    it(`${persona.kind}: ${persona.id}`, async ({ annotate }) => {
      const result = await playPersona(persona);
      results.push(result);
      expect(result.failures.filter((f) => f.startsWith('harness:'))).toEqual([]);
      if (!result.ok)
        await annotate(`FAIL ${result.failures.join(' | ')}\n${formatTranscript(result)}`, 'warning');
    });
  }

  it('meets the bars', () => {
    const sums = totals(results);
    const failed = results.filter((r) => !r.ok).map((r) => `${r.persona.id}: ${r.failures.join(' | ')}`);
    expect(sums.successRate, `${formatTotals(sums)}\n${failed.join('\n')}`).toBeGreaterThanOrEqual(
      SUCCESS_BAR,
    );
    expect(sums.frontLoadedMedianTurns, formatTotals(sums)).toBeLessThanOrEqual(FRONT_LOADED_TURNS_BAR);
  });
});

afterAll(() => {
  const failed = results.filter((r) => !r.ok);
  if (failed.length) console.warn(failed.map((r) => `${r.persona.id}: ${r.failures.join(' | ')}`).join('\n'));
});
