/**
 * Builds the explorer (explorer/ → explorer/dist/) with Vite, and knows when a build is stale: the
 * build records a hash of every local source file it bundled (from the bundle's own module list,
 * plus index.html, the Vite config and the versions of Vite and Cytoscape); `ensureExplorerBuilt`
 * rebuilds only when one of them changed. `npm start` and the end-to-end test call it.
 *
 * The build goes to a temporary directory (node_modules/.cache/) that then replaces dist/, so a server running meanwhile
 * (or a second build racing this one, from another test run in the same checkout) never serves a
 * half-written directory.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const EXPLORER_DIR = path.join(ROOT, 'explorer');
export const EXPLORER_DIST = path.join(EXPLORER_DIR, 'dist');
const STAMP = 'build-inputs.json';
const ALWAYS = [
  'explorer/index.html',
  'explorer/vite.config.ts',
  'node_modules/vite/package.json',
  'node_modules/cytoscape/package.json',
];

interface Stamp {
  builtAt: string;
  /** Repository-relative path → sha256 of its content. */
  inputs: Record<string, string>;
}

function hashFile(rel: string): string | null {
  const file = path.join(ROOT, rel);
  return existsSync(file) ? createHash('sha256').update(readFileSync(file)).digest('hex') : null;
}

/** Why the build must be redone, or null when explorer/dist/ matches its sources. */
export function explorerStaleness(dist = EXPLORER_DIST): string | null {
  if (!existsSync(path.join(dist, 'index.html'))) return 'no build yet';
  let stamp: Stamp;
  try {
    stamp = JSON.parse(readFileSync(path.join(dist, STAMP), 'utf8')) as Stamp;
  } catch {
    return 'the build records no inputs';
  }
  for (const [rel, hash] of Object.entries(stamp.inputs)) {
    if (hashFile(rel) !== hash) return `${rel} changed`;
  }
  return null;
}

export interface ExplorerBuild {
  ms: number;
  files: { name: string; bytes: number }[];
}

interface BundleOutput {
  output: ({ type: 'chunk'; moduleIds: string[] } | { type: 'asset' })[];
}

export async function buildExplorer(opts: { quiet?: boolean } = {}): Promise<ExplorerBuild> {
  const started = performance.now();
  const { build } = await import('vite');
  // Same filesystem as dist/ (rename is atomic there) and git-ignored, like Vite's own cache.
  const tmp = path.join(ROOT, 'node_modules', '.cache', `explorer-build-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  try {
    const result = (await build({
      configFile: path.join(EXPLORER_DIR, 'vite.config.ts'),
      logLevel: opts.quiet ? 'warn' : 'info',
      build: { outDir: tmp, emptyOutDir: true },
    })) as BundleOutput | BundleOutput[];
    const modules = (Array.isArray(result) ? result : [result])
      .flatMap((r) => r.output)
      .flatMap((o) => (o.type === 'chunk' ? o.moduleIds : []))
      .filter((id) => id.startsWith(ROOT) && !id.includes('/node_modules/'))
      .map((id) => path.relative(ROOT, id.split('?')[0] ?? id));
    const inputs: Record<string, string> = {};
    for (const rel of [...new Set([...ALWAYS, ...modules])].sort()) {
      const hash = hashFile(rel);
      if (hash) inputs[rel] = hash;
    }
    const stamp: Stamp = { builtAt: new Date().toISOString(), inputs };
    writeFileSync(path.join(tmp, STAMP), JSON.stringify(stamp, null, 2) + '\n');
    rmSync(EXPLORER_DIST, { recursive: true, force: true });
    try {
      renameSync(tmp, EXPLORER_DIST);
    } catch (e) {
      // Another build (a second test run in this checkout) put its dist/ in place first: keep it when
      // it matches the sources, as ours would.
      if (explorerStaleness() !== null) throw e;
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  const files = listFiles(EXPLORER_DIST);
  return { ms: Math.round(performance.now() - started), files };
}

function listFiles(dir: string, prefix = ''): { name: string; bytes: number }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory()
      ? listFiles(path.join(dir, d.name), `${prefix}${d.name}/`)
      : [{ name: `${prefix}${d.name}`, bytes: statSync(path.join(dir, d.name)).size }],
  );
}

/** Builds the explorer when its build is missing or stale; says what it did through `log`. */
export async function ensureExplorerBuilt(
  log: (line: string) => void = () => undefined,
): Promise<ExplorerBuild | null> {
  const reason = explorerStaleness();
  if (!reason) return null;
  log(`Building the explorer (${reason})…`);
  const b = await buildExplorer({ quiet: true });
  const total = b.files.filter((f) => !f.name.endsWith('.map')).reduce((n, f) => n + f.bytes, 0);
  log(`Explorer built in ${b.ms} ms (${(total / 1024).toFixed(0)} kB without source maps).`);
  return b;
}
