import type { Kysely } from 'kysely';
import type { Database } from '../../../platform/db/database.js';

// Reminder bookkeeping on the appointments table. The sweep is cross-tenant by nature; every
// write still names the tenant. Reads use appointments_reminder_idx (status, reminder_sent_at,
// start_time).

type Db = Kysely<Database>;

const REMINDABLE = ['SCHEDULED', 'CONFIRMED'];

export interface ReminderCandidate {
  id: string;
  business_id: string;
  customer_id: string;
  start_time: string;
  created_at: string;
}

export interface CandidateQuery {
  /** Only appointments starting after this instant … */
  startsAfter: string;
  /** … and no later than this one. */
  startsBy: string;
  /** Claims older than this are abandoned (their instance died) and may be taken over. */
  staleBefore: string;
  /** Keyset position: the last candidate of the previous page. */
  after?: { start_time: string; id: string };
  limit: number;
}

/** Unsent, unclaimed (or stale-claimed) appointments in the window, soonest first. */
export function findReminderCandidates(db: Db, query: CandidateQuery): Promise<ReminderCandidate[]> {
  let select = db
    .selectFrom('appointments')
    .select(['id', 'business_id', 'customer_id', 'start_time', 'created_at'])
    .where('status', 'in', REMINDABLE)
    .where('reminder_sent_at', 'is', null)
    .where('start_time', '>', query.startsAfter)
    .where('start_time', '<=', query.startsBy)
    .where((eb) =>
      eb.or([eb('reminder_claimed_at', 'is', null), eb('reminder_claimed_at', '<', query.staleBefore)]),
    )
    .orderBy('start_time')
    .orderBy('id')
    .limit(query.limit);
  const after = query.after;
  if (after) {
    select = select.where((eb) =>
      eb.or([
        eb('start_time', '>', after.start_time),
        eb.and([eb('start_time', '=', after.start_time), eb('id', '>', after.id)]),
      ]),
    );
  }
  return select.execute();
}

/**
 * Takes the reminder of one appointment for this instance. The conditional UPDATE is the lock:
 * of several instances racing, exactly one sees one affected row.
 */
export async function claimReminder(
  db: Db,
  appointment: { id: string; business_id: string },
  claimAt: string,
  staleBefore: string,
): Promise<boolean> {
  const result = await db
    .updateTable('appointments')
    .set({ reminder_claimed_at: claimAt })
    .where('business_id', '=', appointment.business_id)
    .where('id', '=', appointment.id)
    .where('status', 'in', REMINDABLE)
    .where('reminder_sent_at', 'is', null)
    .where((eb) =>
      eb.or([eb('reminder_claimed_at', 'is', null), eb('reminder_claimed_at', '<', staleBefore)]),
    )
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Gives the reminder back for a later sweep, only while our claim still stands. */
export async function releaseReminderClaim(
  db: Db,
  appointment: { id: string; business_id: string },
  claimAt: string,
): Promise<boolean> {
  const result = await db
    .updateTable('appointments')
    .set({ reminder_claimed_at: null })
    .where('business_id', '=', appointment.business_id)
    .where('id', '=', appointment.id)
    .where('reminder_claimed_at', '=', claimAt)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Marks the reminder done, only while our claim still stands. */
export async function markReminderSent(
  db: Db,
  appointment: { id: string; business_id: string },
  claimAt: string,
  sentAt: string,
): Promise<boolean> {
  const result = await db
    .updateTable('appointments')
    .set({ reminder_sent_at: sentAt })
    .where('business_id', '=', appointment.business_id)
    .where('id', '=', appointment.id)
    .where('reminder_claimed_at', '=', claimAt)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
