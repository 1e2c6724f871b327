import { describe, expect, it } from 'vitest';
import { maskPhones } from '../../src/platform/logger/logger.js';
import { buildTestApp, createBusiness } from '../helpers/test-app.js';

describe('logs', () => {
  it('carry request_id and business_id but no secrets or phone numbers', async () => {
    const lines: string[] = [];
    const { app } = await buildTestApp({
      env: { LOG_LEVEL: 'debug' },
      overrides: { logStream: { write: (l) => lines.push(l) } },
    });
    try {
      const business = await createBusiness(app, { owner_phone: '+15125550177' });
      await app.inject({
        url: '/v1/owner/business?From=%2B15125550188',
        headers: { 'x-api-key': business.apiKey, 'x-request-id': 'log-test-1' },
      });
      await app.inject({
        method: 'PATCH',
        url: '/v1/owner/business',
        headers: { 'x-api-key': business.apiKey },
        payload: { owner_phone: 'nope' },
      });
      app.log.info({ phone: '+15125550199', api_key: business.apiKey }, 'caller +1 (512) 555-0166 asked');

      const output = lines.join('');
      expect(output).not.toContain(business.apiKey);
      expect(output).not.toContain(business.widgetToken);
      expect(output).not.toMatch(/5125550(177|188|199)|555-0166/);
      const records = lines.map((line) => JSON.parse(line));
      const requestLines = records.filter((r) => r.request_id === 'log-test-1');
      expect(requestLines.length).toBeGreaterThan(0);
      expect(requestLines.some((r) => r.business_id === business.id)).toBe(true);
      expect(records.find((r) => r.msg?.startsWith('caller'))?.msg).toBe('caller [phone …66] asked');
    } finally {
      await app.close();
    }
  });

  it.each([
    ['call +15125550100 now', 'call [phone …00] now'],
    ['(512) 555-0100', '[phone …00]'],
    ['at 10:30 on 2026-03-10', 'at 10:30 on 2026-03-10'],
    ['order 12345', 'order 12345'],
  ])('maskPhones(%s)', (input, expected) => {
    expect(maskPhones(input)).toBe(expected);
  });
});
