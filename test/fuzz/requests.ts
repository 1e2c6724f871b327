import fc from 'fast-check';
import { TEST_ADMIN_KEY } from '../helpers/test-app.js';
import { containers, fromPlain, type Json, JsonObject, replaceNode, serialize } from './json.js';
import {
  anyChar,
  deeplyNested,
  hugeString,
  keyArbitrary,
  nastyJson,
  nastyLeaf,
  nastyString,
  prototypePoison,
  rawBytes,
  rawText,
} from './nasty.js';
import type { Credential, Operation, Parameter } from './operations.js';
import { type RealIds, validBody, validQueryValue } from './valid-values.js';

// One fuzzed HTTP request for one operation: path parameters, query string, headers (credential,
// content type, extras) and body, each either valid or hostile. Half the requests of an operation
// with a body carry a valid body with one mutation (a field deleted, replaced, nulled, duplicated,
// wrapped or made huge; an unknown field; the body cut short), so the fuzz also reaches the rules
// behind the first type check; a tenth are entirely valid.

export interface Secrets {
  apiKey: string;
  widgetToken: string;
}

export interface FuzzRequest {
  /** valid: every part valid; mutated: a valid body with one change; fuzz: anything. */
  variant: 'valid' | 'mutated' | 'fuzz';
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
}

type Body =
  | { kind: 'none' }
  | { kind: 'json'; value: Json }
  | { kind: 'text'; text: string }
  | { kind: 'bytes'; bytes: Buffer };

// ---- body -------------------------------------------------------------------------------------

type Mutation =
  | { kind: 'delete'; at: number; index: number }
  | { kind: 'replace'; at: number; index: number; value: Json }
  | { kind: 'null'; at: number; index: number }
  | { kind: 'add'; at: number; key: string; value: Json }
  | { kind: 'duplicate'; at: number; index: number; value: Json }
  | { kind: 'wrap'; at: number; index: number; into: 'array' | 'object' }
  | { kind: 'huge'; at: number; index: number; value: string }
  | { kind: 'whole'; into: 'array' | 'string' | 'null' | 'number' | 'nested' }
  /** `keep` percent of the serialised body, cut mid-token. */
  | { kind: 'truncate'; keep: number };

function mutationArbitrary(fieldNames: readonly string[]): fc.Arbitrary<Mutation> {
  const at = fc.nat(20);
  const index = fc.nat(30);
  const value = fc.oneof(nastyLeaf, nastyJson(fieldNames));
  return fc.oneof(
    fc.record({ kind: fc.constant('delete' as const), at, index }),
    fc.record({ kind: fc.constant('replace' as const), at, index, value }),
    fc.record({ kind: fc.constant('replace' as const), at, index, value }),
    fc.record({ kind: fc.constant('null' as const), at, index }),
    fc.record({ kind: fc.constant('add' as const), at, key: keyArbitrary(fieldNames), value }),
    fc.record({ kind: fc.constant('duplicate' as const), at, index, value }),
    fc.record({
      kind: fc.constant('wrap' as const),
      at,
      index,
      into: fc.constantFrom('array' as const, 'object' as const),
    }),
    fc.record({ kind: fc.constant('huge' as const), at, index, value: hugeString }),
    fc.record({
      kind: fc.constant('whole' as const),
      into: fc.constantFrom(
        'array' as const,
        'string' as const,
        'null' as const,
        'number' as const,
        'nested' as const,
      ),
    }),
    fc.record({ kind: fc.constant('truncate' as const), keep: fc.integer({ min: 1, max: 99 }) }),
  );
}

const wrapValue = (value: Json, into: 'array' | 'object'): Json =>
  into === 'array' ? [value] : new JsonObject([['value', value]]);

