import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readFormatted, storedFormat, withFormat } from './stored-format.js';

const schema = z.object({ name: z.string(), count: z.number().int() });

describe('stored format', () => {
  const format = storedFormat('thing', schema);

  it('names the schema: another shape gets another tag, the same shape the same tag', () => {
    expect(format).toMatch(/^thing:[\w-]{16}$/);
    expect(storedFormat('thing', z.object({ name: z.string(), count: z.number().int() }))).toBe(format);
    expect(storedFormat('thing', schema.extend({ extra: z.boolean() }))).not.toBe(format);
    expect(storedFormat('thing', z.object({ name: z.string(), count: z.string() }))).not.toBe(format);
  });

  it('reads back what it wrote, without the tag', () => {
    const stored = JSON.parse(withFormat(format, { name: 'a', count: 1 }));
    expect(stored.format).toBe(format);
    expect(readFormatted(format, schema, stored)).toEqual({ name: 'a', count: 1 });
  });

  it('trusts its own tag: a record carrying it is not validated again', () => {
    // Only this code writes the tag; a tagged record is taken as written (the point: no re-parse).
    const tagged = { format, name: 'a', count: 'not validated' };
    expect(readFormatted(format, schema, tagged)).toEqual({ name: 'a', count: 'not validated' });
  });

  it('validates anything else in full: an untagged or differently tagged record fits or is refused', () => {
    expect(readFormatted(format, schema, { name: 'a', count: 2 })).toEqual({ name: 'a', count: 2 });
    expect(readFormatted(format, schema, { format: 'thing:older', name: 'a', count: 3 })).toEqual({
      name: 'a',
      count: 3,
    });
    expect(readFormatted(format, schema, { format: 'thing:older', name: 'a' })).toBeNull();
    expect(readFormatted(format, schema, { name: 'a', count: 'x' })).toBeNull();
    for (const junk of [null, 5, 'text', [], true]) expect(readFormatted(format, schema, junk)).toBeNull();
  });
});
