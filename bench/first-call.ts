/**
 * `npm run bench:first-call`: the first call of each journalist query after a server starts, with
 * and without the warm-up (src/graphql/warm-up.ts), next to its warm latency. Each round starts its
 * own server process (fresh JIT, fresh driver) after clearing Neo4j's query caches, on its own Neo4j
 * seeded with data/; the process times the first call of every query over HTTP, then five more
 * (warm). Reported per query: first-call p50 without warm-up, with warm-up, warm p50, and the
 * ratios; target: with warm-up, first call within 3× warm. Results: bench/results/first-call.{json,md}.
 *
 *   npm run bench:first-call -- [--rounds 5]
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { print } from 'graphql';
import neo4j from 'neo4j-driver';
import { loadConfig, localToolingEnv } from '../src/config.js';
import { loadDataset } from '../src/data/loader.js';
import { freePort, startLocalNeo4j } from '../src/dev/local-neo4j.js';
import * as ops from '../src/generated/operations.js';
import { GraphRepository } from '../src/graph/repository.js';
import { createDriver } from '../src/graph/driver.js';
import { createLogger } from '../src/logger.js';
import { startApp } from '../src/server/app.js';
import { finishMachineInfo, machineInfo } from './lib/machine.js';
import { percentile } from './lib/stats.js';

/** The journalist questions, as the typed SDK sends them, on the seed graph. */
const QUESTIONS: { name: string; query: string; variables: Record<string, unknown> }[] = [
  { name: 'search', query: print(ops.SearchOrSuggestDocument), variables: { text: 'benkiran' } },
  { name: 'passages', query: print(ops.PassagesDocument), variables: { text: 'excès de zèle' } },
  {
    name: 'event guests',
    query: print(ops.EventGuestsDocument),
    variables: { id: 'event:benkirane-influencers-lunch-2015-06-13' },
  },
  {
    name: 'event invitations',
    query: print(ops.EventInvitationsDocument),
    variables: { id: 'event:benkirane-influencers-lunch-2015-06-13' },
  },
  {
    name: 'invitations sent',
    query: print(ops.InvitationsDocument),
    variables: { id: 'person:abdelilah-benkirane' },
  },
  {
    name: 'amplifiers',
    query: print(ops.AmplifiersDocument),
    variables: { of: 'platform:les-createurs-de-possibles' },
  },
  { name: 'amplification (corpus)', query: print(ops.AmplificationDocument), variables: {} },
  {
    name: 'path',
    query: print(ops.ConnectionDocument),
    variables: { from: 'person:loubna-el-meskine', to: 'org:pjd' },
  },
  { name: 'neighbourhood', query: print(ops.NeighbourhoodDocument), variables: { id: 'org:pjd', depth: 2 } },
  {
    name: 'timeline',
    query: print(ops.TimelineDocument),
    variables: { id: 'person:nathalie-kosciusko-morizet' },
  },
  {
    name: 'timeline (corpus)',
    query: print(ops.CorpusTimelineDocument),
    variables: { when: { since: '2010-01', until: '2010-01', includeUndated: false } },
  },
  { name: 'articles mentioning', query: print(ops.ArticlesMentioningDocument), variables: { id: 'org:pjd' } },
  { name: 'articles (all)', query: print(ops.ArticlesDocument), variables: { filter: { language: 'fr' } } },
  {
    name: 'events',
    query: print(ops.EventsDocument),
    variables: { when: { since: '2010', until: '2010', includeUndated: false } },
  },
  {
    name: 'claims',
    query: print(ops.ClaimsDocument),
    variables: { about: 'platform:les-createurs-de-possibles' },
  },
];

const WARM_CALLS = 5;

type Sample = { name: string; first: number; warm: number[]; errors: number };

/** In a child process: start the server, warm it up or not, time every question. */
async function child(uri: string, warmUp: boolean): Promise<void> {
  const config = loadConfig({ ...localToolingEnv(), NEO4J_URI: uri, WARM_UP: String(warmUp) });
  const app = await startApp(config, createLogger('silent'), { port: 0, warmUp });
  await app.warmedUp;
  const call = async (q: (typeof QUESTIONS)[number]) => {
    const t = performance.now();
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: q.query, variables: q.variables }),
    });
    const body = (await res.json()) as { errors?: unknown[] };
    return { ms: performance.now() - t, error: !res.ok || Boolean(body.errors?.length) };
  };
  const samples: Sample[] = [];
  for (const q of QUESTIONS) {
    const first = await call(q);
    const warm: number[] = [];
    let errors = first.error ? 1 : 0;
    for (let i = 0; i < WARM_CALLS; i++) {
      const r = await call(q);
      warm.push(r.ms);
      if (r.error) errors++;
    }
    samples.push({ name: q.name, first: first.ms, warm, errors });
  }
  process.stdout.write(`RESULT ${JSON.stringify(samples)}\n`);
  await app.close();
}