/** Applies one mutation to the container number `at` (modulo their count) of a valid body. */
function mutate(valid: Json, mutation: Mutation): Body {
  const text = serialize(valid);
  if (mutation.kind === 'truncate')
    return {
      kind: 'text',
      text: text.slice(0, Math.max(1, Math.floor((text.length * mutation.keep) / 100))),
    };
  if (mutation.kind === 'whole') {
    const into: Record<typeof mutation.into, Json> = {
      array: [valid],
      string: text,
      null: null,
      number: 42,
      nested: new JsonObject([['body', valid]]),
    };
    return { kind: 'json', value: into[mutation.into] };
  }
  const nodes = containers(valid);
  const node = nodes[mutation.at % nodes.length]!;
  const entries: Array<readonly [string, Json]> =
    node instanceof JsonObject ? [...node.entries] : node.map((v, i) => [String(i), v] as const);
  const index = 'index' in mutation ? mutation.index : 0;
  const i = entries.length > 0 ? index % entries.length : -1;
  const target = i >= 0 ? entries[i] : undefined;
  switch (mutation.kind) {
    case 'delete':
      if (i >= 0) entries.splice(i, 1);
      break;
    case 'replace':
    case 'null':
    case 'huge':
      if (target) entries[i] = [target[0], mutation.kind === 'null' ? null : mutation.value];
      break;
    case 'add':
      entries.push([mutation.key, mutation.value]);
      break;
    case 'duplicate':
      if (target) entries.push([target[0], mutation.value]);
      break;
    case 'wrap':
      if (target) entries[i] = [target[0], wrapValue(target[1], mutation.into)];
      break;
  }
  const replacement: Json = node instanceof JsonObject ? new JsonObject(entries) : entries.map(([, v]) => v);
  return { kind: 'json', value: replaceNode(valid, node, replacement) };
}

function fuzzBody(fieldNames: readonly string[]): fc.Arbitrary<Body> {
  const json = (value: fc.Arbitrary<Json>) => value.map((v): Body => ({ kind: 'json', value: v }));
  const topObject = fc
    .array(fc.tuple(keyArbitrary(fieldNames), fc.oneof(nastyLeaf, nastyJson(fieldNames))), { maxLength: 8 })
    .map((entries) => new JsonObject(entries));
  return fc.oneof(
    { arbitrary: json(topObject), weight: 6 },
    { arbitrary: json(nastyJson(fieldNames)), weight: 3 },
    { arbitrary: json(deeplyNested), weight: 1 },
    { arbitrary: json(prototypePoison), weight: 1 },
    { arbitrary: rawText.map((text): Body => ({ kind: 'text', text })), weight: 2 },
    { arbitrary: rawBytes.map((bytes): Body => ({ kind: 'bytes', bytes })), weight: 1 },
    { arbitrary: fc.constant<Body>({ kind: 'bytes', bytes: Buffer.alloc(0) }), weight: 1 },
    { arbitrary: fc.constant<Body>({ kind: 'none' }), weight: 1 },
  );
}

// ---- content type, credential, extra headers -------------------------------------------------

const JSON_TYPE = 'application/json';
const otherContentType = fc.constantFrom<string | null>(
  null,
  '',
  'application/json; charset=utf-8',
  'Application/JSON',
  'application/json;charset=UTF-16',
  'application/json; charset=latin1',
  ' application/json',
  'application/json;',
  'application/json, text/plain',
  'json',
  'text/plain',
  'text/json',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=fuzz',
  'application/xml',
  'application/problem+json',
  'application/merge-patch+json',
  'application/vnd.api+json',
  'application/octet-stream',
  '*/*',
);

type CredentialVariant = 'right' | 'missing' | 'wrong' | 'junk' | 'crossed';
const credentialVariant = fc.oneof(
  { arbitrary: fc.constant<CredentialVariant>('right'), weight: 16 },
  { arbitrary: fc.constantFrom<CredentialVariant>('missing', 'wrong', 'junk', 'crossed'), weight: 1 },
);

const HEADER_OF: Record<Exclude<Credential, 'public'>, string> = {
  admin: 'x-admin-api-key',
  owner: 'x-api-key',
  widget: 'x-widget-token',
};

function credentialHeaders(
  credential: Credential,
  variant: CredentialVariant,
  secrets: Secrets,
  junk: string,
) {
  const right: Record<Credential, string> = {
    admin: TEST_ADMIN_KEY,
    owner: secrets.apiKey,
    widget: secrets.widgetToken,
    public: '',
  };
  const headers: Record<string, string> = {};
  if (credential !== 'public') {
    const name = HEADER_OF[credential];
    if (variant === 'right' || variant === 'crossed') headers[name] = right[credential];
    if (variant === 'wrong') headers[name] = `${right[credential].slice(0, -2)}00`;
    if (variant === 'junk') headers[name] = junk;
  }
  if (variant === 'crossed') {
    // Every other credential at once, and a Bearer token nobody verifies.
    headers['x-api-key'] ??= secrets.widgetToken;
    headers['x-widget-token'] ??= secrets.apiKey;
    headers['x-admin-api-key'] ??= secrets.apiKey;
    headers['x-business-id'] = 'default_business';
    headers.authorization = `Bearer ${junk}`;
  }
  return headers;
}

