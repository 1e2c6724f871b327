// JavaScript's `\b` only knows ASCII letters, so "sí" or "miércoles" would never match `\bsí\b`.
// Patterns in this folder are written with `\b` and compiled here into a Unicode-aware boundary.
// Latin letters with diacritics (U+00C0–U+024F) plus ASCII: every letter the service expects. A plain
// range keeps the compiled regexes small; `\p{L}` made each boundary a huge character table.
const L = String.raw`[0-9a-z\u00C0-\u024F]`;
const UNICODE_BOUNDARY = `(?:(?<!${L})(?=${L})|(?<=${L})(?!${L}))`;

/** Compiles a pattern whose `\b` means "Unicode word boundary". The `u` flag is always added. */
export function rx(source: string, flags = ''): RegExp {
  const unique = new Set(`${flags}u`.split(''));
  return new RegExp(withBoundaries(source), [...unique].join(''));
}

const PLAIN_WORD_CHAR = /^[0-9a-z]$/;
const QUANTIFIER_START = /^[?*+{]$/;

/**
 * Rewrites each `\b` (outside character classes). Where the pattern itself puts a plain letter or
 * digit next to the boundary, half of the boundary is already known: `\bgas` needs only "no word
 * character before" and `gas\b` only "no word character after". The shorter forms are equivalent
 * there and let the regex engine scan for the literal; the full two-sided boundary made these
 * patterns about half of all understanding time. Everywhere else the full boundary is used.
 */
export function withBoundaries(source: string): string {
  const tokens = tokenize(source);
  return tokens
    .map((token, i) => {
      if (token !== String.raw`\b`) return token;
      const next = tokens[i + 1] ?? '';
      const afterNext = tokens[i + 2] ?? '';
      if (PLAIN_WORD_CHAR.test(next) && !QUANTIFIER_START.test(afterNext)) return `(?<!${L})`;
      if (PLAIN_WORD_CHAR.test(tokens[i - 1] ?? '')) return `(?!${L})`;
      return UNICODE_BOUNDARY;
    })
    .join('');
}

/** Splits a pattern into single characters, escapes (`\d`, `\u00C0`, `\p{L}`) and classes (`[...]`). */
function tokenize(source: string): string[] {
  const tokens: string[] = [];
  let i = 0;
  while (i < source.length) {
    const end = Math.max(tokenEnd(source, i), i + 1);
    tokens.push(source.slice(i, end));
    i = end;
  }
  return tokens;
}

/** Where the token starting at `i` ends (exclusive). */
function tokenEnd(source: string, i: number): number {
  if (source[i] === '[') {
    let j = i + 1;
    while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
    return j + 1;
  }
  if (source[i] !== '\\') return i + 1;
  return escapeEnd(source, source[i + 1], i + 2);
}

/** The end of an escape whose letter is `kind`, its body starting at `j`. */
function escapeEnd(source: string, kind: string | undefined, j: number): number {
  const braced = source[j] === '{' ? source.indexOf('}', j) + 1 : 0;
  if (kind === 'u') return braced || j + 4;
  if (kind === 'x') return j + 2;
  if (kind === 'p' || kind === 'P') return braced || j;
  if (kind === 'c') return j + 1;
  if (kind === 'k' && source[j] === '<') return source.indexOf('>', j) + 1;
  return j;
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
