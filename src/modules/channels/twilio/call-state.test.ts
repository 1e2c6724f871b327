import { describe, expect, it } from 'vitest';
import { createMemoryKv } from '../../../platform/kv/memory-kv.js';
import { type CallState, createCallStates } from './call-state.js';

const STATE: CallState = {
  business_id: 'acme',
  language: 'en',
  next_turn: 2,
  last_twiml: '<Response/>',
  ended: false,
};

describe('call states', () => {
  it('reads back what it saved, tagged with its format', async () => {
    const kv = createMemoryKv();
    const calls = createCallStates(kv);
    await calls.save('CA1', STATE);
    expect(await calls.get('CA1')).toEqual(STATE);
    expect(JSON.parse((await kv.get('twilio:call:CA1')) as string).format).toMatch(/^call:/);
  });

  it('accepts an untagged record of the current shape (an earlier release wrote it)', async () => {
    const kv = createMemoryKv();
    await kv.set('twilio:call:CA2', JSON.stringify(STATE));
    expect(await createCallStates(kv).get('CA2')).toEqual(STATE);
  });

  it('refuses an old or foreign shape, and unreadable text', async () => {
    const kv = createMemoryKv();
    const calls = createCallStates(kv);
    await kv.set('twilio:call:CA3', JSON.stringify({ format: 'call:older', business_id: 'acme', turn: 2 }));
    await kv.set('twilio:call:CA4', JSON.stringify({ ...STATE, next_turn: -1 }));
    await kv.set('twilio:call:CA5', '{not json');
    await kv.set('twilio:call:CA6', 'null');
    for (const sid of ['CA3', 'CA4', 'CA5', 'CA6']) expect(await calls.get(sid)).toBeNull();
  });
});
