import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { CompiledQuery, type Kysely } from 'kysely';
import type { Database } from '../../platform/db/database.js';

/**
 * How a tenant cache learns that another instance changed a tenant. Either side may be a no-op:
 * SQLite answers `changedElsewhere` from the file itself, Redis delivers `onChange` notices.
 */
export interface TenantChanges {
  /**
   * False while notices may be missed (the subscriber is disconnected): the cache then reads
   * through, and drops what it holds once notices flow again.
   */
  live(): boolean;
  /** Whether tenants may have changed elsewhere since the previous call; asked before each cached read. */
  changedElsewhere(): Promise<boolean>;
  /** Tells the other instances that a tenant changed; called after the change is committed. */
  announce(): Promise<void>;
  /** Called with every notice from another instance (and when notices resume after a gap). */
  onChange(listener: () => void): void;
  close(): Promise<void>;
}

const PRAGMA_DATA_VERSION = CompiledQuery.raw('pragma data_version');

/**
 * SQLite's `PRAGMA data_version` changes when another connection (another process on the same
 * file) commits, and only then: it is per connection, and commits of this connection leave it
 * alone, so this instance's own changes are dropped from its cache by the tenant service itself.
 * Any commit elsewhere counts, not only tenant changes: a false alarm only costs a reload. Kysely's
 * SQLite dialect runs every query on its one connection, so each check reads the same connection's
 * counter; checks that overlap share one statement.
 */
export function sqliteDataVersion(db: Kysely<Database>): TenantChanges {
  let seen: unknown;
  let inFlight: Promise<boolean> | null = null;

  async function check(): Promise<boolean> {
    const { rows } = await db.executeQuery<{ data_version: number }>(PRAGMA_DATA_VERSION);
    const version = rows[0]?.data_version;
    const changed = seen !== undefined && version !== seen;
    seen = version;
    return changed;
  }

  return {
    live: () => true,
    changedElsewhere: () => {
      inFlight ??= check().finally(() => {
        inFlight = null;
      });
      return inFlight;
    },
    announce: async () => {},
    onChange: () => {},
    close: async () => {},
  };
}

const ECHO_WAIT_MS = 250;

/**
 * A Redis pub/sub channel shared by every instance (PostgreSQL deployments, where the database has
 * no cheap change counter). Publishing uses the shared client; listening needs a connection of its
 * own, since a subscribed connection can run no other command. A notice sent while this instance's
 * subscriber was disconnected is lost, so the cache reads through until it is back and then starts
 * empty. `announce` returns once this instance's own subscriber heard the notice: Redis writes a
 * message to every subscriber in the same pass, so by then the other instances have it too, short
 * of their own network delay (the change is visible elsewhere before the admin's answer arrives).
 */
export function redisTenantChanges(
  redis: Redis,
  channel: string,
  onError: (error: Error) => void = () => {},
): TenantChanges {
  const subscriber = redis.duplicate();
  const listeners: Array<() => void> = [];
  const echoes = new Map<string, () => void>();
  const self = randomUUID();
  let sent = 0;
  let subscribed = false;
  const notify = () => {
    for (const listener of listeners) listener();
  };
  // The shared client already reports an unreachable Redis; the subscriber would repeat it per retry.
  subscriber.on('error', () => {});
  subscriber.on('ready', () => {
    subscriber.subscribe(channel).then(() => {
      subscribed = true;
      notify();
    }, onError);
  });
  subscriber.on('close', () => {
    subscribed = false;
  });
  subscriber.on('message', (from: string, message: string) => {
    if (from !== channel) return;
    notify();
    echoes.get(message)?.();
  });

  async function publishAndHear(): Promise<void> {
    sent += 1;
    const notice = `${self}:${sent}`;
    const heard = new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ECHO_WAIT_MS);
      timer.unref();
      echoes.set(notice, () => {
        clearTimeout(timer);
        resolve();
      });
    });
    try {
      await redis.publish(channel, notice);
      if (subscribed) await heard;
    } finally {
      echoes.delete(notice);
    }
  }

  return {
    live: () => subscribed,
    changedElsewhere: async () => false,
    announce: async () => {
      // A lost notice is what the TTL backstop is for; the change itself is already committed.
      await publishAndHear().catch(onError);
    },
    onChange: (listener) => {
      listeners.push(listener);
    },
    close: async () => {
      subscribed = false;
      subscriber.disconnect();
    },
  };
}
