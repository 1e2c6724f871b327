import { describe, expect, it } from 'vitest';
import type { TurnContext } from '../../src/modules/assistant/assistant.port.js';
import { initialState } from '../../src/modules/assistant/engine/index.js';
import { runAction } from '../../src/modules/assistant/runner/actions.js';
import type { AssistantDeps } from '../../src/modules/assistant/runner/deps.js';
import { silentLog } from '../../src/modules/assistant/runner/deps.js';
import { emptyMeta } from '../../src/modules/assistant/runner/session-store.js';
import type { Slot } from '../../src/modules/scheduling/scheduling-types.js';
import type { Business } from '../../src/modules/tenants/tenants.model.js';

// The runner's slot search for the engine: slots the caller turned down or lost to another caller are
// skipped by the search itself (asking for as many more), so the engine still gets fresh slots.

/** Monday 2026-03-09 from 08:00 CDT, every half hour: `count` one-hour slots. */
function grid(count: number): Slot[] {
  return Array.from({ length: count }, (_, i) => {
    const start = new Date(Date.parse('2026-03-09T13:00:00Z') + i * 30 * 60_000);
    const minutes = 8 * 60 + i * 30;
    const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
    return { start, end: new Date(start.getTime() + 3_600_000), localDate: '2026-03-09', localTime: time };
  });
}

function scopeWith(all: Slot[]) {
  const limits: number[] = [];
  const deps = {
    availability: {
      search: async (_business: Business, query: { limit?: number }) => {
        limits.push(query.limit ?? 5);
        return { durationMinutes: 60, slots: all.slice(0, query.limit ?? 5) };
      },
    },
  } as unknown as AssistantDeps;
  const ctx = {
    business: { id: 'biz_1' } as Business,
    channel: 'phone',
    sessionId: 'CA1',
    callerPhone: '+13125550111',
    now: new Date('2026-03-09T00:00:00Z'),
  } satisfies TurnContext;
  const scope = { ctx, deps, log: silentLog, session: { engine: initialState('en'), meta: emptyMeta() } };
  return { scope, limits };
}

const find = { type: 'find_slots', constraint: {}, service: null, durationMinutes: null } as const;

describe('find_slots in the runner', () => {
  it('asks for a dozen slots when nothing is excluded', async () => {
    const { scope, limits } = scopeWith(grid(40));
    const event = await runAction(scope, find);
    expect(limits).toEqual([12]);
    expect(event).toMatchObject({ type: 'slots_found' });
    expect(event?.type === 'slots_found' && event.slots.map((s) => s.time).slice(0, 2)).toEqual([
      '08:00',
      '08:30',
    ]);
  });

  it('skips excluded starts (in any ISO spelling) and still answers with a full dozen', async () => {
    const { scope, limits } = scopeWith(grid(40));
    const exclude = ['2026-03-09T08:00:00-05:00', '2026-03-09T14:00:00.000Z'];
    const event = await runAction(scope, { ...find, exclude });
    expect(limits).toEqual([14]);
    if (event?.type !== 'slots_found') throw new Error(`unexpected ${event?.type}`);
    expect(event.slots).toHaveLength(12);
    expect(event.slots.map((s) => s.time)).not.toContain('08:00');
    expect(event.slots.map((s) => s.time)).not.toContain('09:00');
    expect(event.slots[0]!.time).toBe('08:30');
  });

  it('looks for more slots when the engine asks, within a bound', async () => {
    const { scope, limits } = scopeWith(grid(200));
    const wide = await runAction(scope, { ...find, limit: 48 });
    expect(wide?.type === 'slots_found' && wide.slots).toHaveLength(48);
    await runAction(scope, { ...find, limit: 10_000 });
    await runAction(scope, { ...find, limit: 3 });
    expect(limits).toEqual([48, 96, 12]);
  });
});
