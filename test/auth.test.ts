/**
 * Authentication fails closed: a token must carry exp and iat, claim at most the configured lifetime,
 * and not be issued or valid from the future beyond the clock tolerance; the development secret
 * committed in this repository works only where the local tooling asked for it (AUTH_DEV_TOKENS).
 */
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEV_JWT_SECRET } from '../src/config.js';
import { createTestApi, type TestApi } from './support/api.js';

const key = new TextEncoder().encode(DEV_JWT_SECRET);
const now = () => Math.floor(Date.now() / 1000);
const DAY = 86_400;

/** A token with exactly these time claims (jose adds none of its own). */
function token(claims: { iat?: number; exp?: number; nbf?: number }): Promise<string> {
  const jwt = new SignJWT({ roles: ['editor'], ...claims })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('eve');
  return jwt.sign(key);
}

const WRITE = 'mutation { addAlias(id: "person:abdelilah-benkirane", alias: "Token Probe") { id } }';

describe('tokens', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi();
  });
  afterAll(() => api.close());

  it.each([
    ['without exp', () => token({ iat: now() }), /no "exp" claim/],
    ['without iat', () => token({ exp: now() + 3600 }), /no "iat" claim/],
    ['expiring in 2200', () => token({ iat: now(), exp: Date.UTC(2200, 0, 1) / 1000 }), /lifetime/],
    [
      'issued a day in the future',
      () => token({ iat: now() + DAY, exp: now() + DAY + 3600 }),
      /issued in the future/,
    ],
    [
      'not valid before tomorrow',
      () => token({ iat: now(), nbf: now() + DAY, exp: now() + 3600 }),
      /not valid yet/,
    ],
    ['expired', () => token({ iat: now() - 7200, exp: now() - 3600 }), /expired/],
  ])('refuses a token %s (UNAUTHENTICATED, nothing written)', async (_name, make, reason) => {
    const r = await api.run(WRITE, {}, `Bearer ${await make()}`);
    expect(r.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(r.errors?.[0]?.message).toMatch(reason);
    expect(r.trace.statements.filter((s) => !/^\s*$/.test(s))).toEqual([]);
  });

  it('accepts a token within the lifetime, with a little clock skew', async () => {
    const r = await api.run(WRITE, {}, `Bearer ${await token({ iat: now() + 10, exp: now() + 3600 })}`);
    expect(r.errors).toBeUndefined();
  });

  it('refuses development tokens where the local tooling did not ask for them', async () => {
    const strict = await createTestApi({ AUTH_DEV_TOKENS: 'false' });
    try {
      const r = await strict.run(WRITE, {}, `Bearer ${await token({ iat: now(), exp: now() + 3600 })}`);
      expect(r.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(r.errors?.[0]?.message).toMatch(/not configured/);
    } finally {
      await strict.close();
    }
  });
});
