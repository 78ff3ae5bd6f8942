/**
 * The hostile run: a production-mode server (`scripts/serve.ts`, NODE_ENV=production, a real secret,
 * no development tokens) in a child process, sent the hostile mix (./requests.ts) by a few
 * concurrent clients, while its resident memory is sampled from /proc. Reports what every kind of
 * request got (statuses and codes), the 5xx answers, whether the server survived, and its peak RSS.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../src/dev/local-neo4j.js';
import { hostileRequests, type HostileRequest } from './requests.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface HostileOptions {
  neo4jUri: string;
  requests: number;
  concurrency: number;
  seed: number;
  log?: (line: string) => void;
}

export interface HostileKindResult {
  kind: string;
  sent: number;
  /** "status code" → count, e.g. "400 GRAPHQL_VALIDATION_FAILED". */
  answers: Record<string, number>;
}

export interface HostileResult {
  requests: number;
  concurrency: number;
  seconds: number;
  serverErrors: number;
  /** Requests that got no HTTP answer at all (reset, refused). */
  noAnswer: number;
  crashed: boolean;
  aliveAfter: boolean;
  peakRssMb: number;
  baselineRssMb: number;
  kinds: HostileKindResult[];
}

function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : 0;
}

async function startServer(neo4jUri: string, port: number): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/serve.ts')], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      NEO4J_URI: neo4jUri,
      PORT: String(port),
      AUTH_JWT_SECRET: randomBytes(32).toString('hex'),
      LOG_LEVEL: 'error',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (c: Buffer) => (stderr = (stderr + c.toString()).slice(-5000)));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (c: Buffer) => {
      const m = /LISTENING (\S+)/.exec(c.toString());
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) =>
      reject(new Error(`the server exited (${code}) before listening:\n${stderr}`)),
    );
  });
  return { child, url };
}

/** One request; resolves with its status and the first error code of its body. */
function send(base: string, r: HostileRequest): Promise<{ status: number; code: string } | null> {
  return new Promise((resolve) => {
    const req = http.request(`${base}${r.path}`, {
      method: r.method,
      headers: r.chunkedBytes ? { ...r.headers, 'transfer-encoding': 'chunked' } : r.headers,
    });
    req.setTimeout(60_000, () => req.destroy());
    req.on('response', (res) => {
      let text = '';
      res.on('data', (c: Buffer) => {
        if (text.length < 4096) text += c.toString();
      });
      res.on('end', () => {
        const code = /"code":"([A-Z_]+)"/.exec(text)?.[1] ?? '-';
        resolve({ status: res.statusCode ?? 0, code });
      });
    });
    req.on('error', () => resolve(null));
    if (r.chunkedBytes) {
      const chunk = Buffer.alloc(64 * 1024, 'a');
      let sent = 0;
      const write = () => {
        while (sent < r.chunkedBytes!) {
          sent += chunk.length;
          if (!req.write(chunk)) return void req.once('drain', write);
        }
        req.end();
      };
      req.on('error', () => undefined);
      write();
    } else req.end(r.body);
  });
}

export async function runHostile(o: HostileOptions): Promise<HostileResult> {
  const log = o.log ?? (() => {});
  const { child, url } = await startServer(o.neo4jUri, await freePort());
  let crashed = false;
  child.once('exit', () => (crashed = true));
  try {
    const baselineRssMb = rssMb(child.pid!);
    let peakRssMb = baselineRssMb;
    const sampler = setInterval(() => {
      if (!crashed) peakRssMb = Math.max(peakRssMb, rssMb(child.pid!));
    }, 50);
    const requests = await hostileRequests(o.requests, o.seed);
    const kinds = new Map<string, HostileKindResult>();
    let serverErrors = 0;
    let noAnswer = 0;
    let next = 0;
    let done = 0;
    const started = performance.now();
    const worker = async () => {
      while (next < requests.length) {
        const r = requests[next++]!;
        const answer = await send(url, r);
        const k = kinds.get(r.kind) ?? { kind: r.kind, sent: 0, answers: {} };
        kinds.set(r.kind, k);
        k.sent += 1;
        const key = answer ? `${answer.status} ${answer.code}` : 'no answer';
        k.answers[key] = (k.answers[key] ?? 0) + 1;
        if (!answer) noAnswer += 1;
        else if (answer.status >= 500) serverErrors += 1;
        if (++done % 250 === 0)
          log(`  ${done}/${requests.length} requests, peak RSS ${peakRssMb.toFixed(0)} MB`);
      }
    };
    await Promise.all(Array.from({ length: o.concurrency }, worker));
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    const alive =
      !crashed && (await send(url, { kind: 'alive', method: 'GET', path: '/healthz', headers: {} }));
    return {
      requests: requests.length,
      concurrency: o.concurrency,
      seconds,
      serverErrors,
      noAnswer,
      crashed,
      aliveAfter: Boolean(alive && alive.status === 200),
      peakRssMb,
      baselineRssMb,
      kinds: [...kinds.values()],
    };
  } finally {
    child.kill('SIGTERM');
  }
}
