import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

// SQLite copies the WAL back into the database file (a checkpoint, with an fsync) inside whichever
// commit crosses `wal_autocheckpoint` pages: with better-sqlite3 that commit runs on the event loop,
// so every ~1,000 pages one request stalls for tens of milliseconds and every request in flight
// waits behind it. Instead a worker thread with its own connection runs PASSIVE checkpoints, which
// neither wait for nor block the writer, and commits checkpoint only as a backstop, far later than
// SQLite's default (see create-database.ts).

export interface WalCheckpointer {
  /** Stops the worker (after a last checkpoint); idempotent. */
  stop(): Promise<void>;
}

// The worker is plain CommonJS given as source, so it runs the same under tsx, vitest and the build.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
const checkpoint = () => {
  try { db.pragma('wal_checkpoint(PASSIVE)'); } catch (error) { parentPort.postMessage(String(error && error.message)); }
};
const timer = setInterval(checkpoint, workerData.intervalMs);
parentPort.on('message', () => {
  clearInterval(timer);
  checkpoint();
  db.close();
  parentPort.close();
});
`;

/**
 * Checkpoints `file` every `intervalMs` from a worker thread. `onError` hears a checkpoint that
 * failed, or a worker that could not start; `fallback` then puts checkpoints back in the request
 * path (better a stall than a WAL that grows without bound).
 */
export function startWalCheckpointer(options: {
  file: string;
  intervalMs: number;
  fallback: () => void;
  onError?: (message: string) => void;
}): WalCheckpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { file: options.file, intervalMs: options.intervalMs, driver },
  });
  // A server's own timers keep it alive; this worker must never be the reason it does not exit.
  worker.unref();
  worker.on('message', (message: string) => options.onError?.(message));
  let stopped = false;
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  worker.on('error', (error) => {
    if (!stopped) options.fallback();
    options.onError?.(error.message);
  });
  return {
    async stop() {
      if (stopped) return;
      stopped = true;
      // Referenced again, so the process waits for the last checkpoint instead of exiting under it.
      worker.ref();
      worker.postMessage('stop');
      await exited;
    },
  };
}
