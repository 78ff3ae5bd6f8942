/**
 * Fail fast while Neo4j is away: a circuit breaker per driver. The first request that finds the
 * database unreachable pays the driver's own retry time (NEO4J_MAX_RETRY_TIME_MS); it opens the
 * circuit, and until a background probe reaches the database again every request is refused at once
 * with DatabaseUnavailableError (SERVICE_UNAVAILABLE), instead of each waiting seconds for the same
 * answer. The probe runs on an unref'd timer, so it never keeps a process (or a Lambda) alive.
 */
import { EventEmitter } from 'node:events';
import { Neo4jError, type Driver } from 'neo4j-driver';

/** Driver error codes that mean "cannot reach the database", not "the query was wrong". */
const UNREACHABLE = new Set(['ServiceUnavailable', 'SessionExpired']);

/** Transient errors of writers contending for locks: the database is up, the breaker stays shut. */
const CONTENTION = /DeadlockDetected|LockClientStopped|LockAcquisitionTimeout/;

export function isUnreachable(e: unknown): boolean {
  return (
    e instanceof DatabaseUnavailableError ||
    (e instanceof Neo4jError &&
      (UNREACHABLE.has(e.code) || (e.retriable && !isTimeout(e) && !CONTENTION.test(e.code))))
  );
}

/** Neo4j stopped a transaction at its timeout (the request's deadline, passed as the tx timeout). */
export function isTimeout(e: unknown): boolean {
  return e instanceof Neo4jError && /TransactionTimedOut/.test(e.code);
}

export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
  constructor() {
    super('Neo4j is unreachable (circuit open until a probe reaches it again)');
  }
}

export interface BreakerOptions {
  /** Pause between probes while the circuit is open. */
  probeMs: number;
  database: string;
}

export class CircuitBreaker extends EventEmitter {
  private open = false;
  private probing = false;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly driver: Driver,
    private readonly options: BreakerOptions,
  ) {
    super();
  }

  get isOpen(): boolean {
    return this.open;
  }

  /** Throws at once while the circuit is open. */
  check(): void {
    if (this.open) throw new DatabaseUnavailableError();
  }

  /** Records the outcome of a database call: an unreachable database opens the circuit. */
  failed(e: unknown): void {
    if (!isUnreachable(e) || this.open) return;
    this.open = true;
    this.emit('open');
    this.schedule();
  }

  /** Resolves when the circuit is closed (at once if it is), for callers that must wait for it. */
  whenClosed(): Promise<void> {
    return this.open ? new Promise((resolve) => this.once('close', resolve)) : Promise.resolve();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.probe(), this.options.probeMs);
    this.timer.unref();
  }

  private async probe(): Promise<void> {
    if (!this.open || this.probing) return;
    this.probing = true;
    try {
      await this.driver.verifyConnectivity({ database: this.options.database });
      this.open = false;
      this.emit('close');
    } catch {
      this.schedule();
    } finally {
      this.probing = false;
    }
  }

  /** Stops probing (the driver is being closed). */
  dispose(): void {
    clearTimeout(this.timer);
  }
}

const breakers = new WeakMap<Driver, CircuitBreaker>();

/** The breaker of a driver: one per driver, shared by every request that uses it. */
export function breakerFor(driver: Driver, database: string, probeMs = 250): CircuitBreaker {
  let b = breakers.get(driver);
  if (!b) {
    b = new CircuitBreaker(driver, { probeMs, database });
    breakers.set(driver, b);
  }
  return b;
}
