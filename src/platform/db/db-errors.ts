// Both drivers report unique violations differently; callers only need "which column clashed".

export function uniqueViolationColumn(error: unknown): string | null {
  const err = error as { code?: string; constraint?: string; message?: string; detail?: string };
  if (err?.code === '23505') {
    // PostgreSQL: detail reads "Key (twilio_phone_number)=(+1...) already exists."
    const match = /Key \(([^)]+)\)/.exec(err.detail ?? '');
    return match?.[1] ?? err.constraint ?? 'unknown';
  }
  if (typeof err?.code === 'string' && err.code.startsWith('SQLITE_CONSTRAINT')) {
    if (err.code !== 'SQLITE_CONSTRAINT_UNIQUE' && err.code !== 'SQLITE_CONSTRAINT_PRIMARYKEY') return null;
    // SQLite: "UNIQUE constraint failed: businesses.twilio_phone_number"
    const match = /failed: [\w]+\.(\w+)/.exec(err.message ?? '');
    return match?.[1] ?? 'unknown';
  }
  return null;
}

// Connection-level failures: the database restarted, is unreachable or is shutting down. Such a
// request failed through no fault of the caller and may be retried: 503, not 500.
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
  '08000', // connection_exception
  '08003', // connection_does_not_exist
  '08006', // connection_failure
  'SQLITE_BUSY',
]);
const UNAVAILABLE_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error',
];

export function isDatabaseUnavailable(error: unknown): boolean {
  const err = error as { code?: unknown; message?: unknown };
  if (typeof err?.code === 'string' && UNAVAILABLE_CODES.has(err.code)) return true;
  const message = typeof err?.message === 'string' ? err.message : '';
  return UNAVAILABLE_MESSAGES.some((text) => message.includes(text));
}

// PostgreSQL text cannot hold U+0000 (NUL): a value carrying one fails with 22021 (22P05 inside
// jsonb). SQLite stores it.
const UNSTORABLE_TEXT_CODES = new Set(['22021', '22P05']);

export function isUnstorableText(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return typeof code === 'string' && UNSTORABLE_TEXT_CODES.has(code);
}
