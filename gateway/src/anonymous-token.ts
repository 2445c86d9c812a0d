import { SignJWT, importPKCS8, type KeyLike } from 'jose';

/**
 * Residents may submit and track without an account. The gateway vouches for them with a
 * token it signs itself (subject `anonymous`, no roles, two minutes), so that subgraphs can
 * still refuse every request that did not come through a verified door. One token is reused
 * until shortly before it expires.
 */
export class AnonymousTokenSigner {
  private cached: { token: string; refreshAt: number } | null = null;

  private constructor(
    private readonly key: KeyLike,
    private readonly issuer: string,
    private readonly audience: string,
  ) {}

  static async create(
    privateKeyPem: string,
    issuer: string,
    audience: string,
  ): Promise<AnonymousTokenSigner> {
    const key = await importPKCS8(privateKeyPem.replace(/\\n/g, '\n'), 'ES256');
    return new AnonymousTokenSigner(key, issuer, audience);
  }

  async authorization(now: number = Date.now()): Promise<string> {
    if (this.cached && now < this.cached.refreshAt) return this.cached.token;
    const token = await new SignJWT({ anonymous: true, roles: [] })
      .setProtectedHeader({ alg: 'ES256' })
      .setSubject('anonymous')
      .setIssuer(this.issuer)
      .setAudience(this.audience)
      .setIssuedAt(Math.floor(now / 1000))
      .setExpirationTime(Math.floor(now / 1000) + 120)
      .sign(this.key);
    this.cached = { token: `Bearer ${token}`, refreshAt: now + 60_000 };
    return this.cached.token;
  }
}
