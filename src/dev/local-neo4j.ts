/**
 * Builds and runs the embedded Neo4j launcher in neo4j/ (Java 17 + Maven). Used by `npm start`,
 * `npm run db:start` and the test setup; never by the deployed API, which only needs NEO4J_URI.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const LAUNCHER_DIR = path.join(ROOT, 'neo4j');
const STAMP = path.join(LAUNCHER_DIR, 'target', 'build.stamp');
const READY = 'NEO4J_READY';

export class LocalNeo4jError extends Error {
  override name = 'LocalNeo4jError';
}

export interface LocalNeo4jOptions {
  port: number;
  dataDir: string;
  pageCacheMb?: number;
  heap?: string;
  /** Wipe the data directory first. */
  fresh?: boolean;
  /** Where the launcher's own output goes (default: discarded after start-up). */
  log?: (line: string) => void;
}

export interface LocalNeo4j {
  uri: string;
  version: string;
  startMs: number;
  process: ChildProcess;
  stop(): Promise<void>;
}

function commandWorks(cmd: string, args: string[]): boolean {
  const r = spawnSync(cmd, args, { stdio: 'ignore' });
  return r.status === 0;
}

/** Refuses clearly when Java or Maven is missing; both are needed to build and run the launcher. */
export function checkPrerequisites(needMaven: boolean): void {
  if (!commandWorks('java', ['-version'])) {
    throw new LocalNeo4jError(
      'Java was not found on PATH. The local Neo4j needs Java 17 or newer: install it ' +
        '(Debian/Ubuntu: `apt-get install openjdk-17-jdk-headless`), or set NEO4J_URI to use an existing Neo4j.',
    );
  }
  if (needMaven && !commandWorks('mvn', ['-v'])) {
    throw new LocalNeo4jError(
      'Maven was not found on PATH. It builds the local Neo4j launcher once: install it ' +
        '(Debian/Ubuntu: `apt-get install maven`), or set NEO4J_URI to use an existing Neo4j.',
    );
  }
}

function sourceHash(): string {
  const h = createHash('sha256');
  for (const f of ['pom.xml', 'src/main/java/graph/launcher/Launcher.java']) {
    h.update(readFileSync(path.join(LAUNCHER_DIR, f)));
  }
  return h.digest('hex');
}

/** Builds the launcher with Maven unless the cached build matches the sources. */
export function ensureLauncherBuilt(log: (s: string) => void = console.log): void {
  const hash = sourceHash();
  if (existsSync(STAMP) && readFileSync(STAMP, 'utf8') === hash) {
    checkPrerequisites(false);
    return;
  }
  checkPrerequisites(true);
  log('Building the Neo4j launcher with Maven (first run downloads Neo4j 5.26, ~120 MB)…');
  const started = Date.now();
  const r = spawnSync('mvn', ['-B', '-q', 'package', '-DskipTests'], {
    cwd: LAUNCHER_DIR,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (r.status !== 0) {
    throw new LocalNeo4jError(
      `Maven failed to build the Neo4j launcher (exit ${r.status}); run \`cd neo4j && mvn -B package\` to see why.`,
    );
  }
  writeFileSync(STAMP, hash);
  log(`Neo4j launcher built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

/** Resolves true when nothing listens on 127.0.0.1:port. */
export function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(false));
    srv.listen({ port, host: '127.0.0.1', exclusive: true }, () => srv.close(() => resolve(true)));
  });
}

/** Asks the OS for a free loopback port (for throwaway test databases). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

function portTakenError(port: number): LocalNeo4jError {
  return new LocalNeo4jError(
    `Port ${port} on 127.0.0.1 is already taken (another Neo4j or program listens there). ` +
      `Stop it, or choose another port with NEO4J_LOCAL_PORT=${port + 1}, ` +
      `or set NEO4J_URI=bolt://127.0.0.1:${port} to use the server that is already there.`,
  );
}

export async function startLocalNeo4j(opts: LocalNeo4jOptions): Promise<LocalNeo4j> {
  ensureLauncherBuilt(opts.log);
  if (!(await portIsFree(opts.port))) throw portTakenError(opts.port);
  const dataDir = path.resolve(ROOT, opts.dataDir);
  if (opts.fresh) rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });

  const classpath = [
    path.join(LAUNCHER_DIR, 'target', 'classes'),
    path.join(LAUNCHER_DIR, 'target', 'lib', '*'),
  ].join(path.delimiter);
  const child = spawn(
    'java',
    [
      `-Xmx${opts.heap ?? '1g'}`,
      '-XX:+UseG1GC',
      '-cp',
      classpath,
      'graph.launcher.Launcher',
      dataDir,
      String(opts.port),
      String(opts.pageCacheMb ?? 256),
      // Neo4j shuts down when this process's end of its stdin closes: it never outlives us.
      '--exit-with-stdin',
    ],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );

  const ready = await new Promise<{ version: string; startMs: number }>((resolve, reject) => {
    let stderr = '';
    let buffered = '';
    const onOut = (chunk: Buffer) => {
      buffered += chunk.toString();
      let nl: number;
      while ((nl = buffered.indexOf('\n')) >= 0) {
        const line = buffered.slice(0, nl).trim();
        buffered = buffered.slice(nl + 1);
        if (line.startsWith(READY)) {
          const version = /version=(\S+)/.exec(line)?.[1] ?? 'unknown';
          const startMs = Number(/startMs=(\d+)/.exec(line)?.[1] ?? 0);
          resolve({ version, startMs });
        } else if (line) opts.log?.(line);
      }
    };
    child.stdout.on('data', onOut);
    child.stderr.on('data', (c: Buffer) => {
      stderr += c.toString();
      if (stderr.length > 20_000) stderr = stderr.slice(-20_000);
    });
    child.once('error', (e) => reject(new LocalNeo4jError(`Could not start java: ${e.message}`)));
    child.once('exit', (code) => {
      if (code === 3 || stderr.includes('NEO4J_PORT_TAKEN')) reject(portTakenError(opts.port));
      else
        reject(
          new LocalNeo4jError(
            `The local Neo4j exited (code ${code}) before it was ready:\n${stderr.split('\n').slice(-15).join('\n')}`,
          ),
        );
    });
  });

  let exited = false;
  child.once('exit', () => (exited = true));
  return {
    uri: `bolt://127.0.0.1:${opts.port}`,
    version: ready.version,
    startMs: ready.startMs,
    process: child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (exited) return resolve();
        child.once('exit', () => resolve());
        // SIGTERM runs the JVM shutdown hook: a clean checkpoint, so data survives.
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 30_000).unref();
      }),
  };
}
