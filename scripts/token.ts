/**
 * `npm run token -- [--sub alice] [--roles editor] [--expires 8h]`: prints a bearer token signed with
 * the local HS256 secret (AUTH_JWT_SECRET, or the development secret that `npm start` accepts).
 * Not for production.
 */
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig, localToolingEnv } from '../src/config.js';
import { signToken } from '../src/graphql/auth.js';

const { values } = parseArgs({
  options: {
    sub: { type: 'string', default: 'local-editor' },
    roles: { type: 'string', default: 'editor' },
    expires: { type: 'string', default: '8h' },
  },
});

try {
  const config = loadConfig(localToolingEnv());
  if (!config.jwtSecret) {
    console.error('No HS256 secret here: tokens come from your identity provider (AUTH_JWKS_URL).');
    process.exit(1);
  }
  const token = await signToken(config.jwtSecret, {
    sub: values.sub,
    roles: values.roles.split(',').filter(Boolean),
    expiresIn: values.expires,
    ...(config.AUTH_ISSUER ? { issuer: config.AUTH_ISSUER } : {}),
    ...(config.AUTH_AUDIENCE ? { audience: config.AUTH_AUDIENCE } : {}),
  });
  console.log(token);
  console.error(
    `(sub=${values.sub}, roles=${values.roles}, expires in ${values.expires}; send as "Authorization: Bearer <token>")`,
  );
} catch (e) {
  if (e instanceof ConfigError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