function runChild(uri: string, warmUp: boolean): Promise<Sample[]> {
  return new Promise((resolve, reject) => {
    const p = spawn(
      process.execPath,
      ['--import', 'tsx', 'bench/first-call.ts', '--child', uri, String(warmUp)],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let out = '';
    p.stdout.on('data', (d: Buffer) => (out += d.toString()));
    p.on('error', reject);
    p.on('close', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('RESULT '));
      if (code !== 0 || !line) return reject(new Error(`server process exited ${code}: ${out.slice(-500)}`));
      resolve(JSON.parse(line.slice(7)) as Sample[]);
    });
  });
}

const p50 = (xs: number[]) =>
  percentile(
    [...xs].sort((a, b) => a - b),
    50,
  );
const r1 = (x: number) => Math.round(x * 10) / 10;

async function main(): Promise<void> {
  const rounds = Number(process.argv[process.argv.indexOf('--rounds') + 1] || 5) || 5;
  const machine = machineInfo();
  const db = await startLocalNeo4j({
    port: await freePort(),
    dataDir: '.neo4j/bench/first-call',
    fresh: true,
  });
  try {
    const config = loadConfig({ ...localToolingEnv(), NEO4J_URI: db.uri });
    const driver = createDriver(config);
    await loadDataset(
      new GraphRepository(driver, config.NEO4J_DATABASE).runner,
      path.resolve('data'),
      () => {},
    );
    const clearCaches = async () => {
      const s = driver.session({ database: config.NEO4J_DATABASE, defaultAccessMode: neo4j.session.WRITE });
      try {
        await s.run('CALL db.clearQueryCaches()');
      } finally {
        await s.close();
      }
    };
    const cold: Sample[][] = [];
    const warmed: Sample[][] = [];
    for (let i = 0; i < rounds; i++) {
      for (const warmUp of [false, true]) {
        await clearCaches();
        (warmUp ? warmed : cold).push(await runChild(db.uri, warmUp));
        console.log(`round ${i + 1}/${rounds} ${warmUp ? 'with' : 'without'} warm-up done`);
      }
    }
    await driver.close();
    const rows = QUESTIONS.map((q) => {
      const of = (runs: Sample[][]) => runs.map((r) => r.find((s) => s.name === q.name)!);
      const coldFirst = p50(of(cold).map((s) => s.first));
      const warmedFirst = p50(of(warmed).map((s) => s.first));
      const warm = p50([...of(cold), ...of(warmed)].flatMap((s) => s.warm));
      const errors = [...of(cold), ...of(warmed)].reduce((n, s) => n + s.errors, 0);
      return {
        name: q.name,
        coldFirst: r1(coldFirst),
        warmedFirst: r1(warmedFirst),
        warm: r1(warm),
        coldRatio: r1(coldFirst / warm),
        warmedRatio: r1(warmedFirst / warm),
        errors,
      };
    });
    const met = rows.every((r) => r.warmedRatio <= 3);
    const m = finishMachineInfo(machine);
    const md = [
      '# First call after start, with and without warm-up (`npm run bench:first-call`)',
      '',
      `Measured ${new Date().toISOString()} on ${m.cpus} × ${m.cpuModel}, ${m.memoryGiB} GiB, ${m.platform}, Node ${m.node}; Neo4j ${db.version}. Load average ${m.loadAverage.start} → ${m.loadAverage.end}. ${rounds} rounds; each a fresh server process after db.clearQueryCaches(); warm = p50 of the ${WARM_CALLS} calls after the first, both modes. Milliseconds over HTTP.`,
      '',
      '| question | first call, no warm-up (p50) | first call, warmed up (p50) | warm (p50) | no warm-up ÷ warm | warmed up ÷ warm | errors |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      ...rows.map(
        (r) =>
          `| ${r.name} | ${r.coldFirst} | ${r.warmedFirst} | ${r.warm} | ${r.coldRatio}× | ${r.warmedRatio}× | ${r.errors} |`,
      ),
      `| first call warmed up ≤ 3× warm | ${
        rows
          .filter((r) => r.warmedRatio > 3)
          .map((r) => `${r.name} ${r.warmedRatio}×`)
          .join(', ') || 'every question'
      } | | | | | ${met ? 'met' : 'missed'} |`,
      '',
    ].join('\n');
    mkdirSync('bench/results', { recursive: true });
    writeFileSync(
      'bench/results/first-call.json',
      `${JSON.stringify({ machine: m, rounds, rows }, null, 2)}\n`,
    );
    writeFileSync('bench/results/first-call.md', md);
    console.log(md);
  } finally {
    await db.stop();
  }
}

if (process.argv[2] === '--child') await child(process.argv[3]!, process.argv[4] === 'true');
else await main();
