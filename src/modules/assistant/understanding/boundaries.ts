// JavaScript's `\b` only knows ASCII letters, so "sí" or "miércoles" would never match `\bsí\b`.
// Patterns in this folder are written with `\b` and compiled here into a Unicode-aware boundary.
// Latin letters with diacritics (U+00C0–U+024F) plus ASCII: every letter the service expects. A plain
// range keeps the compiled regexes small; `\p{L}` made each boundary a huge character table.
const L = String.raw`[0-9a-z\u00C0-\u024F]`;
const WORD_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x30, 0x39],
  [0x61, 0x7a],
  [0xc0, 0x24f],
];
const FULL_BOUNDARY = `(?:(?<!${L})(?=${L})|(?<=${L})(?!${L}))`;

/** What a character next to a boundary is known to be; 'none' is "no character seen yet". */
type Side = 'word' | 'other' | 'mixed' | 'none';

/** One element of a pattern, already rewritten, with what it can consume first and last. */
interface Piece {
  readonly source: string;
  readonly first: Side;
  readonly last: Side;
  /** May match without consuming a character (assertions, optional parts, backreferences). */
  readonly nullable: boolean;
  /** A `\b` still to be rewritten, once the pieces around it are known. */
  readonly boundary?: true;
}

const merge = (a: Side, b: Side): Side => (a === 'none' ? b : b === 'none' || a === b ? a : 'mixed');
const zeroWidth = (source: string): Piece => ({ source, first: 'none', last: 'none', nullable: true });
const single = (source: string, side: Side): Piece => ({ source, first: side, last: side, nullable: false });

function rangeSide(lo: number, hi: number): Side {
  if (WORD_RANGES.some(([a, b]) => lo >= a && hi <= b)) return 'word';
  return WORD_RANGES.some(([a, b]) => lo <= b && hi >= a) ? 'mixed' : 'other';
}

const CONTROL: Readonly<Record<string, number>> = { t: 9, n: 10, v: 11, f: 12, r: 13 };

/** An escape (without its backslash): the code point it stands for, or the side a shorthand covers. */
function escapeMember(body: string): number | Side {
  if (body === 'd') return 'word';
  if (body === 's') return 'other';
  if (CONTROL[body] !== undefined) return CONTROL[body];
  const hex = /^(?:u\{([0-9a-f]+)\}|u([0-9a-f]{4})|x([0-9a-f]{2}))$/i.exec(body);
  if (hex) return Number.parseInt(hex[1] ?? hex[2] ?? hex[3] ?? '', 16);
  // \w, \S, \p{…}, backreferences and the like are not worth analysing: the full boundary stays.
  if (/^[\p{L}\p{N}]/u.test(body)) return 'mixed';
  return body.codePointAt(0) ?? 0;
}

const memberSide = (m: number | Side): Side => (typeof m === 'number' ? rangeSide(m, m) : m);
const classMember = (item: string): number | Side =>
  item.startsWith('\\') ? escapeMember(item.slice(1)) : (item.codePointAt(0) ?? 0);
const CLASS_ITEM = /\\u\{[0-9a-f]+\}|\\u[0-9a-f]{4}|\\x[0-9a-f]{2}|\\[pP]\{[^}]*\}|\\.|./gisu;

/** Which side a character class `[...]` covers. Negated classes are left unknown. */
function classSide(token: string): Side {
  if (token.startsWith('[^')) return 'mixed';
  const items = token.slice(1, -1).match(CLASS_ITEM) ?? [];
  let side: Side = 'none';
  for (let i = 0; i < items.length; i++) {
    const lo = classMember(items[i] ?? '');
    if (items[i + 1] !== '-' || i + 2 >= items.length) {
      side = merge(side, memberSide(lo));
      continue;
    }
    const hi = classMember(items[i + 2] ?? '');
    side = merge(side, typeof lo === 'number' && typeof hi === 'number' ? rangeSide(lo, hi) : 'mixed');
    i += 2;
  }
  return side === 'none' ? 'mixed' : side;
}

function atomSide(token: string): Side {
  if (token === '.') return 'mixed';
  if (token.startsWith('[')) return classSide(token);
  return memberSide(token.startsWith('\\') ? escapeMember(token.slice(1)) : (token.codePointAt(0) ?? 0));
}

/** First and last side of a sequence of pieces, and whether all of it may consume nothing. */
function summarise(pieces: readonly Piece[]): { first: Side; last: Side; nullable: boolean } {
  let first: Side = 'none';
  let last: Side = 'none';
  const firstSolid = pieces.findIndex((p) => !p.nullable);
  const lastSolid = pieces.findLastIndex((p) => !p.nullable);
  for (const p of firstSolid < 0 ? pieces : pieces.slice(0, firstSolid + 1)) first = merge(first, p.first);
  for (const p of lastSolid < 0 ? pieces : pieces.slice(lastSolid)) last = merge(last, p.last);
  return { first, last, nullable: firstSolid < 0 };
}

