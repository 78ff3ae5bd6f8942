import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, LocalNeo4jError, startLocalNeo4j } from '../src/dev/local-neo4j.js';

describe('local Neo4j launcher', () => {
  let blocker: net.Server;
  let port: number;
  beforeAll(async () => {
    port = await freePort();
    blocker = net.createServer();
    await new Promise<void>((r) => blocker.listen(port, '127.0.0.1', () => r()));
  });
  afterAll(() => new Promise<void>((r) => blocker.close(() => r())));

  it('refuses a taken port with a message saying which and how to fix it', async () => {
    const attempt = startLocalNeo4j({ port, dataDir: '.neo4j/never-created' });
    await expect(attempt).rejects.toBeInstanceOf(LocalNeo4jError);
    await expect(attempt).rejects.toThrow(new RegExp(`Port ${port} .*taken.*NEO4J_LOCAL_PORT`));
  });
});
