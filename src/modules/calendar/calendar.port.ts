// The calendar provider port: our own types only (never calendar_v3), so the Google implementation
// and the in-memory one are interchangeable and business code never sees the vendor.

/** A point in time as a calendar holds it: an instant, or a whole (all-day) local date. */
export type EventTime = { readonly dateTime: string; readonly timeZone?: string } | { readonly date: string };

/** What we write for an appointment. Times are UTC instants. */
export interface EventDetails {
  readonly summary: string;
  readonly description: string;
  readonly location: string | null;
  readonly start: Date;
  readonly end: Date;
}

/** An event as a change listing reports it. */
export interface CalendarEvent {
  readonly id: string;
  /** 'confirmed' | 'tentative' | 'cancelled'. */
  readonly status: string;
  readonly start: EventTime | null;
  readonly end: EventTime | null;
  /** Set on an instance of a recurring series: the series' event id. */
  readonly recurringEventId?: string;
  /** For an instance: the start it had in the series before being moved. */
  readonly originalStart?: EventTime;
}

export interface ChangesPage {
  readonly events: CalendarEvent[];
  /** More pages follow; pass it back as `pageToken`. */
  readonly nextPageToken: string | null;
  /** On the last page: the cursor for the next incremental listing. */
  readonly nextSyncToken: string | null;
}

export interface WatchRequest {
  readonly channelId: string;
  readonly token: string;
  /** The public HTTPS URL Google posts notifications to. */
  readonly address: string;
  readonly ttlSeconds: number;
}

export interface WatchedChannel {
  readonly channelId: string;
  readonly resourceId: string;
  readonly expiresAt: Date;
}

export interface BusyPeriod {
  readonly start: Date;
  readonly end: Date;
}

/**
 * One tenant's calendar (credentials and calendar id are bound in). Every method either answers or
 * throws a CalendarError with a classification; none invents data.
 */
export interface CalendarProvider {
  /** Creates the event with our id; an existing event with that id is updated instead (retries). */
  upsertEvent(eventId: string, details: EventDetails): Promise<void>;
  /** Deletes the event; one that is already gone counts as deleted. */
  deleteEvent(eventId: string): Promise<void>;
  freeBusy(from: Date, to: Date): Promise<BusyPeriod[]>;
  /** One page of changes: with a syncToken, since it; without, the whole calendar (full sync). */
  listChanges(options: { syncToken?: string; pageToken?: string }): Promise<ChangesPage>;
  watch(request: WatchRequest): Promise<WatchedChannel>;
  stopChannel(channelId: string, resourceId: string): Promise<void>;
}
