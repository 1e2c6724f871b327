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
