import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, LocalNeo4jError, startLocalNeo4j } from '../src/dev/local-neo4j.js';

/** Whether something accepts connections on 127.0.0.1:port. */
const listening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });

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

  // Regression: `npm start` ended by a SIGTERM that npm did not pass on left Neo4j running.
  it('does not outlive the process that started it, even one killed with SIGKILL', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'neo4j-owner-'));
    const owner = spawn(
      process.execPath,
      ['--import', 'tsx', path.resolve('test/fixtures/processes/neo4j-owner.ts'), dir],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    try {
      const ownerPort = await new Promise<number>((resolve, reject) => {
        let out = '';
        owner.stdout.on('data', (c: Buffer) => {
          out += c.toString();
          const m = /PORT (\d+)/.exec(out);
          if (m) resolve(Number(m[1]));
        });
        owner.once('exit', (code) => reject(new Error(`the owner process exited (${code}) first`)));
      });
      expect(await listening(ownerPort)).toBe(true);
      owner.kill('SIGKILL');
      const deadline = Date.now() + 60_000;
      while ((await listening(ownerPort)) && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 250));
      expect(await listening(ownerPort)).toBe(false);
    } finally {
      owner.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
