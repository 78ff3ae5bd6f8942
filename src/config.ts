/**
 * Runtime configuration, read once from the environment and validated with zod. A bad value stops
 * start-up with a message naming the variable, instead of failing later in a driver call.
 */
import { z } from 'zod';

const port = z.coerce.number().int().min(1).max(65535);
const flag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  /** Any Neo4j: bolt://, neo4j://, neo4j+s:// (Aura, clusters). Unset: the local embedded Neo4j. */
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s/]+/, {
      message: 'must be a bolt://, neo4j://, bolt+s:// or neo4j+s:// URI with a host',
    })
    .optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z
    .string()
    .regex(/^[a-zA-Z][a-zA-Z0-9.-]{0,62}$/, { message: 'must be a Neo4j database name' })
    .default('neo4j'),
  /** Bolt port of the local embedded Neo4j (ignored when NEO4J_URI is set). */
  NEO4J_LOCAL_PORT: port.default(7687),
  NEO4J_LOCAL_DATA_DIR: z.string().min(1).default('.neo4j/data'),
  NEO4J_LOCAL_PAGECACHE_MB: z.coerce.number().int().min(16).max(65536).default(256),
  NEO4J_LOCAL_HEAP: z
    .string()
    .regex(/^\d+[mMgG]$/, { message: 'must be a JVM size such as 512m or 2g' })
    .default('1g'),
  /** Driver pool size: small on Lambda (one request per container), larger for a long-lived server. */
  NEO4J_MAX_POOL_SIZE: z.coerce.number().int().min(1).max(500).default(50),
  NEO4J_ACQUISITION_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  NEO4J_CONNECTION_TIMEOUT_MS: z.coerce.number().int().min(100).default(5_000),
  /** How long managed transactions retry transient errors before giving up (fail fast when Neo4j is away). */
  NEO4J_MAX_RETRY_TIME_MS: z.coerce.number().int().min(0).max(120_000).default(3_000),
  /**
   * Run each known journalist query once at start (local server when ready, Lambda init), so the
   * first call of each shape is not many times slower than the next (src/graphql/warm-up.ts).
   */
  WARM_UP: flag.default(true),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: port.default(4000),
  GRAPHQL_INTROSPECTION: flag.optional(),
  /** HS256 secret for editor tokens (local/dev). In production prefer AUTH_JWKS_URL. */
  AUTH_JWT_SECRET: z.string().min(32, { message: 'must be at least 32 characters' }).optional(),
  /**
   * Accept tokens signed with the development secret committed in this repository. Only the local
   * tooling sets it (npm start, npm run token, the tests); never a default, refused in production.
   */
  AUTH_DEV_TOKENS: flag.default(false),
  /** JWKS endpoint of the identity provider (production): tokens are verified against its keys. */
  AUTH_JWKS_URL: z.url({ protocol: /^https$/, message: 'must be an https URL' }).optional(),
  /** Longest lifetime a token may claim (exp − iat), in seconds; tokens without exp are refused. */
  AUTH_MAX_TOKEN_LIFETIME_S: z.coerce
    .number()
    .int()
    .min(60)
    .default(12 * 3600),
  /** Clock skew tolerated on exp, iat and nbf, in seconds. */
  AUTH_CLOCK_TOLERANCE_S: z.coerce.number().int().min(0).max(300).default(30),
  AUTH_ISSUER: z.string().min(1).optional(),
  AUTH_AUDIENCE: z.string().min(1).optional(),
  /** `public`: anyone may read; `authenticated`: reads need a valid token too. */
  AUTH_READS: z.enum(['public', 'authenticated']).default('public'),
  GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(2).max(50).default(20),
  /** Most objects a response may hold, estimated before execution (src/graphql/cost.ts). */
  GRAPHQL_MAX_RESULT_SIZE: z.coerce.number().int().min(100).default(10_000),
  GRAPHQL_MAX_ALIASES: z.coerce.number().int().min(1).default(20),
  GRAPHQL_MAX_DIRECTIVES: z.coerce.number().int().min(1).default(20),
  GRAPHQL_MAX_TOKENS: z.coerce.number().int().min(100).default(5_000),
  /**
   * Root fields read their whole selection in one statement (src/graphql/prefetch.ts); `false`
   * reads one level per round trip through the loaders instead (a switch to compare, or to fall back).
   */
  GRAPHQL_LOOKAHEAD: flag.default(true),
  /**
   * `trusted`: only the operations published with the SDK and the explorer run (the codegen manifest,
   * src/graphql/trusted-documents.ts); `any` (default, development): every document.
   */
  GRAPHQL_DOCUMENTS: z.enum(['any', 'trusted']).default('any'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  /** Each request's time budget; Neo4j stops a statement still running at its end (tx timeout). */
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).max(900_000).default(10_000),
});

export type Config = z.infer<typeof EnvSchema> & {
  /** Introspection and the IDE are on unless turned off, and off by default in production. */
  introspection: boolean;
  /** The HS256 secret: AUTH_JWT_SECRET, or the development secret when AUTH_DEV_TOKENS asks for it. */
  jwtSecret: string | undefined;
};

/** Development-only signing secret, used only when AUTH_DEV_TOKENS is set (local tooling). */
export const DEV_JWT_SECRET = 'local-development-only-secret-do-not-deploy';

/**
 * The environment as the local tooling (npm start, npm run token, npm run offline, the tests) runs:
 * development tokens accepted, unless the environment configures real authentication or production.
 */
export function localToolingEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const configured = env.AUTH_JWT_SECRET || env.AUTH_JWKS_URL || env.NODE_ENV === 'production';
  return configured ? env : { AUTH_DEV_TOKENS: 'true', ...env };
}

export class ConfigError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid configuration:\n${issues.map((i) => `  - ${i}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment; throws ConfigError naming each bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // Empty strings mean "unset" (a common artefact of .env files and CI variables).
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const parsed = EnvSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => {
        const name = i.path.join('.');
        return `${name}: ${i.message} (got ${JSON.stringify(env[name] ?? null)})`;
      }),
    );
  }
  const c = parsed.data;
  if (c.AUTH_DEV_TOKENS && c.NODE_ENV === 'production') {
    throw new ConfigError([
      'AUTH_DEV_TOKENS: the development secret is public (it is in the repository) and never accepted in production',
    ]);
  }
  if (c.AUTH_DEV_TOKENS && c.AUTH_JWT_SECRET) {
    throw new ConfigError(['AUTH_DEV_TOKENS: give either AUTH_JWT_SECRET or AUTH_DEV_TOKENS, not both']);
  }
  return {
    ...c,
    introspection: c.GRAPHQL_INTROSPECTION ?? c.NODE_ENV !== 'production',
    jwtSecret: c.AUTH_JWT_SECRET ?? (c.AUTH_DEV_TOKENS ? DEV_JWT_SECRET : undefined),
  };
}

/** URI the API connects to: NEO4J_URI, or the local embedded Neo4j's Bolt port. */
export function neo4jUri(config: Config): string {
  return config.NEO4J_URI ?? `bolt://127.0.0.1:${config.NEO4J_LOCAL_PORT}`;
}
