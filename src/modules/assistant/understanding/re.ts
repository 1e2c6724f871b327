// JavaScript's `\b` only knows ASCII letters, so "sí" or "miércoles" would never match `\bsí\b`.
// Patterns in this folder are written with `\b` and compiled here into a Unicode-aware boundary.
// Latin letters with diacritics (U+00C0–U+024F) plus ASCII: every letter the service expects. A plain
// range keeps the compiled regexes small; `\p{L}` made each boundary a huge character table.
const L = String.raw`[0-9a-z\u00C0-\u024F]`;
const UNICODE_BOUNDARY = `(?:(?<!${L})(?=${L})|(?<=${L})(?!${L}))`;

/** Compiles a pattern whose `\b` means "Unicode word boundary". The `u` flag is always added. */
export function rx(source: string, flags = ''): RegExp {
  const unique = new Set(`${flags}u`.split(''));
  return new RegExp(source.replaceAll(String.raw`\b`, UNICODE_BOUNDARY), [...unique].join(''));
}

/** Joins alternatives into a non-capturing group, longest first so "next week" beats "next". */
export function alt(words: readonly string[]): string {
  return `(?:${[...words].sort((a, b) => b.length - a.length).join('|')})`;
}

/** Collapses runs of whitespace and trims. */
export function squish(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Blanks out a matched span (same length) so later rules cannot match inside it. */
export function blank(text: string, start: number, length: number): string {
  return text.slice(0, start) + ' '.repeat(length) + text.slice(start + length);
}

/** Removes every occurrence of the given phrases from the text, leaving a clause boundary. */
export function removePhrases(text: string, phrases: readonly string[]): string {
  let out = text;
  for (const phrase of phrases) {
    if (phrase.trim() === '') continue;
    const at = out.indexOf(phrase);
    if (at >= 0) out = `${out.slice(0, at)} | ${out.slice(at + phrase.length)}`;
  }
  return squish(out);
}
