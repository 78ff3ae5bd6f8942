/**
 * A driver that reports every statement it runs (text and parameters) and otherwise behaves exactly
 * like the real one. The benchmark hands it to `startApp`, so PROFILE replays the product's own
 * queries with the parameters its resolvers actually built (no copy of them here), and to both
 * GraphQL servers to count the database round trips each request costs.
 */
import type { Driver, ManagedTransaction, Session, SessionConfig } from 'neo4j-driver';

export type QuerySink = (query: string, params: Record<string, unknown>) => void;

/** Property access on `target`, with methods bound to it (the driver's classes use private fields). */
function passThrough<T extends object>(target: T, prop: string | symbol): unknown {
  const value: unknown = Reflect.get(target, prop, target);
  return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
}

function recordingTx(tx: ManagedTransaction, sink: QuerySink): ManagedTransaction {
  return new Proxy(tx, {
    get(target, prop) {
      if (prop !== 'run') return passThrough(target, prop);
      return (query: string, params?: Record<string, unknown>) => {
        sink(query, params ?? {});
        return target.run(query, params);
      };
    },
  });
}

function recordingSession(session: Session, sink: QuerySink): Session {
  return new Proxy(session, {
    get(target, prop) {
      if (prop === 'run') {
        return (query: string, params?: Record<string, unknown>, config?: unknown) => {
          sink(query, params ?? {});
          return target.run(query, params, config as never);
        };
      }
      if (prop !== 'executeRead' && prop !== 'executeWrite') return passThrough(target, prop);
      return <T>(work: (tx: ManagedTransaction) => Promise<T> | T, config?: unknown) =>
        target[prop]((tx: ManagedTransaction) => work(recordingTx(tx, sink)), config as never);
    },
  });
}

export function recordingDriver(driver: Driver, sink: QuerySink): Driver {
  return new Proxy(driver, {
    get(target, prop) {
      if (prop === 'executeQuery') {
        return (query: string, params?: Record<string, unknown>, config?: unknown) => {
          sink(query, params ?? {});
          return target.executeQuery(query, params, config as never);
        };
      }
      if (prop !== 'session') return passThrough(target, prop);
      return (config?: SessionConfig) => recordingSession(target.session(config), sink);
    },
  });
}
