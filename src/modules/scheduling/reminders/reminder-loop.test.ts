import { describe, expect, it, vi } from 'vitest';
import { createReminderLoop } from './reminder-loop.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(condition: () => boolean, timeoutMs = 2000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await sleep(5);
  }
}

describe('reminder loop', () => {
  it('ticks repeatedly and never runs two ticks at once', async () => {
    let active = 0;
    let maxActive = 0;
    let ticks = 0;
    const loop = createReminderLoop({
      intervalMs: 1,
      log: { error: vi.fn() },
      tick: async () => {
        active += 1;
        maxActive = Math.max(maxActive, active);
        await sleep(10);
        ticks += 1;
        active -= 1;
      },
    });
    loop.start();
    loop.start();
    await until(() => ticks >= 4);
    await loop.stop();
    expect(maxActive).toBe(1);
    expect(loop.running).toBe(false);
  });

  it('logs a failing tick and keeps going', async () => {
    const log = { error: vi.fn() };
    let calls = 0;
    const loop = createReminderLoop({
      intervalMs: 1,
      log,
      tick: async () => {
        calls += 1;
        if (calls === 1) throw Object.assign(new Error('db down'), { code: 'ECONNREFUSED' });
      },
    });
    loop.start();
    await until(() => calls >= 3);
    await loop.stop();
    expect(log.error).toHaveBeenCalledWith({ error: 'Error', code: 'ECONNREFUSED' }, 'reminder sweep failed');
  });

  it('stop() aborts and awaits the running tick, and nothing runs afterwards', async () => {
    let finished = false;
    let started = 0;
    let sawAbort = false;
    const loop = createReminderLoop({
      intervalMs: 1,
      log: { error: vi.fn() },
      tick: async (signal) => {
        started += 1;
        await sleep(50);
        sawAbort = signal.aborted;
        finished = true;
      },
    });
    loop.start();
    await until(() => started === 1);
    await loop.stop();
    expect(finished).toBe(true);
    expect(sawAbort).toBe(true);
    await sleep(30);
    expect(started).toBe(1);
  });

  it('does nothing when the interval is 0', async () => {
    const tick = vi.fn(async () => {});
    const loop = createReminderLoop({ intervalMs: 0, log: { error: vi.fn() }, tick });
    loop.start();
    await sleep(20);
    expect(tick).not.toHaveBeenCalled();
    expect(loop.running).toBe(false);
    await loop.stop();
  });
});
