import { withBoundaries } from './boundaries.js';

/** Compiles a pattern whose `\b` means "Unicode word boundary" (see boundaries.ts); always adds `u`. */
export function rx(source: string, flags = ''): RegExp {
  const unique = new Set(`${flags}u`.split(''));
  return new RegExp(withBoundaries(source), [...unique].join(''));
}

/** Joins alternatives into a non-capturing group, longest first so "next week" beats "next". */
export function alt(words: readonly string[]): string {
  return `(?:${[...words].sort((a, b) => b.length - a.length).join('|')})`;
}

// Whitespace that squish would change: a run, a tab or the like, or any at either end.
const UNSQUISHED = /\s\s|[^\S ]|^\s|\s$/;

/** Collapses runs of whitespace and trims. Most texts are squished already, and a test costs less. */
export function squish(text: string): string {
  return UNSQUISHED.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
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
