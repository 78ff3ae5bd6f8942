/**
 * Runs in the worker before every test file: points the file at its worker's own Neo4j (see
 * ./neo4j.ts) and reloads that database from data/, so each file starts from exactly the seed graph
 * whatever the files before it wrote.
 */
import { inject } from 'vitest';
import { resetDatabase } from '../support/db.js';

const uris = inject('neo4jUris');
const slot = Number(process.env.VITEST_POOL_ID ?? '1') - 1;
const uri = uris[slot];
if (!uri) throw new Error(`no test database for worker ${slot + 1} (${uris.length} started)`);
process.env.NEO4J_URI = uri;
await resetDatabase();