// Header values a real HTTP parser lets through: visible ASCII, space, tab and obs-text.
const headerChar = fc.oneof(
  { arbitrary: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), weight: 8 },
  { arbitrary: fc.constantFrom('\t', 'é', 'ÿ'), weight: 1 },
);
const headerValue = fc.oneof(
  fc.string({ unit: headerChar, maxLength: 60 }),
  fc.constantFrom(
    '',
    ' ',
    'gzip',
    'br',
    '*/*',
    'application/json',
    'bytes=0-1',
    '..',
    'null',
    '-1',
    '0',
    'true',
  ),
  fc.integer({ min: 1, max: 4_000 }).map((n) => 'x'.repeat(n)),
);
const headerName = fc.oneof(
  fc.stringMatching(/^x-[a-z0-9-]{1,16}$/),
  fc.constantFrom(
    'accept',
    'accept-language',
    'accept-encoding',
    'accept-charset',
    'origin',
    'referer',
    'cookie',
    'x-forwarded-for',
    'x-forwarded-proto',
    'x-forwarded-host',
    'x-real-ip',
    'forwarded',
    'x-request-id',
    'idempotency-key',
    'content-encoding',
    'content-language',
    'if-none-match',
    'if-modified-since',
    'range',
    'x-http-method-override',
    'x-owner-token',
  ),
);
const extraHeaders = fc.array(fc.tuple(headerName, headerValue), { maxLength: 4 });

// ---- URL ---------------------------------------------------------------------------------------

