// A JSON value as the fuzz writes it on the wire: objects keep their entries in order and may
// repeat a key or use `__proto__`, and numbers may be written as raw tokens (1e400, -0, 01) that no
// JavaScript number serialises to.

export class JsonObject {
  constructor(readonly entries: ReadonlyArray<readonly [string, Json]>) {}
}

/** A number (or any token) written as is; it may be invalid JSON on purpose. */
export class RawToken {
  constructor(readonly text: string) {}
}

export type Json = null | boolean | number | string | RawToken | JsonObject | Json[];

export function serialize(value: Json): string {
  if (value === null || typeof value === 'boolean') return String(value);
  if (typeof value === 'number') {
    if (Object.is(value, -0)) return '-0';
    return Number.isFinite(value) ? String(value) : 'null';
  }
  // JSON.stringify escapes lone surrogates (\ud800) and control characters (\u0000).
  if (typeof value === 'string') return JSON.stringify(value);
  if (value instanceof RawToken) return value.text;
  if (Array.isArray(value)) return `[${value.map(serialize).join(',')}]`;
  return `{${value.entries.map(([k, v]) => `${JSON.stringify(k)}:${serialize(v)}`).join(',')}}`;
}

/** A plain JavaScript value (a valid example body) as a Json tree. */
export function fromPlain(value: unknown): Json {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean' || typeof value === 'number' || typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(fromPlain);
  if (typeof value === 'object')
    return new JsonObject(Object.entries(value).map(([k, v]) => [k, fromPlain(v)] as const));
  throw new Error(`not JSON: ${typeof value}`);
}

/** Every object and array of the tree (the places a mutation can apply), root first. */
export function containers(value: Json): Array<JsonObject | Json[]> {
  if (value instanceof JsonObject) return [value, ...value.entries.flatMap(([, v]) => containers(v))];
  if (Array.isArray(value)) return [value, ...value.flatMap(containers)];
  return [];
}

/** The tree with `target` (found by identity) replaced by `replacement`. */
export function replaceNode(value: Json, target: JsonObject | Json[], replacement: Json): Json {
  if (value === target) return replacement;
  if (value instanceof JsonObject)
    return new JsonObject(value.entries.map(([k, v]) => [k, replaceNode(v, target, replacement)] as const));
  if (Array.isArray(value)) return value.map((v) => replaceNode(v, target, replacement));
  return value;
}
