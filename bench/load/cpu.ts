/**
 * Where the load test's CPU goes: the time each process of the run spends on the CPU during one
 * level (this process, which serves the API or replays the statements; the embedded Neo4j; the load
 * generator), so a level's requests per second can be set against what 2 shared cores can give.
 */
import { readFileSync } from 'node:fs';

/** CPU milliseconds this process has used so far (user + system, all threads). */
export function selfCpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** Clock ticks per second of /proc/<pid>/stat; 100 on every Linux Node supports. */
const TICKS_PER_SECOND = 100;

/**
 * CPU milliseconds another process (all its threads) has used so far, from /proc/<pid>/stat: null
 * where there is no /proc (not Linux) or the process is gone.
 */
export function processCpuMs(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces: count fields after it.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const utime = Number(fields[11]);
    const stime = Number(fields[12]);
    return Number.isFinite(utime + stime) ? ((utime + stime) * 1000) / TICKS_PER_SECOND : null;
  } catch {
    return null;
  }
}

/** CPU milliseconds per request each process spent during one level. */
export interface LevelCpu {
  /** The API server (HTTP levels) or the replaying driver client (driver levels). */
  thisProcess: number;
  neo4j: number | null;
  /** autocannon's process (HTTP levels only). */
  loadGenerator: number | null;
}

/**
 * Counts CPU time from now, except between pause() and resume() (a level measured in two halves
 * around the other side's run); `done(requests, loadGeneratorMs)` gives the per-request split.
 */
export function cpuMeter(neo4jPid: number | undefined) {
  const neo4jNow = () => (neo4jPid === undefined ? null : processCpuMs(neo4jPid));
  let self = 0;
  let neo4j: number | null = 0;
  let since: { self: number; neo4j: number | null } | null = { self: selfCpuMs(), neo4j: neo4jNow() };
  const pause = () => {
    if (!since) return;
    self += selfCpuMs() - since.self;
    const n = neo4jNow();
    neo4j = neo4j === null || since.neo4j === null || n === null ? null : neo4j + n - since.neo4j;
    since = null;
  };
  return {
    pause,
    resume() {
      since ??= { self: selfCpuMs(), neo4j: neo4jNow() };
    },
    done(requests: number, loadGeneratorMs: number | null = null): LevelCpu {
      pause();
      const per = (ms: number) => Math.round((ms / Math.max(1, requests)) * 1000) / 1000;
      return {
        thisProcess: per(self),
        neo4j: neo4j === null ? null : per(neo4j),
        loadGenerator: loadGeneratorMs === null ? null : per(loadGeneratorMs),
      };
    },
  };
}
