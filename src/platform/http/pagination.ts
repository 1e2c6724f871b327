import { AppError } from '../errors/app-error.js';

// Cursors are opaque to clients: base64url of the sort key of the last item returned. Anything a
// cursor decodes to is checked against the shape of the keys we issue: a forged or truncated cursor
// that still decodes ("foo|bar", or an empty `cursor=`) would otherwise sort before or after every
// row and quietly answer the first page (or none) instead of saying the cursor is wrong.

// Record ids (cus_…, apt_…) and business ids (slugs).
const ID_SHAPE = /^[A-Za-z0-9_-]{1,100}$/;

export const isIdKey = (key: string) => ID_SHAPE.test(key);

// Sort timestamps are stored as toISOString() text, so a key we issued reads back unchanged.
function isStoredInstant(key: string): boolean {
  const ms = Date.parse(key);
  return Number.isFinite(ms) && new Date(ms).toISOString() === key;
}

export function encodeCursor(key: string): string {
  return Buffer.from(key, 'utf8').toString('base64url');
}

/** Decodes a cursor made by encodeCursor whose key passes `isKey`; anything else is a 422. */
export function decodeCursor(
  cursor: string | undefined,
  isKey: (key: string) => boolean,
): string | undefined {
  if (cursor === undefined) return undefined;
  const key = Buffer.from(cursor, 'base64url').toString('utf8');
  if (key === '' || encodeCursor(key) !== cursor || !isKey(key)) throw invalidCursor();
  return key;
}

/** Fetch limit+1 rows, return `limit` of them and a cursor when more exist. */
export function page<T>(rows: T[], limit: number, keyOf: (row: T) => string) {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  const next_cursor = rows.length > limit && last !== undefined ? encodeCursor(keyOf(last)) : null;
  return { items, next_cursor };
}

/** Keyset position for lists ordered by a stored timestamp then id (newest-first or by start time). */
export interface KeysetPosition {
  /** An ISO 8601 UTC timestamp as stored (toISOString()). */
  key: string;
  id: string;
}

export function encodeKeysetCursor(position: KeysetPosition): string {
  return encodeCursor(`${position.key}|${position.id}`);
}

/** Decodes a cursor made by encodeKeysetCursor; anything else is a 422 naming the cursor. */
export function decodeKeysetCursor(cursor: string | undefined): KeysetPosition | undefined {
  const raw = decodeCursor(cursor, isKeysetKey);
  if (raw === undefined) return undefined;
  const split = raw.lastIndexOf('|');
  return { key: raw.slice(0, split), id: raw.slice(split + 1) };
}

function isKeysetKey(raw: string): boolean {
  const split = raw.lastIndexOf('|');
  return split > 0 && isStoredInstant(raw.slice(0, split)) && isIdKey(raw.slice(split + 1));
}

function invalidCursor(): AppError {
  return new AppError('VALIDATION_FAILED', 'The cursor is not one this API issued', {
    errors: [{ path: 'querystring.cursor', message: 'is not a valid cursor' }],
  });
}
