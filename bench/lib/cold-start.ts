/**
 * Cold start of the bundled Lambda handlers, measured by the project's own `npm run bench:cold-start`
 * (fresh Node processes; packages the bundles first when missing). Its table is parsed into rows;
 * when the script is absent or its output changes shape, the result says so instead of guessing.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface ColdStartRow {
  function: string;
  zip: string;
  loadMs: number;
  readyMs: number;
  cpuMs: number;
}

export interface ColdStartResult {
  status: 'measured' | 'unavailable' | 'failed' | 'skipped';
  detail?: string;
  runs?: number;
  rows?: ColdStartRow[];
  /** The script's own verdict line (budget). */
  verdict?: string;
}

const ROW = /^(\w+)\s+([\d.]+\s*[kKMG]?B)\s+(\d+) ms\s+(\d+) ms\s+(\d+) ms/;

export function parseColdStart(output: string): { rows: ColdStartRow[]; verdict?: string } {
  const rows: ColdStartRow[] = [];
  for (const line of output.split('\n')) {
    const m = ROW.exec(line.trim());
    if (m) {
      rows.push({
        function: m[1] as string,
        zip: m[2] as string,
        loadMs: Number(m[3]),
        readyMs: Number(m[4]),
        cpuMs: Number(m[5]),
      });
    }
  }
  const verdict = output.split('\n').find((l) => l.startsWith('Budget:'));
  return { rows, verdict: verdict?.trim() };
}

/** Median of 7 fresh processes by default, as the cold-start budget is stated (and as `npm run bench:cold-start` runs). */
export function measureColdStart(runs = 7, root = process.cwd()): ColdStartResult {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    scripts?: Record<string, string>;
  };
  if (!pkg.scripts?.['bench:cold-start']) {
    return { status: 'unavailable', detail: 'no `bench:cold-start` script in package.json' };
  }
  const r = spawnSync('npm', ['run', '--silent', 'bench:cold-start', '--', '--runs', String(runs)], {
    cwd: root,
    encoding: 'utf8',
    timeout: 10 * 60_000,
  });
  const output = `${r.stdout ?? ''}`;
  if (r.status !== 0) {
    return {
      status: 'failed',
      detail: `exit ${r.status}: ${(r.stderr ?? '').trim().split('\n').slice(-3).join(' ')}`,
    };
  }
  const { rows, verdict } = parseColdStart(output);
  if (!rows.length) return { status: 'failed', detail: `unrecognised output: ${output.slice(0, 300)}` };
  return { status: 'measured', runs, rows, verdict };
}
