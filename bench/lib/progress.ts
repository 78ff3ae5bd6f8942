/** Progress bars that also log a line every 10 s when output is not a terminal (background runs). */
import { Writable } from 'node:stream';
import cliProgress from 'cli-progress';

/** `{rate}` is the caller's throughput payload (items per second so far). */
export function progressBar(label: string, unit: string, quiet = false): cliProgress.SingleBar {
  return new cliProgress.SingleBar(
    {
      format: `${label.padEnd(10)} {bar} {percentage}% | {value}/{total} ${unit} | {rate} ${unit}/s | eta {eta_formatted}`,
      hideCursor: !quiet,
      // Not a terminal (nohup, CI): print a plain line every 10 s instead of redrawing.
      noTTYOutput: !quiet,
      notTTYSchedule: 10_000,
      etaBuffer: 50,
      // Quiet (tests): a sink that is not a TTY, so nothing is drawn.
      stream: quiet ? new Writable({ write: (_c, _e, cb) => cb() }) : process.stdout,
    },
    cliProgress.Presets.shades_classic,
  );
}
