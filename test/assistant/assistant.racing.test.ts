import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TurnResult } from '../../src/modules/assistant/assistant.port.js';
import type { Business } from '../../src/modules/tenants/tenants.model.js';
import { assistantHarness } from './harness.js';

// Several callers on the line at once, through the real assistant service and database, all wanting
// the same few slots: everyone first hears the same earliest times and says yes to the same one. A
// slot someone else just booked is said honestly and fresh slots are offered (spread apart); in the
// end every caller either holds a slot no one else holds, or was told truthfully that nothing is
// left and will be called back. Nobody hears "trouble with our schedule".

const CALLERS = 6;
const NAMES = [
  'kevin dorsey',
  'maria garcia',
  'james walsh',
  'linda nguyen',
  'robert porter',
  'susan hughes',
];
/** Monday 2026-03-09 08:00–12:00 CDT: one-hour jobs at 8, 9, 10 and 11 (13:00–16:00 UTC). */
const SLOT_STARTS = [
  '2026-03-09T13:00:00.000Z',
  '2026-03-09T14:00:00.000Z',
  '2026-03-09T15:00:00.000Z',
  '2026-03-09T16:00:00.000Z',
];
const MAX_TURNS = 24;

/** Every Monday after tomorrow within the 60-day search horizon: tomorrow's four slots are all there is. */
function laterMondays(): string[] {
  return Array.from({ length: 9 }, (_, i) =>
    new Date(Date.parse('2026-03-16T12:00:00Z') + i * 7 * 86_400_000).toISOString().slice(0, 10),
  );
}

type Ending = 'booked' | 'callback';

interface Played {
  replies: string[];
  ending: Ending | 'stuck';
  appointmentId?: string;
}

describe('callers racing for the same slots (SQLite)', () => {
  let h: Awaited<ReturnType<typeof assistantHarness>>;
  let business: Business;

  beforeAll(async () => {
    h = await assistantHarness();
    business = await h.tenant({
      business_hours: { mon: [['08:00', '12:00']], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] },
      closed_dates: laterMondays(),
      services: [],
      default_duration_minutes: 60,
      travel_buffer_minutes: 0,
      min_lead_minutes: 0,
    });
  });
  afterAll(() => h.close());

  it('each caller books a distinct slot or gets an honest answer and a callback', async () => {
    const calls = Array.from({ length: CALLERS }, () => h.session(business));
    const played: Played[] = calls.map(() => ({ replies: [], ending: 'stuck' }));
    let delivery = 0;
    const say = async (i: number, text: string): Promise<TurnResult> => {
      delivery += 1;
      const result = await calls[i]!.say(text, { deliveryId: `turn-${delivery}` });
      played[i]!.replies.push(result.reply);
      return result;
    };

    await Promise.all(calls.map((call) => call.start()));
    h.advance();
    const offers = await Promise.all(
      calls.map((_, i) =>
        say(
          i,
          `hi this is ${NAMES[i]} my kitchen sink is leaking can someone come tomorrow i'm at ${100 + i} elm street`,
        ),
      ),
    );
    // The engine is deterministic: at first everyone hears the same earliest times.
    for (const offer of offers) expect(offer.reply).toContain('I have tomorrow at 8 AM or 10 AM.');
    h.advance();
    await Promise.all(calls.map((_, i) => say(i, 'the first one')));
    h.advance();

    // All say yes to 8 AM at once; from there each caller goes on at their own pace, all in parallel.
    await Promise.all(
      calls.map(async (_, i) => {
        let result = await say(i, 'yes');
        for (let turn = 0; turn < MAX_TURNS; turn += 1) {
          if (result.outcome === 'booked') {
            played[i]!.ending = 'booked';
            played[i]!.appointmentId = result.appointmentId;
            return;
          }
          if (result.end) {
            played[i]!.ending = 'callback';
            return;
          }
          if (/which works better|which one would you like/i.test(result.reply)) {
            result = await say(i, 'the first one');
          } else if (/shall i book that/i.test(result.reply)) {
            result = await say(i, 'yes');
          } else {
            throw new Error(`caller ${i} heard something unexpected: ${result.reply}`);
          }
        }
      }),
    );

    const all = played.flatMap((p) => p.replies);
    expect(all.filter((reply) => /trouble with our schedule/i.test(reply))).toEqual([]);
    // They did race: only one of the six got 8 AM at the first yes.
    expect(all.filter((reply) => /that time was just taken/i.test(reply)).length).toBeGreaterThanOrEqual(
      CALLERS - 1,
    );
    expect(played.map((p) => p.ending)).not.toContain('stuck');

    // Every slot is booked, each by a different caller, and nothing else.
    const booked = played.filter((p) => p.ending === 'booked');
    const appointments = await Promise.all(
      booked.map((p) => h.services.bookings.get(business, p.appointmentId!)),
    );
    expect(appointments.map((a) => a.start_time).sort()).toEqual(SLOT_STARTS);
    expect(new Set(appointments.map((a) => a.customer_phone)).size).toBe(SLOT_STARTS.length);
    const listed = await h.services.bookings.list(business, { limit: 50 });
    expect(listed.items).toHaveLength(SLOT_STARTS.length);
    for (const [i, p] of played.entries()) {
      if (p.ending !== 'booked') continue;
      const mine = appointments.find((a) => a.id === p.appointmentId)!;
      expect(mine.customer_phone).toBe(calls[i]!.callerPhone);
      expect(p.replies.at(-1)).toMatch(/^You're all set for tomorrow at /);
    }

    // The others heard the truth (no time left that works) and will be called back.
    const unbooked = played.flatMap((p, i) => (p.ending === 'callback' ? [i] : []));
    expect(unbooked).toHaveLength(CALLERS - SLOT_STARTS.length);
    const callbacks = await h.services.callbacks.list(business.id, {});
    for (const i of unbooked) {
      expect(played[i]!.replies.at(-1)).toMatch(
        /I couldn't find an open time that works, so I'll have Denise call you back to set one up\./,
      );
      const theirs = callbacks.items.filter((c) => c.call_sid === calls[i]!.sessionId);
      expect(theirs).toMatchObject([{ reason: 'PARTIAL_INTAKE', status: 'OPEN' }]);
    }
    for (const [i, p] of played.entries()) {
      if (p.ending === 'booked')
        expect(callbacks.items.filter((c) => c.call_sid === calls[i]!.sessionId)).toEqual([]);
    }
  });
});
