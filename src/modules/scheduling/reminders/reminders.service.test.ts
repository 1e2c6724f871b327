import { describe, expect, it } from 'vitest';
import { isReminderDue, reminderCutoffMs } from './reminders.service.js';

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

  describe('every allowed reminder time has a window to send in', () => {
    const due = (hours: number, startsIn: number, bookedAt = bookedLongAgo) =>
      isReminderDue(
        { start_time: at(startsIn), created_at: bookedAt },
        { ...business, default_reminder_hours: hours },
        now,
      );

    it('reminds a one-hour tenant from 60 to 30 minutes before the start', () => {
      expect(reminderCutoffMs(1)).toBe(0.5 * HOUR);
      expect(due(1, 1 + 1 / 60)).toBe(false);
      expect(due(1, 1)).toBe(true);
      expect(due(1, 0.75)).toBe(true);
      expect(due(1, 0.5)).toBe(true);
      expect(due(1, 0.5 - 1 / 60)).toBe(false);
    });

    it('still skips a one-hour booking made inside its own window', () => {
      expect(due(1, 0.75, at(-0.1))).toBe(false);
      expect(due(1, 0.75, at(-0.25))).toBe(true);
    });

    it('reminds a two-hour tenant from two hours to one hour before the start', () => {
      expect(reminderCutoffMs(2)).toBe(HOUR);
      expect(due(2, 2)).toBe(true);
      expect(due(2, 1)).toBe(true);
      expect(due(2, 1 - 1 / 60)).toBe(false);
      expect(due(2, 2 + 1 / 60)).toBe(false);
    });

    it('keeps the one-hour cut-off for the longest setting', () => {
      expect(reminderCutoffMs(168)).toBe(HOUR);
      expect(due(168, 168)).toBe(true);
      expect(due(168, 168 + 1 / 60)).toBe(false);
      expect(due(168, 1)).toBe(true);
      expect(due(168, 1 - 1 / 60)).toBe(false);
    });

    it('leaves a positive window for each whole hour from 1 to 168', () => {
      for (let hours = 1; hours <= 168; hours += 1) {
        expect(hours * HOUR - reminderCutoffMs(hours)).toBeGreaterThan(0);
        expect(due(hours, hours)).toBe(true);
      }
    });
  });
});
