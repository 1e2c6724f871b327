import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { eventIdFor } from '../../src/modules/calendar/event-id.js';
import { classifyGoogleError } from '../../src/modules/calendar/google/google-errors.js';
import { appointmentFor, decide, instantOf } from '../../src/modules/calendar/inbound-changes.js';
import { createSyncQueue } from '../../src/modules/calendar/sync-queue.js';
import { createTokenCipher, signState, verifyState } from '../../src/modules/calendar/token-cipher.js';
import { systemClock } from '../../src/platform/clock.js';
import { createMemoryKv } from '../../src/platform/kv/memory-kv.js';
import { createRedisClient, createRedisKv, waitForRedisReady } from '../../src/platform/kv/redis-kv.js';
import { redisForTests, TEST_REDIS_URL } from '../helpers/redis.js';

const linked = {
  id: 'apt_1',
  calendar_event_id: 'evt1',
  start_time: '2026-03-06T15:00:00.000Z',
  end_time: '2026-03-06T16:00:00.000Z',
  status: 'SCHEDULED',
};

describe('inbound calendar changes', () => {
  it('reads naive times in the tenant zone (IANA, fixed offset), absolute ones as given', () => {
    expect(instantOf('2026-03-09T09:00', 'America/Chicago')?.toISOString()).toBe('2026-03-09T14:00:00.000Z');
    expect(instantOf('2026-03-06T09:00', 'America/Chicago')?.toISOString()).toBe('2026-03-06T15:00:00.000Z');
    expect(instantOf('2026-03-09T09:00', '-06:00')?.toISOString()).toBe('2026-03-09T15:00:00.000Z');
    expect(instantOf('2026-03-09T09:00:00+02:00', 'America/Chicago')?.toISOString()).toBe(
      '2026-03-09T07:00:00.000Z',
    );
    expect(
      instantOf(
        { dateTime: '2026-03-09T09:00:00', timeZone: 'Europe/Berlin' },
        'America/Chicago',
      )?.toISOString(),
    ).toBe('2026-03-09T08:00:00.000Z');
    expect(instantOf({ date: '2026-03-09' }, 'UTC')).toBeNull();
    expect(instantOf('not a time', 'UTC')).toBeNull();
  });

  it('decides: cancel, move, unchanged, all-day and bad times skipped, closed ones untouched', () => {
    expect(decide(linked, { status: 'cancelled' }, 'UTC')).toEqual({ kind: 'cancelled' });
    expect(decide(linked, { status: 'declined' }, 'UTC')).toEqual({ kind: 'cancelled' });
    expect(decide({ ...linked, status: 'CANCELLED' }, { status: 'cancelled' }, 'UTC')).toEqual({
      kind: 'unchanged',
    });
    expect(decide(linked, { start: '2026-03-06T15:00:00Z', end: '2026-03-06T16:00:00Z' }, 'UTC')).toEqual({
      kind: 'unchanged',
    });
    expect(decide(linked, { start: { date: '2026-03-07' }, end: { date: '2026-03-08' } }, 'UTC')).toEqual({
      kind: 'skipped',
      reason: 'all_day',
    });
    expect(decide(linked, { start: '2026-03-06T17:00:00Z', end: '2026-03-06T16:00:00Z' }, 'UTC')).toEqual({
      kind: 'skipped',
      reason: 'invalid_time',
    });
    expect(decide({ ...linked, status: 'COMPLETED' }, { start: '2026-03-07T15:00:00Z' }, 'UTC')).toEqual({
      kind: 'unchanged',
    });
    const moved = decide(linked, { start: '2026-03-07T15:00:00Z' }, 'UTC');
    expect(moved).toEqual({
      kind: 'moved',
      start: new Date('2026-03-07T15:00:00Z'),
      end: new Date('2026-03-07T16:00:00Z'),
    });
  });

  it('counts a recurring instance only when it is the occurrence at the appointment time', () => {
    const map = new Map([['evt1', linked]]);
    const instance = (original: string) => ({
      id: `evt1_${original}`,
      status: 'confirmed',
      start: { dateTime: '2026-03-07T15:00:00Z' },
      end: { dateTime: '2026-03-07T16:00:00Z' },
      recurringEventId: 'evt1',
      originalStart: { dateTime: original },
    });
    expect(appointmentFor(instance('2026-03-06T15:00:00Z'), map, 'UTC')).toBe(linked);
    expect(appointmentFor(instance('2026-03-13T15:00:00Z'), map, 'UTC')).toEqual({
      kind: 'skipped',
      reason: 'other_occurrence',
    });
    expect(appointmentFor({ ...instance('x'), recurringEventId: 'other' }, map, 'UTC')).toBeNull();
  });
});

describe('event ids', () => {
  it('are stable, unique per appointment and in Google’s base32hex alphabet', () => {
    const id = eventIdFor('biz-1', 'apt_0123');
    expect(id).toBe(eventIdFor('biz-1', 'apt_0123'));
    expect(id).not.toBe(eventIdFor('biz-1', 'apt_0124'));
    expect(id).not.toBe(eventIdFor('biz-2', 'apt_0123'));
    expect(id).toMatch(/^[a-v0-9]{5,1024}$/);
  });
});

