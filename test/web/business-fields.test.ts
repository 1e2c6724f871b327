import { describe, expect, it } from 'vitest';
import { ApiError, fieldErrorsByName } from '../../web/shared/api.js';
import { parseHours, parseServices, settingsPatch } from '../../web/shared/business-fields.js';

describe('web/shared/business-fields', () => {
  it('reads opening hours typed as ranges; empty is closed', () => {
    expect(parseHours('8:00-12:00, 13:00 – 17:30')).toEqual([
      ['08:00', '12:00'],
      ['13:00', '17:30'],
    ]);
    expect(parseHours('  ')).toEqual([]);
    expect(parseHours('mornings')).toBe('"mornings" is not a range like 08:00-17:00');
  });

  it('reads one service per line, minutes optional', () => {
    expect(parseServices('Drain cleaning, 90\nLeak repair\n\n', 60)).toEqual([
      { name: 'Drain cleaning', duration_minutes: 90 },
      { name: 'Leak repair', duration_minutes: 60 },
    ]);
    expect(parseServices(', 30', 60)).toBe('", 30" needs a service name');
  });

  it('builds the PATCH body, or names the field typed wrong before sending', () => {
    const form = new FormData();
    form.set('name', ' Acme ');
    form.set('time_zone', 'America/Chicago');
    form.set('owner_phone', '');
    form.set('emergency_keywords', 'flooding, sparks,');
    form.set('widget_allowed_origins', 'https://a.example\nhttps://b.example');
    form.set('services', 'Drain cleaning, 45');
    form.set('hours-mon', '08:00-17:00');
    const { patch, errors } = settingsPatch(form, 60);
    expect(errors).toEqual({});
    expect(patch).toMatchObject({
      name: 'Acme',
      owner_phone: null,
      greeting: null,
      emergency_keywords: ['flooding', 'sparks'],
      widget_allowed_origins: ['https://a.example', 'https://b.example'],
      services: [{ name: 'Drain cleaning', duration_minutes: 45 }],
      business_hours: { mon: [['08:00', '17:00']], tue: [], sun: [] },
    });
    form.set('hours-wed', 'noon');
    expect(settingsPatch(form, 60).errors).toEqual({
      business_hours: 'Wednesday: "noon" is not a range like 08:00-17:00',
    });
  });

  it("maps a 422 problem's paths to the form's field names", () => {
    const error = new ApiError(
      'Saving settings',
      422,
      'The request has invalid values',
      'VALIDATION_FAILED',
      [
        { path: 'body.time_zone', message: 'must be an IANA time zone' },
        { path: 'body.widget_allowed_origins.1', message: 'Invalid URL' },
        { path: 'body.widget_allowed_origins.2', message: 'Invalid URL' },
      ],
    );
    expect(fieldErrorsByName(error)).toEqual({
      time_zone: 'must be an IANA time zone',
      widget_allowed_origins: 'Invalid URL; Invalid URL',
    });
    expect(error.message).toBe('Saving settings failed: The request has invalid values');
  });
});
