import { calendar, type calendar_v3 } from '@googleapis/calendar';
import type { JWT, OAuth2Client } from 'google-auth-library';
import { CalendarError } from '../calendar.errors.js';
import type {
  BusyPeriod,
  CalendarEvent,
  CalendarProvider,
  ChangesPage,
  EventDetails,
  EventTime,
} from '../calendar.port.js';
import { classifyGoogleError } from './google-errors.js';

// CalendarProvider on Google Calendar API v3 through the official client. Every failure leaves
// here classified (google-errors.ts); nothing is retried inside (the outbox and the sweep retry).

export interface GoogleProviderOptions {
  auth: OAuth2Client | JWT;
  calendarId: string;
  /** API root, e.g. https://www.googleapis.com/ or a local fake server. */
  rootUrl: string;
  timeoutMs: number;
}

const PAGE_SIZE = 250;

export function createGoogleCalendarProvider(options: GoogleProviderOptions): CalendarProvider {
  const api = calendar({
    version: 'v3',
    auth: options.auth,
    rootUrl: options.rootUrl,
    timeout: options.timeoutMs,
    retry: false,
  });
  const calendarId = options.calendarId;

  async function call<T>(operation: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw classifyGoogleError(operation, error);
    }
  }

  async function upsertEvent(eventId: string, details: EventDetails): Promise<void> {
    const body = eventBody(details);
    try {
      await call('events.insert', () =>
        api.events.insert({ calendarId, requestBody: { id: eventId, ...body } }),
      );
    } catch (error) {
      // 409: the id exists (an earlier attempt got through, or the event was cancelled): update it.
      if (!(error instanceof CalendarError && error.status === 409)) throw error;
      await call('events.patch', () =>
        api.events.patch({ calendarId, eventId, requestBody: { ...body, status: 'confirmed' } }),
      );
    }
  }

  async function deleteEvent(eventId: string): Promise<void> {
    try {
      await call('events.delete', () => api.events.delete({ calendarId, eventId }));
    } catch (error) {
      // Already deleted (404) or deleted earlier and purged (410): the wanted state holds.
      if (error instanceof CalendarError && (error.kind === 'not_found' || error.kind === 'gone')) return;
      throw error;
    }
  }

  async function freeBusy(from: Date, to: Date): Promise<BusyPeriod[]> {
    const response = await call('freebusy.query', () =>
      api.freebusy.query({
        requestBody: { timeMin: from.toISOString(), timeMax: to.toISOString(), items: [{ id: calendarId }] },
      }),
    );
    const entry = response.data.calendars?.[calendarId];
    // Google reports per-calendar trouble inside a 200; an answer without the calendar is no answer.
    if (!entry || (entry.errors?.length ?? 0) > 0) {
      const reason = entry?.errors?.[0]?.reason ?? 'missing';
      const kind = reason === 'notFound' ? 'not_found' : 'transient';
      throw new CalendarError(kind, `Google Calendar freebusy.query failed (${reason})`);
    }
    return (entry.busy ?? []).flatMap((period) =>
      period.start && period.end ? [{ start: new Date(period.start), end: new Date(period.end) }] : [],
    );
  }

  async function listChanges(request: { syncToken?: string; pageToken?: string }): Promise<ChangesPage> {
    const response = await call('events.list', () =>
      api.events.list({
        calendarId,
        singleEvents: true,
        showDeleted: true,
        maxResults: PAGE_SIZE,
        ...(request.syncToken ? { syncToken: request.syncToken } : {}),
        ...(request.pageToken ? { pageToken: request.pageToken } : {}),
      }),
    );
    return {
      events: (response.data.items ?? []).flatMap(toCalendarEvent),
      nextPageToken: response.data.nextPageToken ?? null,
      nextSyncToken: response.data.nextSyncToken ?? null,
    };
  }

  async function watch(request: { channelId: string; token: string; address: string; ttlSeconds: number }) {
    const response = await call('events.watch', () =>
      api.events.watch({
        calendarId,
        requestBody: {
          id: request.channelId,
          type: 'web_hook',
          address: request.address,
          token: request.token,
          params: { ttl: String(request.ttlSeconds) },
        },
      }),
    );
    const { resourceId, expiration } = response.data;
    if (!resourceId) throw new CalendarError('transient', 'Google Calendar events.watch gave no resourceId');
    const expiresAt = expiration
      ? new Date(Number(expiration))
      : new Date(Date.now() + request.ttlSeconds * 1000);
    return { channelId: request.channelId, resourceId, expiresAt };
  }

  async function stopChannel(channelId: string, resourceId: string): Promise<void> {
    try {
      await call('channels.stop', () => api.channels.stop({ requestBody: { id: channelId, resourceId } }));
    } catch (error) {
      if (error instanceof CalendarError && error.kind === 'not_found') return;
      throw error;
    }
  }

  return { upsertEvent, deleteEvent, freeBusy, listChanges, watch, stopChannel };
}

// Times go out as UTC instants: the owner's Google calendar shows them in its own zone.
function eventBody(details: EventDetails): calendar_v3.Schema$Event {
  return {
    summary: details.summary,
    description: details.description,
    ...(details.location ? { location: details.location } : {}),
    start: { dateTime: details.start.toISOString(), timeZone: 'UTC' },
    end: { dateTime: details.end.toISOString(), timeZone: 'UTC' },
  };
}

function toCalendarEvent(item: calendar_v3.Schema$Event): CalendarEvent[] {
  if (!item.id) return [];
  return [
    {
      id: item.id,
      status: item.status ?? 'confirmed',
      start: eventTime(item.start),
      end: eventTime(item.end),
      ...(item.recurringEventId ? { recurringEventId: item.recurringEventId } : {}),
      ...(item.originalStartTime ? { originalStart: eventTime(item.originalStartTime) ?? undefined } : {}),
    } as CalendarEvent,
  ];
}

function eventTime(time: calendar_v3.Schema$EventDateTime | undefined): EventTime | null {
  if (time?.dateTime)
    return { dateTime: time.dateTime, ...(time.timeZone ? { timeZone: time.timeZone } : {}) };
  if (time?.date) return { date: time.date };
  return null;
}
