/**
 * `npm run serve`: the API alone, as a deployment runs it — against NEO4J_URI, nothing started,
 * nothing seeded, configuration from the environment only (no development tokens unless
 * AUTH_DEV_TOKENS is set). Prints one `LISTENING <url>` line when it accepts requests; SIGTERM or
 * SIGINT closes it. Used by the hostile run (bench/hostile) as its production-mode server.
 */
import { ConfigError, loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { startApp } from '../src/server/app.js';

try {
  const config = loadConfig();
  if (!config.NEO4J_URI)
    throw new ConfigError(['NEO4J_URI: required by `npm run serve` (it starts no Neo4j)']);
  const app = await startApp(config, createLogger(config.LOG_LEVEL));
  console.log(`LISTENING ${app.url}`);
  const stop = () => void app.close().then(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
} catch (e) {
  if (e instanceof ConfigError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
