import type { z } from 'zod';
import type { TrustedIssuer } from '../access/tokens';
import type { subgraphEnvironment } from '../config/environment';

type AuthConfig = Pick<
  z.infer<z.ZodObject<typeof subgraphEnvironment>>,
  | 'HUB_AUTH_ISSUER'
  | 'HUB_AUTH_AUDIENCE'
  | 'HUB_AUTH_PUBLIC_KEY'
  | 'HUB_AUTH_JWKS_URL'
  | 'HUB_AUTH_ALGORITHM'
  | 'HUB_AUTH_MAX_TOKEN_LIFETIME_SECONDS'
>;

/** The city's identity provider: the issuer of every signed-in caller's token. */
export function identityProviderOf(config: AuthConfig): TrustedIssuer {
  return {
    issuer: config.HUB_AUTH_ISSUER,
    audience: config.HUB_AUTH_AUDIENCE,
    publicKeyPem: config.HUB_AUTH_PUBLIC_KEY,
    jwksUrl: config.HUB_AUTH_JWKS_URL,
    algorithm: config.HUB_AUTH_ALGORITHM,
    maxLifetimeSeconds: config.HUB_AUTH_MAX_TOKEN_LIFETIME_SECONDS,
  };
}

/** The city's identity provider, and the gateway when it signs for anonymous residents. */
export function trustedIssuersOf(
  config: AuthConfig &
    Pick<
      z.infer<z.ZodObject<typeof subgraphEnvironment>>,
      'HUB_GATEWAY_ISSUER' | 'HUB_GATEWAY_PUBLIC_KEY'
    >,
): TrustedIssuer[] {
  const issuers = [identityProviderOf(config)];
  if (
    config.HUB_GATEWAY_ISSUER &&
    config.HUB_GATEWAY_PUBLIC_KEY &&
    config.HUB_GATEWAY_ISSUER !== config.HUB_AUTH_ISSUER
  ) {
    issuers.push({
      issuer: config.HUB_GATEWAY_ISSUER,
      audience: config.HUB_AUTH_AUDIENCE,
      publicKeyPem: config.HUB_GATEWAY_PUBLIC_KEY,
      algorithm: 'ES256',
      // The gateway vouches for anonymous residents only: roles it might claim count for nothing.
      anonymousOnly: true,
      maxLifetimeSeconds: config.HUB_AUTH_MAX_TOKEN_LIFETIME_SECONDS,
    });
  }
  return issuers;
}
