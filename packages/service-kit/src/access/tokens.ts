import {
  createRemoteJWKSet,
  decodeJwt,
  importSPKI,
  jwtVerify,
  type JWTPayload,
  type KeyLike,
} from 'jose';
import { isRole, type Role } from '@hub/contracts';

/** Who is calling, from a verified token. Anonymous residents carry no roles. */
export interface Caller {
  readonly subject: string;
  readonly roles: readonly Role[];
  readonly department: string | null;
  readonly agency: string | null;
  readonly anonymous: boolean;
}

export class AuthenticationError extends Error {
  constructor(readonly reason: string) {
    super(`authentication failed: ${reason}`);
    this.name = 'AuthenticationError';
  }
}

export interface TrustedIssuer {
  readonly issuer: string;
  readonly audience: string;
  readonly publicKeyPem?: string;
  readonly jwksUrl?: string;
  readonly algorithm?: 'ES256' | 'RS256' | 'EdDSA';
  /**
   * The gateway vouches only for anonymous residents: whatever roles or claims a token of
   * this issuer carries, its caller is anonymous with no roles.
   */
  readonly anonymousOnly?: boolean;
  /** The longest a token may live, from its `iat` (or from now) to its `exp`. */
  readonly maxLifetimeSeconds?: number;
}

/** A token that never expires, or lives for days, is a password that cannot be revoked. */
export const DEFAULT_MAX_TOKEN_LIFETIME_SECONDS = 24 * 60 * 60;

export type TokenVerifier = (authorizationHeader: string | undefined) => Promise<Caller>;

/**
 * Verifies a bearer token's signature, expiry, issuer and audience with jose, and turns its
 * claims into a Caller. The token's `iss` picks which trusted key must have signed it. Every
 * refusal is an AuthenticationError (401), and the token itself is never part of a message.
 */
export async function createTokenVerifier(
  trusted: TrustedIssuer | readonly TrustedIssuer[],
): Promise<TokenVerifier> {
  const byIssuer = new Map<string, { options: TrustedIssuer; key: VerificationKey }>();
  for (const options of Array.isArray(trusted) ? trusted : [trusted as TrustedIssuer]) {
    byIssuer.set(options.issuer, { options, key: await verificationKeyOf(options) });
  }

  const verified = new VerifiedTokenCache();
  return async (authorizationHeader) => {
    const match = /^Bearer\s+(\S+)$/i.exec(authorizationHeader ?? '');
    if (!match?.[1]) throw new AuthenticationError('a bearer token is required');
    const token = match[1];
    const known = verified.get(token);
    if (known) return known;
    let issuer: string | undefined;
    try {
      issuer = decodeJwt(token).iss;
    } catch {
      throw new AuthenticationError('the token is not valid');
    }
    const trustedIssuer = issuer ? byIssuer.get(issuer) : undefined;
    if (!trustedIssuer) throw new AuthenticationError('the token is not valid');
    const { options, key } = trustedIssuer;
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, key as KeyLike, {
        issuer: options.issuer,
        audience: options.audience,
        algorithms: [options.algorithm ?? 'ES256'],
        requiredClaims: ['exp'],
      }));
    } catch (error) {
      const code = (error as { code?: string }).code;
      throw new AuthenticationError(
        code === 'ERR_JWT_EXPIRED' ? 'the token has expired' : 'the token is not valid',
      );
    }
    const maxLifetime = options.maxLifetimeSeconds ?? DEFAULT_MAX_TOKEN_LIFETIME_SECONDS;
    const issuedAt = payload.iat ?? Math.floor(Date.now() / 1000);
    if (payload.exp! - issuedAt > maxLifetime) {
      throw new AuthenticationError(`a token may live ${maxLifetime} seconds at most`);
    }
    const claimed = callerFromClaims(payload);
    const caller: Caller = options.anonymousOnly
      ? { ...claimed, roles: [], department: null, agency: null, anonymous: true }
      : claimed;
    verified.set(token, caller, payload.exp);
    return caller;
  };
}

/**
 * Department systems send the same token with every request; a signature check costs more
 * than the rest of a small query. A token that verified is trusted again, without a second
 * check, for at most a minute and never past its own expiry.
 */
class VerifiedTokenCache {
  private readonly entries = new Map<string, { caller: Caller; until: number }>();

  constructor(
    private readonly maxEntries = 10_000,
    private readonly maxAgeMs = 60_000,
  ) {}

  get(token: string, now = Date.now()): Caller | undefined {
    const entry = this.entries.get(token);
    if (!entry) return undefined;
    if (now >= entry.until) {
      this.entries.delete(token);
      return undefined;
    }
    return entry.caller;
  }

  set(token: string, caller: Caller, expiresAtSeconds: number | undefined, now = Date.now()): void {
    const until = Math.min(now + this.maxAgeMs, (expiresAtSeconds ?? 0) * 1000);
    if (until <= now) return;
    if (this.entries.size >= this.maxEntries) {
      // Oldest first: a Map iterates in insertion order.
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(token, { caller, until });
  }
}

type VerificationKey = KeyLike | ReturnType<typeof createRemoteJWKSet>;

async function verificationKeyOf(options: TrustedIssuer): Promise<VerificationKey> {
  if (options.jwksUrl) return createRemoteJWKSet(new URL(options.jwksUrl));
  if (options.publicKeyPem)
    return importSPKI(options.publicKeyPem.replace(/\\n/g, '\n'), options.algorithm ?? 'ES256');
  throw new Error(`a public key or a JWKS URL is needed to verify tokens of ${options.issuer}`);
}

export function callerFromClaims(payload: JWTPayload): Caller {
  if (!payload.sub) throw new AuthenticationError('the token has no subject');
  const claimed = Array.isArray(payload.roles) ? payload.roles : [];
  const roles = claimed.filter(isRole);
  return {
    subject: payload.sub,
    roles,
    department: typeof payload.department === 'string' ? payload.department : null,
    agency: typeof payload.agency === 'string' ? payload.agency : null,
    anonymous: payload.anonymous === true,
  };
}

export function hasAnyRole(caller: Caller, wanted: readonly string[]): boolean {
  return wanted.some((role) => (caller.roles as readonly string[]).includes(role));
}
