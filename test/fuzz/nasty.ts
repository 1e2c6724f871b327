import fc from 'fast-check';
import { type Json, JsonObject, RawToken } from './json.js';

// Hostile values: wrong types, unicode edge cases (lone surrogates, NUL, BOM, bidi overrides),
// huge strings, extreme numbers, prototype keys and deep nesting.

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const specialChar = fc.constantFrom(
  '\u0000',
  '\u0001',
  '\u001f',
  '\u007f',
  '\ufeff',
  '\u202e',
  '\u2028',
  '\ufffd',
  '\uffff',
  '"',
  '\\',
  '/',
  '%',
  '<',
  '\n',
  '\r',
  '\t',
  '😀',
  'é',
  'İ',
  'ß',
  '\u0301',
);
const anyChar = fc.oneof(
  { arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), weight: 4 },
  { arbitrary: specialChar, weight: 3 },
  { arbitrary: loneSurrogate, weight: 1 },
);

export const SPECIAL_STRINGS = [
  '',
  ' ',
  '   \t\n',
  'null',
  'true',
  'NaN',
  'Infinity',
  '-0',
  '1e308',
  '-1',
  '0x10',
  '[]',
  '{}',
  '..',
  '../../etc/passwd',
  '%00',
  '%',
  '\u0000',
  '\ud800',
  '\udfff\ud800',
  "' OR '1'='1' --",
  '"; drop table customers; --',
  '<script>alert(1)</script>',
  '{{7*7}}#{7*7}',
  '__proto__',
  'constructor',
  'prototype',
  'CONFIRMED',
  'cancelled',
  'America/Chicago',
  'Mars/Olympus_Mons',
  '+15125550142',
  '+1',
  '+999999999999999999',
  '2027-01-05T10:00:00Z',
  '2027-02-30',
  '1999-12-31T23:59:59Z',
  '2101-01-01T00:00:00Z',
  '2100-12-31T23:59:59+14:00',
  '2030-03-10T02:30',
  '0000-00-00',
  '24:00',
  '25:61',
  'a@b.co',
  'https://example.com',
  'javascript:alert(1)',
];

/** Strings of 1,000 to 200,000 copies of one character (some escape to 6 bytes each in JSON). */
export const hugeString = fc
  .record({
    length: fc.integer({ min: 1_000, max: 200_000 }),
    char: fc.constantFrom('a', 'é', '😀', ' ', '\u0000', '\ud800', '\\', '"', '9'),
  })
  .map(({ length, char }) => char.repeat(length));

export const nastyString: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...SPECIAL_STRINGS), weight: 4 },
  { arbitrary: fc.string({ unit: anyChar, maxLength: 40 }), weight: 4 },
  { arbitrary: fc.string({ maxLength: 20 }), weight: 2 },
  { arbitrary: fc.string({ unit: anyChar, minLength: 90, maxLength: 600 }), weight: 1 },
  { arbitrary: hugeString, weight: 1 },
);

export const nastyNumber: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom(
    0,
    -0,
    1,
    -1,
    5,
    1e308,
    -1e308,
    5e-324,
    0.5,
    2 ** 31,
    2 ** 53 + 2,
    -(2 ** 63),
    1441,
    10_081,
  ),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  // Tokens no JavaScript number writes: some parse to Infinity or 0, the rest are invalid JSON.
  fc
    .constantFrom(
      '1e400',
      '-1e400',
      '1e-400',
      '-0.0',
      '1E+2',
      '0.0e0',
      '01',
      '-',
      '1.',
      '.5',
      'NaN',
      'Infinity',
      '0x1F',
    )
    .map((text) => new RawToken(text)),
);

const nastyLeaf: fc.Arbitrary<Json> = fc.oneof(
  { arbitrary: fc.constantFrom<Json>(null, true, false), weight: 2 },
  { arbitrary: nastyNumber, weight: 2 },
  { arbitrary: nastyString, weight: 3 },
);

const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];

