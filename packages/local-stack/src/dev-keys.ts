import { SignJWT, exportPKCS8, exportSPKI, generateKeyPair, importPKCS8 } from 'jose';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Local development identity: a signing key standing in for the city's identity provider, and
 * the gateway's own key for anonymous residents. Made once in `.hub/keys` (never committed);
 * a city replaces both with HUB_AUTH_JWKS_URL / its own keys.
 */
export const DEV_ISSUER = 'urn:complaint-hub:dev-issuer';
export const DEV_AUDIENCE = 'complaint-hub';
export const GATEWAY_ISSUER = 'urn:complaint-hub:gateway';

export interface KeyPairPem {
  readonly privateKeyPem: string;
  readonly publicKeyPem: string;
}

export interface DevKeys {
  readonly issuer: KeyPairPem;
  readonly gateway: KeyPairPem;
}

async function ensureKeyPair(directory: string, name: string): Promise<KeyPairPem> {
  const privateFile = join(directory, `${name}.private.pem`);
  const publicFile = join(directory, `${name}.public.pem`);
  if (!existsSync(privateFile) || !existsSync(publicFile)) {
    const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
    writeFileSync(privateFile, await exportPKCS8(privateKey), { mode: 0o600 });
    writeFileSync(publicFile, await exportSPKI(publicKey));
  }
  return {
    privateKeyPem: readFileSync(privateFile, 'utf8'),
    publicKeyPem: readFileSync(publicFile, 'utf8'),
  };
}

export async function ensureDevKeys(hubDirectory: string): Promise<DevKeys> {
  const directory = join(hubDirectory, 'keys');
  mkdirSync(directory, { recursive: true, mode: 0o700 });
  return {
    issuer: await ensureKeyPair(directory, 'dev-issuer'),
    gateway: await ensureKeyPair(directory, 'gateway'),
  };
}

export interface DevTokenClaims {
  readonly subject: string;
  readonly roles: readonly string[];
  readonly department?: string;
  readonly agency?: string;
  /** e.g. '8h', '30m' (jose time span). */
  readonly expiresIn?: string;
}

export async function signDevToken(keys: DevKeys, claims: DevTokenClaims): Promise<string> {
  const key = await importPKCS8(keys.issuer.privateKeyPem, 'ES256');
  return new SignJWT({
    roles: [...claims.roles],
    ...(claims.department ? { department: claims.department } : {}),
    ...(claims.agency ? { agency: claims.agency } : {}),
  })
    .setProtectedHeader({ alg: 'ES256' })
    .setSubject(claims.subject)
    .setIssuer(DEV_ISSUER)
    .setAudience(DEV_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(claims.expiresIn ?? '8h')
    .sign(key);
}

/** The variables every service needs to trust these keys. */
export function devAuthEnvironment(keys: DevKeys): Record<string, string> {
  return {
    HUB_AUTH_ISSUER: DEV_ISSUER,
    HUB_AUTH_AUDIENCE: DEV_AUDIENCE,
    HUB_AUTH_PUBLIC_KEY: keys.issuer.publicKeyPem,
    HUB_GATEWAY_ISSUER: GATEWAY_ISSUER,
    HUB_GATEWAY_PUBLIC_KEY: keys.gateway.publicKeyPem,
  };
}
