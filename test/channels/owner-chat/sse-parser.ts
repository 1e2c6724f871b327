// A server-sent-events parser written from the WHATWG spec (event stream interpretation), so the
// tests read the stream the way a browser's EventSource would, not the way the server wrote it.

export interface SseEvent {
  /** "message" when the event names no type. */
  event: string;
  data: string;
}

/** Parses a complete stream (or a prefix of one: a trailing unfinished event is left out). */
export function parseSse(stream: string): SseEvent[] {
  const events: SseEvent[] = [];
  let type = '';
  let data: string[] = [];
  const lines = stream.split(/\r\n|\r|\n/);
  // The last piece is not a complete line unless the stream ended with a newline.
  lines.pop();
  for (const line of lines) {
    if (line === '') {
      if (data.length > 0) events.push({ event: type || 'message', data: data.join('\n') });
      type = '';
      data = [];
      continue;
    }
    if (line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') type = value;
    else if (field === 'data') data.push(value);
  }
  return events;
}
