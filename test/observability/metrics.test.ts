import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BuiltApp } from '../../src/app.js';
import { RecordingSmsSender } from '../../src/modules/notifications/recording-sms-sender.js';
import { buildTestApp, createBusiness } from '../helpers/test-app.js';
import { signedTwilioRequest, twimlElement } from '../helpers/twilio.js';

const PROMTOOL = ['/usr/bin/promtool', '/usr/local/bin/promtool'].find((path) => existsSync(path));
if (!PROMTOOL && process.env.CI === 'true')
  throw new Error('promtool is missing: .ci/run installs prometheus');

describe('metrics', () => {
  let built: BuiltApp;
  let apiKey: string;
  let businessId: string;
  beforeAll(async () => {
    built = await buildTestApp({ overrides: { sms: new RecordingSmsSender() } });
    const business = await createBusiness(built.app, {
      twilio_phone_number: '+15125550100',
      owner_phone: '+15125550101',
      time_zone: 'America/Chicago',
    });
    apiKey = business.apiKey;
    businessId = business.id;
  });
  afterAll(() => built.app.close());

  const owner = (method: 'GET' | 'POST', url: string, payload?: object) =>
    built.app.inject({ method, url, headers: { 'x-api-key': apiKey }, ...(payload ? { payload } : {}) });

  it('counts requests by route pattern and status, never raw paths', async () => {
    await owner('GET', '/v1/crm/customers/cus_secret_123');
    await owner('GET', '/v1/crm/customers/cus_other_456');
    const metrics = (await built.app.inject({ url: '/metrics' })).json();
    expect(metrics.requests_by_route['GET /v1/crm/customers/:id']).toBe(2);
    expect(JSON.stringify(metrics)).not.toContain('cus_secret_123');
    expect(metrics.total_requests).toBeGreaterThanOrEqual(2);
    const text = (await built.app.inject({ url: '/metrics/prometheus' })).body;
    expect(text).toContain(
      'ai_telephony_http_requests_total{method="GET",route="/v1/crm/customers/:id",status="404"} 2',
    );
    expect(text).not.toContain('cus_secret_123');
  });

  it('counts bookings by source and the texts they sent', async () => {
    const customer = (
      await owner('POST', '/v1/crm/customers', { phone: '+15125550142', name: 'Dana' })
    ).json();
    const booked = await owner('POST', '/v1/crm/appointments', {
      customer_id: customer.id,
      start_time: '2031-03-04T15:00:00Z',
      end_time: '2031-03-04T16:00:00Z',
      notify_customer: true,
    });
    expect(booked.statusCode).toBe(201);
    const metrics = (await built.app.inject({ url: '/metrics' })).json();
    expect(metrics.bookings_by_source).toEqual({ api: 1 });
    expect(metrics.bookings_total).toBe(1);
    // The customer's confirmation and the owner's new-booking alert.
    expect(metrics.sms_sent_total).toBe(2);
    expect(metrics.sms_failed_total).toBe(0);
  });

  it('times each assistant turn by channel and phase, retries not counted twice', async () => {
    const path = `/v1/twilio/voice?business_id=${businessId}`;
    const params = { CallSid: 'CA_metrics_turn_1', From: '+15125550177', To: '+15125550100' };
    const greeting = await signedTwilioRequest(built.app, { path, params });
    const action = twimlElement(greeting.body, 'Gather')?.attributes.action ?? '';
    const turn = { ...params, SpeechResult: 'my kitchen sink is leaking' };
    await signedTwilioRequest(built.app, { path: action, params: turn });
    // Twilio retrying the same turn is answered from the session and not timed again.
    await signedTwilioRequest(built.app, { path: action, params: turn });
    const text = (await built.app.inject({ url: '/metrics/prometheus' })).body;
    for (const phase of ['engine', 'store', 'total'])
      expect(text).toContain(
        `ai_telephony_assistant_turn_duration_seconds_count{channel="phone",phase="${phase}"} 2`,
      );
  });

  it('names every counter the contract and the dashboards read', async () => {
    const metrics = (await built.app.inject({ url: '/metrics' })).json();
    for (const name of [
      'rate_limit_blocks_total',
      'rate_limit_blocks_by_route',
      'rate_limit_blocks_by_route_business',
      'total_requests',
      'total_errors',
      'requests_by_route',
      'twilio_requests',
      'twilio_errors',
      'assistant_turns_by_channel',
      'bookings_total',
      'emergencies_total',
      'handoffs_total',
      'callbacks_total',
      'sms_sent_total',
      'sms_failed_total',
      'calendar_syncs_total',
      'calendar_sync_errors_total',
    ])
      expect(metrics, name).toHaveProperty(name);
    const response = await built.app.inject({ url: '/metrics/prometheus' });
    expect(response.headers['content-type']).toContain('text/plain; version=0.0.4');
    for (const name of [
      'ai_telephony_rate_limit_blocks_total',
      'ai_telephony_http_requests_total',
      'ai_telephony_http_request_duration_seconds',
      'ai_telephony_twilio_requests_total',
      'ai_telephony_assistant_turns_total',
      'ai_telephony_assistant_turn_duration_seconds',
      'ai_telephony_bookings_total',
      'ai_telephony_emergencies_total',
      'ai_telephony_handoffs_total',
      'ai_telephony_callbacks_total',
      'ai_telephony_sms_sent_total',
      'ai_telephony_sms_failed_total',
      'ai_telephony_calendar_syncs_total',
    ]) {
      expect(response.body).toContain(`# HELP ${name} `);
      expect(response.body).toMatch(new RegExp(`^# TYPE ${name} (counter|histogram)$`, 'm'));
    }
  });

  it.runIf(PROMTOOL)('passes promtool check metrics', async () => {
    const text = (await built.app.inject({ url: '/metrics/prometheus' })).body;
    const child = execFile(PROMTOOL as string, ['check', 'metrics']);
    const done = new Promise<{ code: number | null; output: string }>((resolve) => {
      let output = '';
      child.stdout?.on('data', (chunk) => {
        output += chunk;
      });
      child.stderr?.on('data', (chunk) => {
        output += chunk;
      });
      child.on('close', (code) => resolve({ code, output }));
    });
    child.stdin?.end(text);
    const { code, output } = await done;
    expect(output).toBe('');
    expect(code).toBe(0);
  });

  it('keeps each instance to its own numbers', async () => {
    const other = await buildTestApp();
    try {
      const metrics = (await other.app.inject({ url: '/metrics' })).json();
      expect(metrics.bookings_total).toBe(0);
    } finally {
      await other.app.close();
    }
  });
});
