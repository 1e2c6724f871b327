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
    ['+15125550142', '[phone …42]'],
    ['call back (512) 555-0142 today', 'call back [phone …42] today'],
    ['512.555.0142', '[phone …42]'],
    ['512-555-0142 or 5125550142', '[phone …42] or [phone …42]'],
    ['ext 555-0142', 'ext [phone …42]'],
    ['+44 20 7946 0958', '[phone …58]'],
    ['From=%2B15125550188&To=x', 'From=[phone …88]&To=x'],
    ['at 2026-03-10T14:00:00.000Z', 'at 2026-03-10T14:00:00.000Z'],
  ])('maskPhones(%s) masks phone numbers in free text', (input, expected) => {
    expect(maskPhones(input)).toBe(expected);
  });

  it.each([
    'apt_01J9Z8X2125550142ABC',
    'apt_7d24172f041c4a08a3170b7e2a099642',
    'cus_20260310125550142',
    'CA5125550142aa5125550142bb',
    '3e76ede8-5125-4614-a6ea-512555014299',
  ])('maskPhones leaves the digits inside the id %s alone', (id) => {
    expect(maskPhones(`booked ${id} for +15125550142`)).toBe(`booked ${id} for [phone …42]`);
  });

  it('keeps ids readable in log lines while phone numbers are masked', async () => {
    const lines: string[] = [];
    const { app } = await buildTestApp({
      env: { LOG_LEVEL: 'info' },
      overrides: { logStream: { write: (l) => lines.push(l) } },
    });
    try {
      app.log.info(
        { appointment_id: 'apt_01J9Z8X2125550142ABC' },
        'moved apt_01J9Z8X2125550142ABC for 512.555.0142',
      );
      const record = lines.map((line) => JSON.parse(line)).find((r) => r.msg?.startsWith('moved')) ?? {};
      expect(record.appointment_id).toBe('apt_01J9Z8X2125550142ABC');
      expect(record.msg).toBe('moved apt_01J9Z8X2125550142ABC for [phone …42]');
    } finally {
      await app.close();
    }
  });
});
