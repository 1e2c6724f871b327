import { randomUUID } from 'node:crypto';
import { CalendarError } from './calendar.errors.js';
import type {
  BusyPeriod,
  CalendarEvent,
  CalendarProvider,
  ChangesPage,
  EventDetails,
  WatchRequest,
} from './calendar.port.js';

// An honest in-memory calendar for development and tests: events keep their ids, deletions are
// reported as cancelled to later listings, sync tokens are positions in a change log (an unknown
// one answers `gone`, as Google's 410), and `failNext` makes the next calls fail with a class.

interface StoredEvent {
  event: CalendarEvent;
  seq: number;
}

export interface MemoryCalendar extends CalendarProvider {
  /** The live (not cancelled) events by id. */
  events(): Map<string, CalendarEvent>;
  /** The owner edits the calendar directly (as in Google's UI): a change later listings report. */
  put(event: CalendarEvent): void;
  /** The next `times` provider calls throw a CalendarError of this kind. */
  failNext(kind: CalendarError['kind'], times?: number): void;
  /** Sync tokens issued so far stop working (as when Google expires them). */
  expireSyncTokens(): void;
  readonly channels: Map<string, { resourceId: string; address: string; token: string }>;
}

export function createMemoryCalendar(): MemoryCalendar {
  const store = new Map<string, StoredEvent>();
  const channels = new Map<string, { resourceId: string; address: string; token: string }>();
  let seq = 0;
  let epoch = randomUUID().slice(0, 8);
  let failures: Array<CalendarError['kind']> = [];

  function check(operation: string): void {
    const kind = failures.shift();
    if (kind) throw new CalendarError(kind, `memory calendar ${operation} failed (${kind})`);
  }

  function save(event: CalendarEvent): void {
    seq += 1;
    store.set(event.id, { event, seq });
  }

  const provider: MemoryCalendar = {
    async upsertEvent(eventId: string, details: EventDetails) {
      check('upsert');
      save({
        id: eventId,
        status: 'confirmed',
        start: { dateTime: details.start.toISOString() },
        end: { dateTime: details.end.toISOString() },
      });
    },
    async deleteEvent(eventId: string) {
      check('delete');
      const current = store.get(eventId);
      if (current && current.event.status !== 'cancelled') save({ ...current.event, status: 'cancelled' });
    },
    async freeBusy(from: Date, to: Date): Promise<BusyPeriod[]> {
      check('freeBusy');
      const busy: BusyPeriod[] = [];
      for (const { event } of store.values()) {
        if (event.status === 'cancelled' || !event.start || !event.end) continue;
        if (!('dateTime' in event.start) || !('dateTime' in event.end)) continue;
        const start = new Date(event.start.dateTime);
        const end = new Date(event.end.dateTime);
        if (start < to && end > from) busy.push({ start, end });
      }
      return busy.sort((a, b) => a.start.getTime() - b.start.getTime());
    },
    async listChanges(options): Promise<ChangesPage> {
      check('list');
      let since = 0;
      if (options.syncToken) {
        const [tokenEpoch, position] = options.syncToken.split(':');
        if (tokenEpoch !== epoch) throw new CalendarError('gone', 'memory calendar sync token expired', 410);
        since = Number(position);
      }
      const events = [...store.values()]
        .filter((stored) => stored.seq > since && (since > 0 || stored.event.status !== 'cancelled'))
        .map((stored) => stored.event);
      return { events, nextPageToken: null, nextSyncToken: `${epoch}:${seq}` };
    },
    async watch(request: WatchRequest) {
      check('watch');
      const resourceId = `res_${randomUUID()}`;
      channels.set(request.channelId, { resourceId, address: request.address, token: request.token });
      return {
        channelId: request.channelId,
        resourceId,
        expiresAt: new Date(Date.now() + request.ttlSeconds * 1000),
      };
    },
    async stopChannel(channelId: string) {
      check('stop');
      channels.delete(channelId);
    },
    events: () =>
      new Map(
        [...store.values()]
          .filter((stored) => stored.event.status !== 'cancelled')
          .map((stored) => [stored.event.id, stored.event]),
      ),
    put: save,
    failNext(kind, times = 1) {
      failures = [...failures, ...Array.from({ length: times }, () => kind)];
    },
    expireSyncTokens() {
      epoch = randomUUID().slice(0, 8);
    },
    channels,
  };
  return provider;
}
