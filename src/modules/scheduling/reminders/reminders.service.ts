import type { Kysely } from 'kysely';
import type { Database } from '../../../platform/db/database.js';
import type { Notifier } from '../../notifications/notifier.js';
import { reminderText } from '../../notifications/texts/customer-texts.js';
import type { Business } from '../../tenants/tenants.model.js';
import type { TenantService } from '../../tenants/tenants.service.js';
import * as repo from './reminders.repository.js';

const HOUR_MS = 3_600_000;

/** The largest `default_reminder_hours` a tenant may choose: the sweep looks this far ahead. */
export const MAX_REMINDER_HOURS = 168;
/** The smallest `default_reminder_hours` a tenant may choose. */
export const MIN_REMINDER_HOURS = 1;
/** Fewer than this before the start (e.g. after an outage), a reminder no longer helps. */
export const MIN_REMINDER_LEAD_MS = HOUR_MS;

/**
 * How close to the start a reminder may still go out: one hour, or half the tenant's reminder time
 * when that is shorter. A tenant reminding one hour ahead therefore has a 30-minute window (60 to 30
 * minutes before the start); with a flat one-hour cut-off that window had no width and no reminder
 * was ever sent. From two hours up the cut-off is the plain hour.
 */
export function reminderCutoffMs(reminderHours: number): number {
  return Math.min(MIN_REMINDER_LEAD_MS, (reminderHours * HOUR_MS) / 2);
}

/** The sweep's nearest start: the cut-off of the shortest reminder time any tenant may choose. */
const NEAREST_CUTOFF_MS = reminderCutoffMs(MIN_REMINDER_HOURS);
/** A claim older than this belongs to an instance that died mid-send; another may take over. */
export const STALE_CLAIM_MS = 10 * 60_000;

export interface ReminderServiceDeps {
  db: Kysely<Database>;
  tenants: Pick<TenantService, 'findById'>;
  notifier: Pick<Notifier, 'notifyCustomer'>;
  log?: { warn(fields: Record<string, unknown>, message: string): void };
  /** Rows read per query. */
  batchSize?: number;
  /** Rows examined per sweep at most, so one tick stays bounded. */
  maxScan?: number;
}

export interface ReminderSweep {
  scanned: number;
  due: number;
  /** Reminders this instance claimed (and handed to the notifier). */
  claimed: number;
  /** Handed to the provider; the rest were blocked (opt-out), skipped (no sender) or failed. */
  sent: number;
  /** Failed for a passing reason: left for a later sweep, which sends again once the retry is due. */
  retrying: number;
  errors: number;
}

export type ReminderService = ReturnType<typeof createReminderService>;

/**
 * When a reminder is due:
 * - `default_reminder_hours` (tenant setting, 1–168) before a SCHEDULED or CONFIRMED appointment;
 * - not when less than its cut-off remains before the start (`reminderCutoffMs`: one hour, or half
 *   the reminder time when that is shorter, so every allowed setting has a window to send in);
 * - not when the appointment was booked inside its reminder window: the confirmation was just
 *   sent and already states the time (a move resets the reminder, so the new time is judged again);
 * - not while the tenant is suspended or in lockdown (resumes when lifted, if still due).
 */
export function isReminderDue(
  appointment: Pick<repo.ReminderCandidate, 'start_time' | 'created_at'>,
  business: Pick<Business, 'default_reminder_hours' | 'status' | 'lockdown_mode'>,
  now: Date,
): boolean {
  if (business.status !== 'active' || business.lockdown_mode) return false;
  const start = Date.parse(appointment.start_time);
  const opensAt = start - business.default_reminder_hours * HOUR_MS;
  if (now.getTime() < opensAt) return false;
  if (start - now.getTime() < reminderCutoffMs(business.default_reminder_hours)) return false;
  return Date.parse(appointment.created_at) <= opensAt;
}

export function createReminderService(deps: ReminderServiceDeps) {
  const { db, tenants, notifier } = deps;
  const batchSize = deps.batchSize ?? 200;
  const maxScan = deps.maxScan ?? 5000;

  /** One sweep. Safe to run on every instance at once: each reminder is claimed in the database. */
  async function runOnce(now: Date, signal?: AbortSignal): Promise<ReminderSweep> {
    const sweep: ReminderSweep = { scanned: 0, due: 0, claimed: 0, sent: 0, retrying: 0, errors: 0 };
    const businesses = new Map<string, Business | null>();
    const window = {
      // The nearest cut-off of any tenant; isReminderDue applies each tenant's own.
      startsAfter: new Date(now.getTime() + NEAREST_CUTOFF_MS - 1).toISOString(),
      startsBy: new Date(now.getTime() + MAX_REMINDER_HOURS * HOUR_MS).toISOString(),
      staleBefore: new Date(now.getTime() - STALE_CLAIM_MS).toISOString(),
    };
    let after: { start_time: string; id: string } | undefined;
    while (sweep.scanned < maxScan && !signal?.aborted) {
      const rows = await repo.findReminderCandidates(db, {
        ...window,
        limit: batchSize,
        ...(after ? { after } : {}),
      });
      sweep.scanned += rows.length;
      for (const row of rows) {
        if (signal?.aborted) break;
        const business = await cached(businesses, row.business_id);
        if (!business || !isReminderDue(row, business, now)) continue;
        sweep.due += 1;
        await remind(sweep, row, business, now, window.staleBefore);
      }
      const last = rows.at(-1);
      if (rows.length < batchSize || !last) break;
      after = { start_time: last.start_time, id: last.id };
    }
    return sweep;
  }

  async function cached(businesses: Map<string, Business | null>, id: string): Promise<Business | null> {
    if (!businesses.has(id)) businesses.set(id, await tenants.findById(id));
    return businesses.get(id) ?? null;
  }

  async function remind(
    sweep: ReminderSweep,
    row: repo.ReminderCandidate,
    business: Business,
    now: Date,
    staleBefore: string,
  ): Promise<void> {
    const claimAt = now.toISOString();
    if (!(await repo.claimReminder(db, row, claimAt, staleBefore))) return;
    sweep.claimed += 1;
    try {
      const record = await notifier.notifyCustomer(business, {
        customerId: row.customer_id,
        kind: 'reminder',
        body: reminderText(business, row.start_time),
        // The start time is part of the key: a moved appointment is a new reminder.
        dedupeKey: `${row.id}@${row.start_time}`,
        appointmentId: row.id,
      });
      if (record.status === 'sent' && !record.deduplicated) sweep.sent += 1;
      if (record.status === 'failed' && record.retry_at !== null) {
        // The provider failed for a passing reason: a later sweep asks again, and the notifier
        // sends the same message once its retry time has come (never twice: same dedupe key).
        sweep.retrying += 1;
        await repo.releaseReminderClaim(db, row, claimAt);
        return;
      }
      // Blocked, skipped and finally failed count as handled: the outcome is in the SMS log.
      await repo.markReminderSent(db, row, claimAt, now.toISOString());
    } catch (error) {
      // The claim stays; after STALE_CLAIM_MS a sweep retries, and the SMS dedupe key prevents a
      // second text if the first one did go out.
      sweep.errors += 1;
      // Ids and the error's kind only: driver messages can quote row values such as phone numbers.
      const { name, code } = error as { name?: string; code?: unknown };
      deps.log?.warn(
        {
          appointment_id: row.id,
          business_id: row.business_id,
          error: name ?? 'unknown',
          code: code ?? null,
        },
        'reminder failed',
      );
    }
  }

  return { runOnce };
}
