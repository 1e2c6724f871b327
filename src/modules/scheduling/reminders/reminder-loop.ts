/** The few logger methods the loop uses (pino and Fastify's logger fit). */
export interface LoopLog {
  error(fields: Record<string, unknown>, message: string): void;
}

export interface ReminderLoop {
  /** Starts ticking (first tick at once); a no-op when already running or the interval is 0. */
  start(): void;
  /** Stops scheduling, aborts the running sweep between items and waits for it to finish. */
  stop(): Promise<void>;
  readonly running: boolean;
}

/**
 * Runs `tick` every `intervalMs` after the previous tick finished, so ticks never overlap. A
 * failing tick is logged and the loop carries on. The timer is unref'd: it never keeps a process
 * alive on its own, and stop() leaves no timer behind.
 */
export function createReminderLoop(options: {
  intervalMs: number;
  tick: (signal: AbortSignal) => Promise<unknown>;
  log: LoopLog;
}): ReminderLoop {
  let timer: NodeJS.Timeout | null = null;
  let inFlight: Promise<void> | null = null;
  let controller: AbortController | null = null;

  function schedule(delayMs: number): void {
    timer = setTimeout(run, delayMs);
    timer.unref();
  }

  async function run(): Promise<void> {
    timer = null;
    const current = controller;
    if (!current || current.signal.aborted) return;
    inFlight = options.tick(current.signal).then(
      () => undefined,
      (error: unknown) => {
        const { name, code } = error as { name?: string; code?: unknown };
        options.log.error({ error: name ?? 'unknown', code: code ?? null }, 'reminder sweep failed');
      },
    );
    await inFlight;
    inFlight = null;
    if (!current.signal.aborted) schedule(options.intervalMs);
  }

  return {
    start() {
      if (controller || options.intervalMs <= 0) return;
      controller = new AbortController();
      schedule(0);
    },
    async stop() {
      controller?.abort();
      controller = null;
      if (timer) clearTimeout(timer);
      timer = null;
      await inFlight;
    },
    get running() {
      return controller !== null;
    },
  };
}
