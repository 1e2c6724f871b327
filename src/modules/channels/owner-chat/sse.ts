// Server-sent events (https://html.spec.whatwg.org/multipage/server-sent-events.html), written by
// hand: one event is "event:" plus one "data:" line per line of its text, then a blank line.

/** About this many characters per text event, cut after a word so no word is split. */
export const CHUNK_TARGET = 120;

/** One event; `event` null is the default "message" type. Newlines in `data` survive the trip. */
export function sseEvent(event: string | null, data: string): string {
  const lines = data
    .split(/\r\n|\r|\n/)
    .map((line) => `data: ${line}`)
    .join('\n');
  return `${event ? `event: ${event}\n` : ''}${lines}\n\n`;
}

/** Pieces of `text` that join back to exactly `text`, each ending after whitespace where it can. */
export function chunkText(text: string, target = CHUNK_TARGET): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const word of text.match(/\s*\S+\s*/g) ?? []) {
    current += word;
    if (current.length >= target) {
      chunks.push(current);
      current = '';
    }
  }
  if (current) chunks.push(current);
  return chunks;
}
