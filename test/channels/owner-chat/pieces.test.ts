import { describe, expect, it } from 'vitest';
import { isGrounded, MAX_PHRASED_LENGTH } from '../../../src/modules/channels/owner-chat/grounding.js';
import { chunkText, sseEvent } from '../../../src/modules/channels/owner-chat/sse.js';
import { parseSse } from './sse-parser.js';

describe('grounding a model answer in the facts', () => {
  const draft = 'You have 2 appointments tomorrow:\n- 9 AM: Dana Diaz\n- 1:30 PM: Kim Lee';

  it('accepts a rewording whose figures all come from the facts', () => {
    expect(isGrounded('Two jobs tomorrow: Dana at 9, Kim at 1:30.', [draft])).toBe(true);
    expect(isGrounded('Dana Diaz at 09:00.', [draft, '{"local_time":"09:00"}'])).toBe(true);
    expect(isGrounded('Nothing else to add.', [draft])).toBe(true);
  });

  it('refuses a figure that is not in the facts, an empty answer and an endless one', () => {
    expect(isGrounded('You have 3 appointments tomorrow.', [draft])).toBe(false);
    expect(isGrounded('Call Dana at 512-555-0100.', [draft])).toBe(false);
    expect(isGrounded('   ', [draft])).toBe(false);
    expect(isGrounded('a'.repeat(MAX_PHRASED_LENGTH + 1), [draft])).toBe(false);
  });
});

describe('server-sent events', () => {
  const text = `Line one is short.\nLine two is ${'much '.repeat(40)}longer.\n\n  Indented after a blank line.`;

  it('cuts an answer after whole words into pieces that join back exactly', () => {
    const chunks = chunkText(text, 40);
    expect(chunks.join('')).toBe(text);
    expect(chunks.length).toBeGreaterThan(3);
    for (const chunk of chunks.slice(0, -1)) expect(chunk).toMatch(/\s$/);
    expect(chunkText('')).toEqual([]);
  });

  it('writes events a spec parser reads back, newlines and leading spaces included', () => {
    const stream = chunkText(text, 40)
      .map((chunk) => sseEvent(null, chunk))
      .join('');
    expect(
      parseSse(stream)
        .map((e) => e.data)
        .join(''),
    ).toBe(text);
    expect(parseSse(sseEvent('done', 'end'))).toEqual([{ event: 'done', data: 'end' }]);
  });
});
