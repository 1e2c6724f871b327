import { describe, expect, it } from 'vitest';
import { isReminderDue } from './reminders.service.js';

const HOUR = 3_600_000;
const now = new Date('2031-05-01T12:00:00Z');
const at = (hoursFromNow: number) => new Date(now.getTime() + hoursFromNow * HOUR).toISOString();
const business = { default_reminder_hours: 24, status: 'active' as const, lockdown_mode: false };
const bookedLongAgo = at(-240);

describe('isReminderDue', () => {
  it('is due once the reminder window has opened', () => {
    expect(isReminderDue({ start_time: at(23), created_at: bookedLongAgo }, business, now)).toBe(true);
    expect(isReminderDue({ start_time: at(24), created_at: bookedLongAgo }, business, now)).toBe(true);
    expect(isReminderDue({ start_time: at(25), created_at: bookedLongAgo }, business, now)).toBe(false);
  });

  it('uses the tenant hours', () => {
    const weekAhead = { ...business, default_reminder_hours: 168 };
    expect(isReminderDue({ start_time: at(100), created_at: bookedLongAgo }, weekAhead, now)).toBe(true);
  });

  it('is not due within the last hour before the start', () => {
    expect(isReminderDue({ start_time: at(0.5), created_at: bookedLongAgo }, business, now)).toBe(false);
    expect(isReminderDue({ start_time: at(1), created_at: bookedLongAgo }, business, now)).toBe(true);
  });

  it('is not due for a booking made inside its own reminder window', () => {
    expect(isReminderDue({ start_time: at(20), created_at: at(-3) }, business, now)).toBe(false);
    expect(isReminderDue({ start_time: at(20), created_at: at(-4) }, business, now)).toBe(true);
  });

  it('waits while the tenant is suspended or in lockdown', () => {
    const appointment = { start_time: at(10), created_at: bookedLongAgo };
    expect(isReminderDue(appointment, { ...business, status: 'suspended' }, now)).toBe(false);
    expect(isReminderDue(appointment, { ...business, lockdown_mode: true }, now)).toBe(false);
  });
});
