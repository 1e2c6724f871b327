import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  randomBytes,
  timingSafeEqual,
} from 'node:crypto';

// Secrets derived from CALENDAR_ENCRYPTION_KEY: one key seals stored OAuth tokens (AES-256-GCM, so
// a tampered value fails to open), another signs the OAuth `state`. Separate keys per purpose, so a
// signature can never be mistaken for ciphertext material.

const VERSION = 'v1';

export interface TokenCipher {
  seal(plain: string): string;
  /** The plain text, or null when the value was not sealed with this key (or was altered). */
  open(sealed: string): string | null;
  sign(payload: string): string;
  verify(payload: string, signature: string): boolean;
}

export function createTokenCipher(secret: string): TokenCipher {
  const encKey = createHash('sha256').update(`calendar-tokens:${secret}`).digest();
  const macKey = createHash('sha256').update(`calendar-state:${secret}`).digest();
  const sign = (payload: string) => createHmac('sha256', macKey).update(payload).digest('base64url');
  return {
    seal(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', encKey, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      const tag = cipher.getAuthTag();
      return [VERSION, iv.toString('base64url'), tag.toString('base64url'), body.toString('base64url')].join(
        '.',
      );
    },
    open(sealed) {
      const [version, iv, tag, body] = sealed.split('.');
      if (version !== VERSION || !iv || !tag || body === undefined) return null;
      try {
        const decipher = createDecipheriv('aes-256-gcm', encKey, Buffer.from(iv, 'base64url'));
        decipher.setAuthTag(Buffer.from(tag, 'base64url'));
        return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString(
          'utf8',
        );
      } catch {
        return null;
      }
    },
    sign,
    verify(payload, signature) {
      const expected = Buffer.from(sign(payload));
      const presented = Buffer.from(signature);
      return expected.length === presented.length && timingSafeEqual(expected, presented);
    },
  };
}

const STATE_TTL_MS = 10 * 60_000;

/** `state` for the consent screen: the tenant and an expiry, signed. Base64url JSON + '.' + HMAC. */
export function signState(cipher: TokenCipher, businessId: string, now: Date): string {
  const payload = Buffer.from(
    JSON.stringify({ b: businessId, e: now.getTime() + STATE_TTL_MS, n: randomBytes(8).toString('hex') }),
  ).toString('base64url');
  return `${payload}.${cipher.sign(payload)}`;
}

/** The tenant id a valid, unexpired state names; null otherwise. */
export function verifyState(cipher: TokenCipher, state: string, now: Date): string | null {
  const [payload, signature, extra] = state.split('.');
  if (!payload || !signature || extra !== undefined || !cipher.verify(payload, signature)) return null;
  try {
    const parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as {
      b?: unknown;
      e?: unknown;
    };
    if (typeof parsed.b !== 'string' || typeof parsed.e !== 'number') return null;
    return parsed.e > now.getTime() ? parsed.b : null;
  } catch {
    return null;
  }
}