/**
 * The cheapest form of a `\b` between `before` and `after` (pieces of the same sequence). When the
 * pattern itself puts a word character on one side, half of the boundary is already known: `\bgas`
 * needs only "no word character before", `(?:a|b)\b` only "none after". Those halves are equivalent
 * there and, before a word, let the regex engine scan for the literal that follows: a leading full
 * boundary made V8 try every position of the text, which was most of all understanding time.
 */
function boundaryFor(before: readonly Piece[], after: readonly Piece[]): string {
  const next = summarise(after);
  if (!next.nullable && next.first === 'word') return `(?<!${L})`;
  if (!next.nullable && next.first === 'other') return `(?<=${L})`;
  const prev = summarise(before);
  if (!prev.nullable && prev.last === 'word') return `(?!${L})`;
  if (!prev.nullable && prev.last === 'other') return `(?=${L})`;
  return FULL_BOUNDARY;
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

/** A cursor over the tokens of one pattern. */
interface Cursor {
  readonly tokens: readonly string[];
  i: number;
}

const peek = (c: Cursor, ahead = 0): string => c.tokens[c.i + ahead] ?? '';
const take = (c: Cursor): string => c.tokens[c.i++] ?? '';

/** Alternatives up to the closing `)` of the current group (or the end of the pattern). */
function alternatives(c: Cursor): Piece[][] {
  const alts = [sequence(c)];
  while (peek(c) === '|') {
    take(c);
    alts.push(sequence(c));
  }
  return alts;
}

function sequence(c: Cursor): Piece[] {
  const pieces: Piece[] = [];
  while (c.i < c.tokens.length && peek(c) !== '|' && peek(c) !== ')') pieces.push(quantified(c, atom(c)));
  return pieces.map((p, i) =>
    p.boundary ? zeroWidth(boundaryFor(pieces.slice(0, i), pieces.slice(i + 1))) : p,
  );
}

/** Applies a following quantifier (`?`, `*`, `+`, `{n,m}`, each possibly lazy) to `piece`. */
function quantified(c: Cursor, piece: Piece): Piece {
  const start = c.i;
  let min = 1;
  if (peek(c) === '?' || peek(c) === '*') min = 0;
  else if (peek(c) === '{') {
    const close = c.tokens.indexOf('}', c.i);
    min = Number.parseInt(c.tokens.slice(c.i + 1, close).join(''), 10);
    c.i = close;
  } else if (peek(c) !== '+') return piece;
  take(c);
  if (peek(c) === '?') take(c);
  const source = piece.source + c.tokens.slice(start, c.i).join('');
  return { ...piece, source, nullable: piece.nullable || min === 0 };
}

function atom(c: Cursor): Piece {
  const token = take(c);
  if (token === '(') return group(c);
  if (token === String.raw`\b`) return { ...zeroWidth(token), boundary: true };
  if (token === '^' || token === '$' || token === String.raw`\B`) return zeroWidth(token);
  if (/^\\(?:[1-9]|k<)/.test(token)) return { source: token, first: 'mixed', last: 'mixed', nullable: true };
  return single(token, atomSide(token));
}

/** What follows a group's `(`: `?:`, `?=`, `?!`, `?<=`, `?<!`, `?<name>` or nothing. */
function groupOpening(c: Cursor): { opening: string; lookaround: boolean } {
  if (peek(c) !== '?') return { opening: '', lookaround: false };
  const behind = peek(c, 1) === '<';
  const kind = peek(c, behind ? 2 : 1);
  const lookaround = kind === '=' || kind === '!';
  const end = behind && !lookaround ? c.tokens.indexOf('>', c.i) + 1 : c.i + (behind ? 3 : 2);
  const opening = c.tokens.slice(c.i, end).join('');
  c.i = end;
  return { opening, lookaround };
}

/** A group (the `(` already taken): lookarounds consume nothing; other groups are their alternatives. */
function group(c: Cursor): Piece {
  const { opening, lookaround } = groupOpening(c);
  const alts = alternatives(c);
  take(c);
  const source = `(${opening}${alts.map((alt) => alt.map((p) => p.source).join('')).join('|')})`;
  if (lookaround) return zeroWidth(source);
  const summaries = alts.map(summarise);
  return {
    source,
    first: summaries.reduce<Side>((side, s) => merge(side, s.first), 'none'),
    last: summaries.reduce<Side>((side, s) => merge(side, s.last), 'none'),
    nullable: summaries.some((s) => s.nullable),
  };
}

/** Rewrites each `\b` (outside character classes) into the cheapest equivalent Unicode boundary. */
export function withBoundaries(source: string): string {
  const cursor: Cursor = { tokens: tokenize(source), i: 0 };
  const rewritten = alternatives(cursor)
    .map((alt) => alt.map((p) => p.source).join(''))
    .join('|');
  if (cursor.i < cursor.tokens.length) throw new SyntaxError(`Unbalanced ')' in pattern: ${source}`);
  return rewritten;
}
