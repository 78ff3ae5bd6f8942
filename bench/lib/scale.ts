/**
 * Benchmark scales. A scale is a fraction of the `large` graph (100k people, 1M accounts, 5M
 * AMPLIFIES); named presets cover CI (`tiny`) up to `large`. Each scale gets its own Neo4j data
 * directory and memory settings, so a small run never wipes the large graph.
 */
import { z } from 'zod';

export const PRESETS = { tiny: 0.001, small: 0.01, medium: 0.1, large: 1 } as const;
export type PresetName = keyof typeof PRESETS;

export interface Scale {
  /** Preset name, or the fraction written as text (`0.05`). */
  name: string;
  fraction: number;
}

export const ScaleArg = z
  .string()
  .trim()
  .transform((s, ctx): Scale => {
    if (s in PRESETS) return { name: s, fraction: PRESETS[s as PresetName] };
    const f = Number(s);
    if (!Number.isFinite(f) || f <= 0 || f > 2) {
      ctx.addIssue({
        code: 'custom',
        message: `must be one of ${Object.keys(PRESETS).join(', ')} or a fraction of "large" in (0, 2]`,
      });
      return z.NEVER;
    }
    const preset = Object.entries(PRESETS).find(([, v]) => v === f);
    return { name: preset ? preset[0] : String(f), fraction: f };
  });

export interface Counts {
  parties: number;
  leadersPerParty: number;
  /** All people, leaders included (leaders are people 0 … parties × leadersPerParty − 1). */
  people: number;
  media: number;
  platforms: number;
  places: number;
  accounts: number;
  amplifies: number;
  events: number;
  articles: number;
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, Math.round(x)));

export function countsFor(scale: Scale): Counts {
  const f = scale.fraction;
  const root = Math.sqrt(f);
  const parties = clamp(40 * root, 3, 40);
  return {
    parties,
    leadersPerParty: 5,
    people: Math.max(parties * 5 + 50, Math.round(100_000 * f)),
    media: clamp(50 * root, 2, 50),
    platforms: 8,
    places: clamp(60 * root, 5, 60),
    accounts: Math.max(200, Math.round(1_000_000 * f)),
    amplifies: Math.max(1_000, Math.round(5_000_000 * f)),
    events: Math.max(10, Math.round(5_000 * f)),
    articles: Math.max(10, Math.round(10_000 * f)),
  };
}

/** Neo4j memory for a scale: the large graph's store (~4 GB) should fit in the page cache. */
export function memoryFor(scale: Scale): { pageCacheMb: number; heap: string } {
  const f = scale.fraction;
  if (f >= 0.5) return { pageCacheMb: 6144, heap: '4g' };
  if (f >= 0.05) return { pageCacheMb: 2048, heap: '2g' };
  if (f >= 0.005) return { pageCacheMb: 512, heap: '1g' };
  return { pageCacheMb: 256, heap: '768m' };
}
