/**
 * `npm run bench:cold-start`: cold-start cost of the packaged Lambda handlers.
 *
 * Uses .serverless/<function>.zip (runs `npm run package` first when missing, or with --build),
 * extracts each zip, then in fresh `node` processes measures, several times:
 *   - load:  loading the handler module as Lambda does (require for CommonJS) (config, driver object, Apollo server created)
 *   - ready: load + the first response to `{ __typename }` (Apollo fully started; no Neo4j round trip)
 * The driver never connects: NEO4J_URI points at a closed port and no query touches the database.
 * Prints medians against the budget (ready < 250 ms, zip < 2 MB). --runs N (default 7); --source-maps
 * runs node with --enable-source-maps; --strict exits non-zero when over budget.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extractZip, formatMb, FUNCTIONS, isEntryOf, zipPath } from './lib/serverless.js';

const INIT_BUDGET_MS = 250;
const ZIP_BUDGET_BYTES = 2 * 1024 * 1024;

const args = process.argv.slice(2);
const runsArg = args.indexOf('--runs');
const RUNS = runsArg >= 0 ? Number(args[runsArg + 1]) : 7;
const root = process.cwd();

/** Runs in the fresh process: import the handler, then answer one request that needs no database. */
const PROBE = `
import { createRequire } from 'node:module';
const t0 = performance.now();
// As Lambda's Node runtime loads a handler: require() for CommonJS (no ESM named-export lexing),
// import() for ES modules.
const file = process.env.PROBE_MODULE;
const ns = file.endsWith('.mjs') ? await import(file) : createRequire(import.meta.url)(file);
const mod = ns.handler ? ns : ns.default;
const loaded = performance.now();
let ok;
if (process.env.PROBE_KIND === 'graphql') {
  const event = {
    version: '2.0', routeKey: 'POST /graphql', rawPath: '/graphql', rawQueryString: '',
    headers: { 'content-type': 'application/json' }, isBase64Encoded: false,
    requestContext: { http: { method: 'POST', path: '/graphql', protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'bench' }, requestId: 'bench' },
    body: JSON.stringify({ query: '{ __typename }' }),
  };
  const res = await mod.handler(event, { awsRequestId: 'bench', getRemainingTimeInMillis: () => 10000 });
  ok = res.statusCode === 200 && JSON.parse(res.body).data?.__typename === 'Query';
} else {
  const res = await mod.handler({ query: '{ __typename }' }, { awsRequestId: 'bench', getRemainingTimeInMillis: () => 10000 });
  ok = res.data?.__typename === 'Query';
}
const ready = performance.now();
process.stdout.write(JSON.stringify({ load: loaded - t0, ready: ready - t0, ok }));
process.exit(0);
`;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

const fmtMs = (n: number) => `${n.toFixed(0)} ms`;

/** Median load and ready times of `RUNS` fresh processes importing `module`. */
function measure(fn: string, module: string, cwd: string): { load: number; ready: number[] } {
  const samples: { load: number; ready: number }[] = [];
  // --source-maps: what `--param nodeOptions=--enable-source-maps` costs on Lambda.
  const flags = args.includes('--source-maps') ? ['--enable-source-maps'] : [];
  for (let i = 0; i < RUNS; i++) {
    const r = spawnSync(process.execPath, [...flags, '--input-type=module', '-e', PROBE], {
      cwd,
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH,
        PROBE_MODULE: module,
        PROBE_KIND: fn,
        // What Lambda sets, so the handlers take their Lambda code paths.
        AWS_LAMBDA_FUNCTION_NAME: `influence-graph-api-bench-${fn}`,
        NODE_ENV: 'production',
        LOG_LEVEL: 'warn',
        NEO4J_URI: 'bolt://127.0.0.1:9',
      },
    });
    const s = JSON.parse(r.stdout || '{}') as { load?: number; ready?: number; ok?: boolean };
    if (r.status !== 0 || !s.ok || s.load === undefined || s.ready === undefined) {
      throw new Error(`${fn}: probe failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
    }
    samples.push({ load: s.load, ready: s.ready });
  }
  return { load: median(samples.map((s) => s.load)), ready: samples.map((s) => s.ready) };
}

function main(): void {
  if (args.includes('--build') || FUNCTIONS.some((fn) => !existsSync(zipPath(fn)))) {
    console.log('Packaging (npm run package)…');
    const r = spawnSync('npm', ['run', '--silent', 'package'], { stdio: 'inherit', cwd: root });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
  const work = mkdtempSync(path.join(os.tmpdir(), 'influence-graph-cold-'));
  let over = false;
  try {
    const [load1] = os.loadavg();
    console.log(`\nCold start, ${RUNS} fresh node ${process.version} processes per function (medians):`);
    if (load1! / os.cpus().length > 0.5) {
      console.log(
        `(busy machine: load ${load1!.toFixed(1)} on ${os.cpus().length} CPUs — expect inflated times)`,
      );
    }
    console.log('\nfunction   zip        load      ready     min/max ready');
    for (const fn of FUNCTIONS) {
      const dir = path.join(work, fn);
      extractZip(zipPath(fn), dir);
      const lambdaDir = path.join(dir, 'src', 'lambda');
      const entry = readdirSync(lambdaDir).find((f) => isEntryOf(fn)(`src/lambda/${f}`));
      if (!entry) throw new Error(`${zipPath(fn)}: no src/lambda/${fn}.{js,cjs,mjs}`);
      const { load, ready } = measure(fn, path.join(lambdaDir, entry), dir);
      const zip = statSync(zipPath(fn)).size;
      const readyMedian = median(ready);
      over ||= readyMedian > INIT_BUDGET_MS || zip > ZIP_BUDGET_BYTES;
      console.log(
        `${fn.padEnd(10)} ${formatMb(zip).padEnd(10)} ${fmtMs(load).padEnd(9)} ${fmtMs(readyMedian).padEnd(9)} ` +
          `${fmtMs(Math.min(...ready))} / ${fmtMs(Math.max(...ready))}`,
      );
    }
    console.log(
      `\nBudget: ready < ${INIT_BUDGET_MS} ms, zip < ${formatMb(ZIP_BUDGET_BYTES)} — ` +
        `${over ? 'OVER BUDGET' : 'within budget'}.\n(On Lambda, add the runtime's own bootstrap.)`,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  if (over && args.includes('--strict')) process.exit(1);
}

main();