const UNRESERVED = /[A-Za-z0-9\-._~]/;
/** Percent-encodes every byte outside the unreserved set (a lone surrogate becomes U+FFFD). */
function encode(text: string): string {
  let out = '';
  for (const char of text) {
    if (UNRESERVED.test(char)) out += char;
    else
      for (const byte of Buffer.from(char, 'utf8'))
        out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

// Written into the URL as is: traversal, NUL, malformed or overlong escapes, separators.
const rawSegment = fc.constantFrom(
  '..',
  '.',
  '%00',
  '%2e%2e',
  '%2F',
  '%2f..%2f..',
  '%',
  '%zz',
  '%ff%fe',
  '%C0%AE',
  '%ED%A0%80',
  '%E2%80%AE',
  '%20',
  '+',
  '*',
  ';a=b',
  ':id',
  '{id}',
  '%7Bid%7D',
  '',
);

/** A path parameter: one of the tenant's real ids (read when the request is built: they change) or text. */
type PathPart = { ref: keyof RealIds } | string;

function pathValue(real: keyof RealIds, otherReal: keyof RealIds): fc.Arbitrary<PathPart> {
  return fc.oneof(
    { arbitrary: fc.constant({ ref: real }), weight: 6 },
    { arbitrary: fc.constant({ ref: otherReal }), weight: 1 },
    { arbitrary: nastyString.filter((s) => s.length < 20_000).map(encode), weight: 2 },
    { arbitrary: rawSegment, weight: 1 },
    { arbitrary: fc.integer({ min: 90, max: 6_000 }).map((n) => 'a'.repeat(n)), weight: 1 },
  );
}

function realIdFor(op: Operation, param: Parameter): [keyof RealIds, keyof RealIds] {
  if (param.name === 'business_id') return ['adminTargetId', 'businessId'];
  const byCollection: Array<[string, keyof RealIds]> = [
    ['/customers/', 'customerId'],
    ['/appointments/', 'appointmentId'],
    ['/callbacks/', 'callbackId'],
    ['/conversations/', 'conversationId'],
    ['/v1/widget/', 'widgetConversationId'],
    // A visitor's chat, which the owner's try routes must refuse (404) like any other conversation.
    ['/v1/owner/try/', 'widgetConversationId'],
    ['/voice/session/', 'voiceSessionId'],
  ];
  const found = byCollection.find(([segment]) => op.path.includes(segment));
  if (!found) throw new Error(`${op.key}: no real id for path parameter ${param.name}`);
  // Another kind of real id of the same tenant, which must not be found.
  return [found[1], found[1] === 'customerId' ? 'appointmentId' : 'customerId'];
}

/** Cursors that decode (base64url of "instant|id"), with odd instants and ids, and ones that do not. */
const cursorValue: fc.Arbitrary<string> = fc.oneof(
  fc
    .record({
      ms: fc.oneof(fc.integer({ min: -8.64e15, max: 8.64e15 }), fc.integer({ min: 1.9e12, max: 2.0e12 })),
      id: fc.oneof(fc.constantFrom('cus_x', 'apt_', 'biz-1', '', '|', 'a'.repeat(101)), nastyString),
    })
    .map(({ ms, id }) => Buffer.from(`${new Date(ms).toISOString()}|${id}`).toString('base64url')),
  nastyString.map((text) => Buffer.from(text).toString('base64url')),
  fc.constantFrom('', '=', 'AAAA', 'fA', 'fHw', '____', '-_-_'),
);

type QueryEntry = readonly [string, string, 'strict' | 'raw'];

function queryArbitrary(op: Operation, ids: RealIds, fuzzed: boolean): fc.Arbitrary<string> {
  const valid = fc.tuple(
    ...op.queryParams.map((param) => {
      const value = validQueryValue(param, ids);
      if (!value) return fc.constant<QueryEntry[]>([]);
      const entry = value.map((v): QueryEntry[] => [[param.name, v, 'strict']]);
      return param.required ? entry : fc.option(entry, { nil: [] as QueryEntry[] });
    }),
  );
  const entries = valid.map((lists) => lists.flat());
  if (!fuzzed) return entries.map(queryString);
  const names = op.queryParams.map((p) => p.name);
  const fuzzKey = fc.oneof(
    { arbitrary: fc.constantFrom(...(names.length > 0 ? names : ['limit'])), weight: 4 },
    { arbitrary: fc.constantFrom('__proto__', 'constructor', 'a[b]', 'limit[]', '', 'cursor'), weight: 1 },
    { arbitrary: fc.string({ unit: anyChar, maxLength: 10 }), weight: 1 },
  );
  const fuzzValue = fc.oneof(
    nastyString.filter((s) => s.length < 6_000),
    fc.constantFrom('', '0', '-1', '201', '1e308', '-0', '1.5', 'NaN', 'true', '[]', 'null', 'CONFIRMED'),
  );
  const fuzzEntry = fc.oneof(
    {
      arbitrary: fc.tuple(fuzzKey, fuzzValue, fc.constantFrom('strict' as const, 'raw' as const)),
      weight: 4,
    },
    { arbitrary: fc.tuple(fc.constant('cursor'), cursorValue, fc.constant('strict' as const)), weight: 1 },
  );
  return fc
    .record({
      base: entries,
      extra: fc.array(fuzzEntry, { maxLength: 5 }),
      repeat: fc.oneof(
        { arbitrary: fc.constant(false), weight: 4 },
        { arbitrary: fc.constant(true), weight: 1 },
      ),
      garbage: fc.constantFrom('', '', '&', '&&', '=', '%', '%zz', '%00', '%ff', 'a=%', '#frag', '?', ';'),
    })
    .map(({ base, extra, repeat, garbage }) => {
      // A fuzzed value replaces the valid one of its key (one bad parameter among good ones);
      // `repeat` sends a key twice instead.
      const all = [...base];
      for (const entry of extra) {
        const at = all.findIndex(([key]) => key === entry[0]);
        if (at >= 0 && !repeat) all[at] = entry;
        else all.push(entry);
      }
      if (repeat && all[0]) all.push(all[0]);
      return queryString(all) + garbage;
    });
}

function queryString(entries: readonly QueryEntry[]): string {
  // "raw": only what would split or end a pair (& # = + %) and non-printable bytes are escaped;
  // other ASCII punctuation (" < > [ ] { } | \ ^ `) goes as typed.
  const raw = (text: string) =>
    encode(text).replace(/%([0-9A-F]{2})/g, (escaped, hex: string) => {
      const code = Number.parseInt(hex, 16);
      const char = String.fromCharCode(code);
      return code < 0x21 || code > 0x7e || /[&#=+%]/.test(char) ? escaped : char;
    });
  return entries
    .map(([k, v, mode]) => (mode === 'strict' ? `${encode(k)}=${encode(v)}` : `${raw(k)}=${raw(v)}`))
    .join('&');
}

// ---- the request -------------------------------------------------------------------------------

export function requestArbitrary(op: Operation, ids: RealIds, secrets: Secrets): fc.Arbitrary<FuzzRequest> {
  const fieldNames = Object.keys(op.body?.properties ?? {});
  const valid = validBody(op, ids);
  const variants: Array<{ arbitrary: fc.Arbitrary<FuzzRequest['variant']>; weight: number }> = [
    { arbitrary: fc.constant('fuzz'), weight: 4 },
  ];
  if (valid)
    variants.push(
      { arbitrary: fc.constant('mutated'), weight: 5 },
      { arbitrary: fc.constant('valid'), weight: 1 },
    );
  else variants.push({ arbitrary: fc.constant('valid'), weight: 2 });

  return fc.oneof(...variants).chain((variant) => {
    const fuzzed = variant === 'fuzz';
    const body: fc.Arbitrary<Body> =
      variant === 'valid'
        ? valid
          ? valid.map((v): Body => ({ kind: 'json', value: fromPlain(v) }))
          : fc.constant({ kind: 'none' })
        : variant === 'mutated' && valid
          ? fc.tuple(valid, mutationArbitrary(fieldNames)).map(([v, m]) => mutate(fromPlain(v), m))
          : op.body
            ? fuzzBody(fieldNames)
            : fc.oneof(
                { arbitrary: fc.constant<Body>({ kind: 'none' }), weight: 6 },
                { arbitrary: fuzzBody(fieldNames), weight: 1 },
              );
    const jsonType = fc.constant<string | null>(JSON_TYPE);
    const contentType = fuzzed
      ? fc.oneof({ arbitrary: jsonType, weight: 4 }, { arbitrary: otherContentType, weight: 1 })
      : jsonType;
    const pathParams = fc.tuple(
      ...op.pathParams.map((param) => {
        const [real, other] = realIdFor(op, param);
        return fuzzed ? pathValue(real, other) : fc.constant<PathPart>({ ref: real });
      }),
    );
    const idempotencyKey = op.headerParams.some((p) => p.name === 'idempotency-key')
      ? fc.option(
          // A few keys, so a retry with the same key (and maybe another body) happens.
          fuzzed
            ? fc.oneof(
                nastyString.filter((s) => /^[\x20-\x7e]*$/.test(s)),
                fc.constantFrom('fuzz-key-1', 'fuzz-key-2'),
              )
            : fc.constantFrom('fuzz-key-1', 'fuzz-key-2', 'fuzz-key-3'),
          { nil: null },
        )
      : fc.constant(null);
    return fc
      .record({
        body,
        contentType,
        pathParams,
        query: queryArbitrary(op, ids, fuzzed),
        credential: fuzzed ? credentialVariant : fc.constant<CredentialVariant>('right'),
        junk: fc.string({ unit: headerChar, maxLength: 80 }),
        extra: fuzzed ? extraHeaders : fc.constant([]),
        idempotencyKey,
      })
      .map((parts): FuzzRequest => {
        let path = op.path;
        op.pathParams.forEach((param, i) => {
          const part = parts.pathParams[i] ?? '';
          path = path.replace(`{${param.name}}`, typeof part === 'string' ? part : ids[part.ref]);
        });
        const headers: Record<string, string> = {};
        for (const [name, value] of parts.extra) headers[name] = value;
        if (parts.idempotencyKey !== null) headers['idempotency-key'] = parts.idempotencyKey;
        Object.assign(headers, credentialHeaders(op.credential, parts.credential, secrets, parts.junk));
        const request: FuzzRequest = {
          variant,
          method: op.method,
          url: parts.query ? `${path}?${parts.query}` : path,
          headers,
        };
        const body = parts.body;
        if (body.kind === 'none') return request;
        if (parts.contentType !== null) headers['content-type'] = parts.contentType;
        request.payload =
          body.kind === 'json' ? serialize(body.value) : body.kind === 'text' ? body.text : body.bytes;
        return request;
      });
  });
}

/** The request in a few lines, with long values cut (for failure messages). */
export function describeRequest(request: FuzzRequest): string {
  const cut = (text: string, max = 300) =>
    text.length > max ? `${text.slice(0, max)}… (${text.length} chars)` : text;
  const payload =
    request.payload === undefined
      ? '(no body)'
      : Buffer.isBuffer(request.payload)
        ? `bytes ${request.payload.toString('hex').slice(0, 200)}`
        : JSON.stringify(cut(request.payload));
  return [
    `${request.method} ${cut(request.url)}  [${request.variant}]`,
    ...Object.entries(request.headers).map(([k, v]) => `${k}: ${cut(v, 120)}`),
    payload,
  ].join('\n');
}
