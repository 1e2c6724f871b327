import { decodeKeysetCursor, encodeKeysetCursor } from '../../platform/http/pagination.js';

/**
 * Keyset position of a newest-first list: rows older than (at, id) come next. Ids are unique across
 * tables (prefix + random UUID), so (at, id) also orders the merged timeline.
 */
export interface TimeKey {
  at: string;
  id: string;
}

export interface PageQuery {
  limit: number;
  cursor?: string | undefined;
}

export interface Page<T> {
  items: T[];
  next_cursor: string | null;
}

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

export function encodeTimeKey(key: TimeKey): string {
  return encodeKeysetCursor({ key: key.at, id: key.id });
}

export function decodeTimeKey(cursor: string | undefined): TimeKey | undefined {
  const position = decodeKeysetCursor(cursor);
  return position && { at: position.key, id: position.id };
}

/** Clamps a caller's limit; services are called by channels too, not only through validated routes. */
export function pageSize(limit: number | undefined): number {
  if (limit === undefined || !Number.isFinite(limit)) return DEFAULT_PAGE_SIZE;
  return Math.min(MAX_PAGE_SIZE, Math.max(1, Math.trunc(limit)));
}

/** `rows` were fetched with limit + 1: the extra row only says whether another page exists. */
export function timePage<R, T>(
  rows: R[],
  limit: number,
  keyOf: (row: R) => TimeKey,
  map: (row: R) => T,
): Page<T> {
  const kept = rows.slice(0, limit);
  const last = kept.at(-1);
  return {
    items: kept.map(map),
    next_cursor: rows.length > limit && last !== undefined ? encodeTimeKey(keyOf(last)) : null,
  };
}
