/** Command-line options of the bench scripts: node's parseArgs, then zod for types and messages. */
import { parseArgs } from 'node:util';
import { z } from 'zod';

type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;

/** Parses argv with `spec`, validates with `schema`; exits with a message naming the option. */
export function cliOptions<S extends z.ZodType>(spec: OptionSpec, schema: S, usage: string): z.infer<S> {
  let values: Record<string, unknown>;
  try {
    values = parseArgs({
      args: process.argv.slice(2),
      options: { ...spec, help: { type: 'boolean' } },
    }).values;
  } catch (e) {
    console.error(`${(e as Error).message}\n\n${usage}`);
    process.exit(2);
  }
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  const r = schema.safeParse(values);
  if (!r.success) {
    for (const i of r.error.issues) console.error(`--${i.path.join('.')}: ${i.message}`);
    console.error(`\n${usage}`);
    process.exit(2);
  }
  return r.data;
}

/** A positive integer given as text. */
export const count = (min = 1) => z.coerce.number().int().min(min);

/** Comma-separated words. */
export const wordList = z.string().transform((s) =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean),
);

/** Comma-separated positive integers (e.g. concurrency levels). */
export const intList = (max: number) =>
  wordList.transform((xs) => xs.map(Number)).pipe(z.array(z.number().int().min(1).max(max)).min(1));
