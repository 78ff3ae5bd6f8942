/**
 * One NLP worker for a long-running process (the local server): started, and the pipeline set up, on
 * the first ingestion that needs it, then kept until close(). If it cannot be had, every ingestion
 * is told why — once decided, not retried per request.
 */
import type { ParserOrReason, TextParserSource } from './parsed.js';
import { NlpUnavailableError, type NlpSetupOptions } from './setup.js';
import { NlpWorker } from './worker.js';

export class SharedNlpWorker implements TextParserSource {
  private started?: Promise<ParserOrReason>;

  constructor(private readonly opts: NlpSetupOptions = {}) {}

  get(): Promise<ParserOrReason> {
    this.started ??= NlpWorker.start(this.opts).catch((e: unknown) => {
      if (e instanceof NlpUnavailableError) return { unavailable: e.message };
      throw e;
    });
    return this.started;
  }

  async close(): Promise<void> {
    const p = await this.started?.catch(() => undefined);
    if (p instanceof NlpWorker) await p.close();
  }
}
