import { describe, expect, it } from 'vitest';
import { ConfigError, DEV_JWT_SECRET, loadConfig, localToolingEnv, neo4jUri } from '../src/config.js';

describe('configuration', () => {
  it('defaults to the local embedded Neo4j', () => {
    const c = loadConfig({});
    expect(c.NEO4J_URI).toBeUndefined();
    expect(neo4jUri(c)).toBe('bolt://127.0.0.1:7687');
    expect(c.PORT).toBe(4000);
    expect(c.introspection).toBe(true);
  });

  it('uses NEO4J_URI for Aura or a cluster', () => {
    const c = loadConfig({ NEO4J_URI: 'neo4j+s://abcd1234.databases.neo4j.io', NEO4J_PASSWORD: 's3cret' });
    expect(neo4jUri(c)).toBe('neo4j+s://abcd1234.databases.neo4j.io');
  });

  it('turns introspection off by default in production', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).introspection).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true' }).introspection).toBe(true);
  });

  it.each([
    ['NEO4J_URI', 'http://localhost:7474'],
    ['NEO4J_LOCAL_PORT', '70000'],
    ['PORT', 'eighty'],
    ['NEO4J_DATABASE', 'bad name!'],
    ['NEO4J_LOCAL_HEAP', 'lots'],
    ['GRAPHQL_INTROSPECTION', 'maybe'],
    ['AUTH_JWKS_URL', 'http://idp.example.org/.well-known/jwks.json'],
  ])('rejects a bad %s with a message naming it', (name, value) => {
    let error: unknown;
    try {
      loadConfig({ [name]: value });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    expect(message).toContain(name);
    expect(message).toContain(JSON.stringify(value));
  });

  it('accepts the development secret only when the local tooling asks for it, never in production', () => {
    // No environment enables it by itself: a deployment that forgets NODE_ENV is not open to writes.
    expect(loadConfig({}).jwtSecret).toBeUndefined();
    expect(loadConfig({ NODE_ENV: 'development' }).jwtSecret).toBeUndefined();
    expect(loadConfig(localToolingEnv({})).jwtSecret).toBe(DEV_JWT_SECRET);
    // Real authentication configured: the tooling leaves it alone.
    const secret = 'x'.repeat(40);
    expect(loadConfig(localToolingEnv({ AUTH_JWT_SECRET: secret })).jwtSecret).toBe(secret);
    expect(localToolingEnv({ NODE_ENV: 'production' }).AUTH_DEV_TOKENS).toBeUndefined();
    expect(() => loadConfig({ NODE_ENV: 'production', AUTH_DEV_TOKENS: 'true' })).toThrow(
      /AUTH_DEV_TOKENS: .*never accepted in production/,
    );
  });

  it('reports every bad variable at once', () => {
    expect(() => loadConfig({ PORT: '0', NEO4J_LOCAL_PORT: 'x' })).toThrow(
      /^(?=[\s\S]*- PORT:)(?=[\s\S]*- NEO4J_LOCAL_PORT:)/,
    );
  });
});