/** Object keys: the operation's own field names (so values meet their validators), and hostile ones. */
export function keyArbitrary(fieldNames: readonly string[]): fc.Arbitrary<string> {
  const names = fieldNames.length > 0 ? fieldNames : ['name'];
  return fc.oneof(
    { arbitrary: fc.constantFrom(...names), weight: 5 },
    {
      arbitrary: fc.constantFrom(...PROTOTYPE_KEYS, '', ' ', 'id', 'business_id', 'status', 'api_key'),
      weight: 2,
    },
    { arbitrary: fc.string({ unit: anyChar, maxLength: 12 }), weight: 1 },
  );
}

/** Any JSON tree, up to a few levels, with the given keys favoured in objects. */
export function nastyJson(fieldNames: readonly string[]): fc.Arbitrary<Json> {
  const key = keyArbitrary(fieldNames);
  const { value } = fc.letrec<{ value: Json; array: Json[]; object: JsonObject }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', maxDepth: 5, withCrossShrink: true },
      { arbitrary: nastyLeaf, weight: 4 },
      { arbitrary: tie('array'), weight: 1 },
      { arbitrary: tie('object'), weight: 2 },
    ),
    array: fc.array(tie('value'), { maxLength: 5 }),
    object: fc.array(fc.tuple(key, tie('value')), { maxLength: 6 }).map((entries) => new JsonObject(entries)),
  }));
  return value;
}

/** A leaf wrapped in 1 to 80 arrays and objects (the parser refuses more than 32 levels). */
export const deeplyNested: fc.Arbitrary<Json> = fc
  .record({
    depth: fc.integer({ min: 1, max: 80 }),
    mode: fc.constantFrom('array', 'object', 'mixed'),
    leaf: nastyLeaf,
  })
  .map(({ depth, mode, leaf }) => {
    let value: Json = leaf;
    for (let i = 0; i < depth; i += 1) {
      const asArray = mode === 'array' || (mode === 'mixed' && i % 2 === 0);
      value = asArray ? [value] : new JsonObject([['a', value]]);
    }
    return new JsonObject([['name', value]]);
  });

/** Bodies that try to reach Object.prototype. */
export const prototypePoison: fc.Arbitrary<Json> = fc.constantFrom<Json>(
  new JsonObject([['__proto__', new JsonObject([['admin', true]])]]),
  new JsonObject([['constructor', new JsonObject([['prototype', new JsonObject([['admin', true]])]])]]),
  new JsonObject([['status', new JsonObject([['__proto__', new JsonObject([['x', 1]])]])]]),
  [new JsonObject([['__proto__', null]])],
  new JsonObject([['constructor', 'harmless']]),
  new JsonObject([['prototype', new JsonObject([])]]),
);

/** Bodies that are not (valid) JSON, for a route that expects JSON. */
export const rawText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '{',
    '}',
    '{"name":',
    '[1,]',
    '{"name":1,}',
    "{'name':1}",
    'null',
    'true',
    '"text"',
    '123',
    '[]',
    '{"\\u005f_proto__":{"admin":true}}',
    '{"constructor":{"prototype":{"admin":true}}}',
    '\ufeff{}',
    '{} {}',
    '{"name":"x"}garbage',
    '/* comment */{}',
    '{"name":NaN}',
    '{"name":Infinity}',
    '{"name":"\\ud800"}',
    '{"name":"\\u0000"}',
    '{"name":"\u0000"}',
    '{"name":"\\x41"}',
    '{"name":1e999999}',
    '{"a":1,"a":2}',
    '  ',
    '\n',
    'name=x&status=active',
    '<xml/>',
  ),
  fc.string({ unit: anyChar, maxLength: 60 }),
  fc.string({ maxLength: 60 }),
);

/** Bytes that are not UTF-8, alone or inside an otherwise valid JSON string. */
export const rawBytes: fc.Arbitrary<Buffer> = fc.oneof(
  fc.uint8Array({ maxLength: 120 }).map((bytes) => Buffer.from(bytes)),
  fc
    .constantFrom(
      [0xff],
      [0xfe, 0xff],
      [0xc0, 0xaf],
      [0xed, 0xa0, 0x80],
      [0xe2, 0x82],
      [0xf4, 0x90, 0x80, 0x80],
    )
    .map((bad) => Buffer.concat([Buffer.from('{"name":"'), Buffer.from(bad), Buffer.from('"}')])),
  fc.constant(Buffer.from([0xfe, 0xff, 0x00, 0x7b, 0x00, 0x7d])),
);

export { anyChar, nastyLeaf };