describe('token cipher and OAuth state', () => {
  const cipher = createTokenCipher('k'.repeat(40));
  it('seals and opens; another key or a changed byte does not open', () => {
    const sealed = cipher.seal('{"refresh_token":"rt_secret"}');
    expect(sealed).not.toContain('rt_secret');
    expect(cipher.open(sealed)).toBe('{"refresh_token":"rt_secret"}');
    expect(createTokenCipher('z'.repeat(40)).open(sealed)).toBeNull();
    const parts = sealed.split('.');
    parts[3] = `${parts[3]!.slice(0, -2)}AA`;
    expect(cipher.open(parts.join('.'))).toBeNull();
  });

  it('a state names its tenant until it expires and cannot be forged', () => {
    const now = new Date('2026-03-02T15:00:00Z');
    const state = signState(cipher, 'biz-1', now);
    expect(verifyState(cipher, state, now)).toBe('biz-1');
    expect(verifyState(cipher, state, new Date(now.getTime() + 11 * 60_000))).toBeNull();
    expect(verifyState(createTokenCipher('z'.repeat(40)), state, now)).toBeNull();
    expect(verifyState(cipher, `${state}x`, now)).toBeNull();
    expect(verifyState(cipher, 'garbage', now)).toBeNull();
  });
});

describe('Google error classification', () => {
  const kind = (error: unknown) => classifyGoogleError('op', error).kind;
  it('sorts failures into the classes the module acts on', () => {
    expect(kind({ response: { status: 400, data: { error: 'invalid_grant' } } })).toBe('auth_revoked');
    expect(kind({ response: { status: 401 } })).toBe('auth_revoked');
    expect(
      kind({ response: { status: 403, data: { error: { errors: [{ reason: 'rateLimitExceeded' }] } } } }),
    ).toBe('transient');
    expect(kind({ response: { status: 403, data: { error: { errors: [{ reason: 'forbidden' }] } } } })).toBe(
      'rejected',
    );
    expect(kind({ response: { status: 404 } })).toBe('not_found');
    expect(kind({ response: { status: 410 } })).toBe('gone');
    expect(kind({ response: { status: 500 } })).toBe('transient');
    expect(kind({ code: 'ECONNREFUSED' })).toBe('transient');
    expect(kind({ response: { status: 422 } })).toBe('rejected');
  });
});

describe('per-tenant sync queue', () => {
  it('never runs two syncs of one tenant at once, and runs a request that arrived meanwhile', async () => {
    const queue = createSyncQueue(createMemoryKv(systemClock));
    let running = 0;
    let maxRunning = 0;
    const runs: boolean[] = [];
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const sync = async (full: boolean) => {
      running += 1;
      maxRunning = Math.max(maxRunning, running);
      runs.push(full);
      if (runs.length === 1) await gate;
      running -= 1;
      return runs.length;
    };
    const first = queue.run('t1', false, sync);
    while (runs.length === 0) await new Promise((resolve) => setTimeout(resolve, 1));
    const second = await queue.run('t1', true, sync);
    expect(second).toBeNull(); // queued behind the first
    release();
    await first;
    expect(maxRunning).toBe(1);
    expect(runs).toEqual([false, true]); // the queued full sync ran after the first
    // Another tenant is not held up.
    expect(await queue.run('t2', false, async () => 'other')).toBe('other');
  });
});

const redisUp = await redisForTests('the calendar sync lock in Redis');

describe.skipIf(!redisUp)('per-tenant sync queue across instances (Redis)', () => {
  it('two instances never sync one tenant at once; the loser’s request still runs', async () => {
    const prefix = `test:${process.pid}:${randomUUID()}:`;
    const clients = [createRedisClient(TEST_REDIS_URL), createRedisClient(TEST_REDIS_URL)];
    await Promise.all(clients.map((client) => waitForRedisReady(client)));
    const [one, two] = clients.map((client) => createSyncQueue(createRedisKv(client, { keyPrefix: prefix })));
    try {
      let running = 0;
      let maxRunning = 0;
      let runs = 0;
      let release: () => void = () => undefined;
      const gate = new Promise<void>((resolve) => {
        release = resolve;
      });
      const sync = async () => {
        running += 1;
        maxRunning = Math.max(maxRunning, running);
        runs += 1;
        if (runs === 1) await gate;
        running -= 1;
        return runs;
      };
      // While instance one syncs, both instances receive pushes: they leave requests and return.
      const first = one!.run('t1', false, sync);
      while (running === 0) await new Promise((resolve) => setTimeout(resolve, 2));
      const others = await Promise.all([two!.run('t1', false, sync), one!.run('t1', false, sync)]);
      expect(others).toEqual([null, null]);
      release();
      // The holder then runs once more for them.
      expect(await first).toBe(2);
      expect(maxRunning).toBe(1);
      expect(runs).toBe(2);
    } finally {
      for (const client of clients) client.disconnect();
    }
  });
});
