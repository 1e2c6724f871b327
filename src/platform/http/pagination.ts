import { AppError } from '../errors/app-error.js';

// Cursors are opaque to clients: base64url of the sort key of the last item returned.

export function encodeCursor(key: string): string {
  return Buffer.from(key, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | undefined): string | undefined {
  if (cursor === undefined || cursor === '') return undefined;
  const key = Buffer.from(cursor, 'base64url').toString('utf8');
  if (key === '' || encodeCursor(key) !== cursor) throw invalidCursor();
  return key;
}

/** Fetch limit+1 rows, return `limit` of them and a cursor when more exist. */
export function page<T>(rows: T[], limit: number, keyOf: (row: T) => string) {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  const next_cursor = rows.length > limit && last !== undefined ? encodeCursor(keyOf(last)) : null;
  return { items, next_cursor };
}

/** Keyset position for lists ordered by a sort value then id (newest-first or by start time). */
export interface KeysetPosition {
  key: string;
  id: string;
}

export function encodeKeysetCursor(position: KeysetPosition): string {
  return encodeCursor(`${position.key}|${position.id}`);
}

/** Decodes a cursor made by encodeKeysetCursor; anything else is a 422 naming the cursor. */
export function decodeKeysetCursor(cursor: string | undefined): KeysetPosition | undefined {
  const raw = decodeCursor(cursor);
  if (raw === undefined) return undefined;
  const split = raw.lastIndexOf('|');
  if (split <= 0 || split === raw.length - 1) throw invalidCursor();
  return { key: raw.slice(0, split), id: raw.slice(split + 1) };
}

function invalidCursor(): AppError {
  return new AppError('VALIDATION_FAILED', 'The cursor is not one this API issued', {
    errors: [{ path: 'querystring.cursor', message: 'is not a valid cursor' }],
  });
}
