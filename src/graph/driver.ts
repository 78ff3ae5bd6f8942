/** One neo4j-driver instance per process, configured from Config. */
import neo4j, { type Driver } from 'neo4j-driver';
import { neo4jUri, type Config } from '../config.js';

export function createDriver(config: Config): Driver {
  const auth = config.NEO4J_PASSWORD
    ? neo4j.auth.basic(config.NEO4J_USER, config.NEO4J_PASSWORD)
    : neo4j.auth.basic(config.NEO4J_USER, 'local-no-auth');
  return neo4j.driver(neo4jUri(config), auth, {
    maxConnectionPoolSize: config.NEO4J_MAX_POOL_SIZE,
    connectionAcquisitionTimeout: config.NEO4J_ACQUISITION_TIMEOUT_MS,
    connectionTimeout: config.NEO4J_CONNECTION_TIMEOUT_MS,
    maxTransactionRetryTime: config.NEO4J_MAX_RETRY_TIME_MS,
    // Check idle connections before reuse: Lambda containers and load balancers drop them silently.
    connectionLivenessCheckTimeout: 30_000,
    disableLosslessIntegers: true,
    userAgent: 'influence-graph-api/0.1',
  });
}
