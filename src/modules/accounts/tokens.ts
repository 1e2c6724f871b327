import { randomBytes } from 'node:crypto';
import { errors, jwtVerify, SignJWT } from 'jose';
import type { Role } from './accounts.model.js';
import { asRole } from './accounts.model.js';

// Access tokens are short-lived HS256 JWTs; refresh and reset tokens are opaque random strings of
// which only a SHA-256 is stored (platform/secrets hashSecret).

export interface AccessClaims {
  userId: string;
  businessId: string;
  role: Role;
  /** The login (auth_sessions.id) the token belongs to; a revoked session invalidates it. */
  sessionId: string;
}

const ISSUER = 'ai-telephony-backend';
const AUDIENCE = 'owner-api';

export function createAccessTokens(secret: string, ttlSeconds: number) {
  const key = new TextEncoder().encode(secret);
  return {
    ttlSeconds,
    sign(claims: AccessClaims, now: Date): Promise<string> {
      const issuedAt = Math.floor(now.getTime() / 1000);
      return new SignJWT({ biz: claims.businessId, role: claims.role, sid: claims.sessionId, typ: 'access' })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(claims.userId)
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setIssuedAt(issuedAt)
        .setExpirationTime(issuedAt + ttlSeconds)
        .sign(key);
    },
    /** The claims of a valid, unexpired access token; null for anything else. */
    async verify(token: string, now: Date): Promise<AccessClaims | null> {
      try {
        const { payload } = await jwtVerify(token, key, {
          algorithms: ['HS256'],
          issuer: ISSUER,
          audience: AUDIENCE,
          currentDate: now,
        });
        const { sub, biz, role, sid, typ } = payload;
        if (typ !== 'access' || typeof sub !== 'string' || typeof biz !== 'string') return null;
        if (typeof sid !== 'string' || typeof role !== 'string') return null;
        return { userId: sub, businessId: biz, role: asRole(role), sessionId: sid };
      } catch (error) {
        if (error instanceof errors.JOSEError) return null;
        throw error;
      }
    },
  };
}

export type AccessTokens = ReturnType<typeof createAccessTokens>;

export function newOpaqueToken(prefix: 'rt' | 'pr'): string {
  return `${prefix}_${randomBytes(32).toString('base64url')}`;
}
