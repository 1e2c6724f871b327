import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors/app-error.js';

// Our JSON body parser, in place of Fastify's: the same refusals (empty, malformed, prototype
// poisoning) but each says what was refused, plus a nesting limit. Fastify's parser answers
// "not valid JSON" for a well-formed body with a __proto__ key, and accepts any depth.

/** Deepest nesting of objects and arrays a body may have; our deepest request body (business_hours) needs 4. */
export const MAX_JSON_DEPTH = 32;

export function registerJsonBodyParser(app: FastifyInstance): void {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    try {
      done(null, parseJsonBody(body as string));
    } catch (error) {
      done(error as Error, undefined);
    }
  });
}

export function parseJsonBody(text: string): unknown {
  if (text.length === 0) {
    throw new AppError('BAD_REQUEST', 'The request body is empty but Content-Type is application/json');
  }
  // Before parsing, so a 10,000-deep body is refused without being built, and the key check
  // below never recurses deeper than the limit.
  if (exceedsDepth(text, MAX_JSON_DEPTH)) {
    throw new AppError('BAD_REQUEST', `The JSON body is nested deeper than ${MAX_JSON_DEPTH} levels`);
  }
  const value = parseOrExplain(text);
  const forbidden = FORBIDDEN_HINT.test(text) ? forbiddenKey(value) : null;
  if (forbidden) throw new AppError('BAD_REQUEST', `The request body contains a forbidden key ${forbidden}`);
  return value;
}

function parseOrExplain(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    // V8's message names the position and quotes at most a few characters around it.
    throw new AppError('BAD_REQUEST', `The request body is not valid JSON: ${(error as Error).message}`);
  }
}

const QUOTE = 34;
const BACKSLASH = 92;
const OPENERS = new Set([123, 91]); // { [
const CLOSERS = new Set([125, 93]); // } ]

/** Nesting depth of objects and arrays outside strings; a linear scan, no recursion. */
function exceedsDepth(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i += 1;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) inString = true;
    else if (OPENERS.has(c)) {
      depth += 1;
      if (depth > max) return true;
    } else if (CLOSERS.has(c)) depth -= 1;
  }
  return false;
}

// A forbidden key is spelled out, or written with \u escapes; without either the walk is skipped.
const FORBIDDEN_HINT = /__proto__|constructor|\\u/;

/**
 * Keys that would reach an object's prototype once the body is merged or spread somewhere:
 * `__proto__`, and `constructor` holding a `prototype` (what Fastify's own parser refuses).
 */
function forbiddenKey(value: unknown): string | null {
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = forbiddenKey(item);
      if (found) return found;
    }
    return null;
  }
  if (value === null || typeof value !== 'object') return null;
  if (Object.hasOwn(value, '__proto__')) return '__proto__';
  const record = value as Record<string, unknown>;
  const ctor = Object.hasOwn(record, 'constructor') ? record.constructor : undefined;
  if (ctor !== null && typeof ctor === 'object' && Object.hasOwn(ctor, 'prototype')) {
    return 'constructor.prototype';
  }
  for (const child of Object.values(record)) {
    const found = forbiddenKey(child);
    if (found) return found;
  }
  return null;
}
