/**
 * Bearer-token authentication with jose: HS256 with a shared secret (local), or keys from the
 * identity provider's JWKS URL (production). Roles come from the token's `roles` claim.
 */
import { createRemoteJWKSet, jwtVerify, SignJWT, type JWTPayload, type JWTVerifyOptions } from 'jose';
import { GraphQLError } from 'graphql';
import type { Config } from '../config.js';
import { ErrorCode } from './errors.js';

export interface Principal {
  sub: string;
  roles: string[];
}

export type Role = 'editor';

export type TokenVerifier = (token: string) => Promise<Principal>;

export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.UNAUTHENTICATED } });
}

function toPrincipal(payload: JWTPayload): Principal {
  const roles = (payload as { roles?: unknown }).roles;
  if (!payload.sub) throw unauthenticated('Token has no subject (sub)');
  return { sub: payload.sub, roles: Array.isArray(roles) ? roles.filter((r) => typeof r === 'string') : [] };
}

/**
 * Fails closed on time: a token must say when it expires (exp) and when it was issued (iat), claim no
 * longer a lifetime than AUTH_MAX_TOKEN_LIFETIME_S, and not be issued (iat) or valid from (nbf) in
 * the future beyond the clock tolerance. jose checks exp, nbf, iat in the past and the age; the
 * lifetime a token claims (exp − iat) is checked here.
 */
function lifetimeChecked(config: Config, payload: JWTPayload): JWTPayload {
  const lifetime = (payload.exp ?? 0) - (payload.iat ?? 0);
  if (lifetime > config.AUTH_MAX_TOKEN_LIFETIME_S) {
    throw unauthenticated(
      `Token is invalid: it claims a lifetime of ${lifetime} s, above the ${config.AUTH_MAX_TOKEN_LIFETIME_S} s this server accepts`,
    );
  }
  return payload;
}

/** Builds the verifier once per process (the JWKS key set is cached and refreshed by jose). */
export function createVerifier(config: Config): TokenVerifier {
  const options: JWTVerifyOptions = {
    ...(config.AUTH_ISSUER ? { issuer: config.AUTH_ISSUER } : {}),
    ...(config.AUTH_AUDIENCE ? { audience: config.AUTH_AUDIENCE } : {}),
    requiredClaims: ['exp', 'iat'],
    maxTokenAge: config.AUTH_MAX_TOKEN_LIFETIME_S,
    clockTolerance: config.AUTH_CLOCK_TOLERANCE_S,
  };
  const principal = (payload: JWTPayload) => toPrincipal(lifetimeChecked(config, payload));
  if (config.AUTH_JWKS_URL) {
    const keys = createRemoteJWKSet(new URL(config.AUTH_JWKS_URL));
    return async (token) => principal((await jwtVerify(token, keys, options)).payload);
  }
  const secret = config.jwtSecret ? new TextEncoder().encode(config.jwtSecret) : undefined;
  return async (token) => {
    if (!secret) throw unauthenticated('Authentication is not configured on this server');
    return principal((await jwtVerify(token, secret, { ...options, algorithms: ['HS256'] })).payload);
  };
}

/** Why jose refused a token, in words a client can act on (never the token itself). */
function refusal(e: unknown): string {
  const { code, claim, reason } = e as { code?: string; claim?: string; reason?: string };
  if (code === 'ERR_JWT_EXPIRED') return 'Token has expired';
  if (code === 'ERR_JWT_CLAIM_VALIDATION_FAILED' && claim) {
    if (reason === 'missing') return `Token is invalid: it has no "${claim}" claim`;
    if (claim === 'iat') return 'Token is invalid: issued in the future, or too long ago';
    if (claim === 'nbf') return 'Token is not valid yet (nbf)';
    return `Token is invalid: the "${claim}" claim does not match`;
  }
  return 'Token is invalid';
}

/** Resolves the request's principal once: null without a token, UNAUTHENTICATED for a bad one. */
export function principalFrom(
  verify: TokenVerifier,
  authorization: string | undefined,
): () => Promise<Principal | null> {
  let memo: Promise<Principal | null> | undefined;
  return () => {
    memo ??= (async () => {
      if (!authorization) return null;
      const m = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
      if (!m?.[1]) throw unauthenticated('Authorization header must be "Bearer <token>"');
      try {
        return await verify(m[1]);
      } catch (e) {
        if (e instanceof GraphQLError) throw e;
        throw unauthenticated(refusal(e));
      }
    })();
    return memo;
  };
}

/** Throws UNAUTHENTICATED without a valid token, FORBIDDEN without the role. */
export async function requireRole(
  ctx: { principal: () => Promise<Principal | null> },
  role: Role,
): Promise<Principal> {
  const p = await ctx.principal();
  if (!p) throw unauthenticated(`This operation needs a bearer token with the "${role}" role`);
  if (!p.roles.includes(role)) {
    throw new GraphQLError(`This operation needs the "${role}" role`, {
      extensions: { code: ErrorCode.FORBIDDEN },
    });
  }
  return p;
}

/** Signs a token with the HS256 secret (the dev `npm run token` command and tests). */
export async function signToken(
  secret: string,
  claims: { sub: string; roles: string[]; expiresIn?: string | number; issuer?: string; audience?: string },
): Promise<string> {
  let jwt = new SignJWT({ roles: claims.roles })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(claims.sub)
    .setIssuedAt()
    .setExpirationTime(claims.expiresIn ?? '8h');
  if (claims.issuer) jwt = jwt.setIssuer(claims.issuer);
  if (claims.audience) jwt = jwt.setAudience(claims.audience);
  return jwt.sign(new TextEncoder().encode(secret));
}
