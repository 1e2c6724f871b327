import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Business } from '../../src/modules/tenants/tenants.model.js';
import { describeEachDialect } from '../helpers/dialects.js';
import { assistantHarness } from './harness.js';

// A whole conversation, one fact per answer with a correction, on each SQL dialect.
describeEachDialect('assistant booking conversation', (ctx) => {
  let h: Awaited<ReturnType<typeof assistantHarness>>;
  let business: Business;

  beforeAll(async () => {
    h = await assistantHarness({ sql: ctx.sql() });
    business = await h.tenant();
  });
  afterAll(() => h.close());

  it('books a cooperative caller who corrects the day, in the window the words mean', async () => {
    const call = h.session(business);
    const lines = [
      'hi i need somebody to look at a leak under my bathroom sink',
      'wednesday morning',
      'actually no thursday morning would be better sorry',
      'this is nora feldman',
      '2231 north clybourn avenue',
      'the first one',
      'okay sounds good',
    ];
    await call.start();
    let last = await call.say(lines[0]!);
    for (const line of lines.slice(1)) {
      h.advance();
      last = await call.say(line);
    }
    expect(last.outcome).toBe('booked');
    const appointment = await h.services.bookings.get(business, last.appointmentId!);
    // Thursday 2026-03-12, 08:00 CDT.
    expect(appointment).toMatchObject({
      start_time: '2026-03-12T13:00:00.000Z',
      address: '2231 North Clybourn Avenue',
      customer_name: 'Nora Feldman',
      description: 'a leak under my bathroom sink',
      source: 'phone',
    });
    await call.end();
    const callbacks = await h.services.callbacks.list(business.id, {});
    expect(callbacks.items.filter((c) => c.call_sid === call.sessionId)).toEqual([]);
    const conversation = await h.services.conversations.findByExternal(business.id, 'phone', call.sessionId);
    expect(conversation).toMatchObject({ status: 'CLOSED', outcome: 'booked', message_count: 15 });
  });
});
