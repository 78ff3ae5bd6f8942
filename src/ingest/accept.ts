/**
 * Accepting a reviewed file into data/: the article's text and entry, the new entities and the
 * article's facts go to their dataset files. The whole dataset is validated on a copy first (zod,
 * references, excerpts — exactly what `npm run load` checks); if anything is wrong, data/ is untouched.
 */
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse as parseYaml, stringify } from 'yaml';
import { DatasetError, readDataset } from '../data/dataset.js';
import { IngestInputError } from './errors.js';
import { ReviewFile } from './review.js';

export interface AcceptSummary {
  articleId: string;
  entities: number;
  relations: number;
  /** Of the NLP step's relation proposals: accepted (now relations, counted above) and left out. */
  proposalsAccepted: number;
  proposalsRejected: number;
  mentions: number;
  /** Files of data/ written, relative to it. */
  written: string[];
}

/**
 * Reads and validates a review file; errors name the field at fault. Returns the validated content
 * and the entries as the editor wrote them (what goes into data/, without filled-in defaults).
 */
export function readReviewFile(file: string): { review: ReviewFile; raw: RawReview } {
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new IngestInputError(`is not valid YAML: ${(e as Error).message.split('\n')[0]}`, file);
  }
  const parsed = ReviewFile.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `field "${i.path.join('.')}": ${i.message}`);
    throw new IngestInputError(`is not a valid review file:\n  - ${problems.join('\n  - ')}`, file);
  }
  return { review: parsed.data, raw: raw as RawReview };
}

/** The review file as written (valid: it passed ReviewFile). */
interface RawReview {
  article: object;
  entities: Record<string, object[] | undefined>;
  facts: { relations?: object[]; claims?: object[] };
  proposals?: Proposed[];
  proposedClaims?: Proposed[];
}
type Proposed = { accept: boolean; confidence?: number; rule?: string };

/** Proposals the editor accepted, as plain dataset entries. */
const accepted = (list: readonly Proposed[] = []) =>
  list.filter((p) => p.accept).map(({ accept: _a, confidence: _c, rule: _r, ...entry }) => entry);

/** The article's facts as they go into data/: its relations and claims plus the accepted proposals. */
function factsWithAccepted(raw: RawReview): object {
  return {
    ...raw.facts,
    relations: [...(raw.facts.relations ?? []), ...accepted(raw.proposals)],
    claims: [...(raw.facts.claims ?? []), ...accepted(raw.proposedClaims)],
  };
}

const YAML_STYLE = { lineWidth: 0, indentSeq: false } as const;

/** Appends YAML list entries to a dataset file that holds a top-level list. */
function appendEntries(file: string, entries: readonly object[]): void {
  if (!entries.length) return;
  const before = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const sep = before && !before.endsWith('\n') ? '\n' : '';
  writeFileSync(file, `${before}${sep}${stringify(entries, YAML_STYLE)}`);
}

function applyTo(dataDir: string, review: ReviewFile, raw: RawReview, text: string): string[] {
  const slug = review.article.id.slice('article:'.length);
  const written: string[] = [];
  const textFile = path.join(dataDir, review.article.file);
  if (existsSync(textFile))
    throw new IngestInputError(`${review.article.file} already exists in data/`, 'article.file');
  writeFileSync(textFile, text);
  written.push(review.article.file);
  appendEntries(path.join(dataDir, 'articles.yaml'), [raw.article]);
  written.push('articles.yaml');
  for (const [file, entries = []] of Object.entries(raw.entities ?? {})) {
    if (!entries.length) continue;
    appendEntries(path.join(dataDir, 'entities', file), entries);
    written.push(`entities/${file}`);
  }
  const factsFile = path.join('relations', `${slug}.yaml`);
  if (existsSync(path.join(dataDir, factsFile)))
    throw new IngestInputError(`data/${factsFile} already exists`, 'facts');
  writeFileSync(path.join(dataDir, factsFile), stringify(factsWithAccepted(raw), YAML_STYLE));
  written.push(factsFile);
  return written;
}

/**
 * Accepts `reviewFile` (its text is the .txt of the same name beside it) into `dataDir`, then moves
 * both into `<review dir>/accepted/`. Throws IngestInputError or DatasetError, writing nothing.
 */
export function acceptReview(reviewFile: string, dataDir: string): AcceptSummary {
  const { review, raw } = readReviewFile(reviewFile);
  if (!review.reviewed) {
    throw new IngestInputError('is not marked `reviewed: true`: review every entry first', reviewFile);
  }
  const textFile = reviewFile.replace(/\.ya?ml$/, '.txt');
  if (!existsSync(textFile))
    throw new IngestInputError(`has no article text beside it (${textFile})`, reviewFile);
  const text = readFileSync(textFile, 'utf8');

  // Validate the dataset as it would be, on a copy.
  const staging = mkdtempSync(path.join(os.tmpdir(), 'ingest-accept-'));
  try {
    // Review files are not part of the dataset: everything else is copied.
    cpSync(dataDir, staging, {
      recursive: true,
      filter: (src) => path.relative(dataDir, src).split(path.sep)[0] !== 'review',
    });
    const written = applyTo(staging, review, raw, text);
    try {
      readDataset(staging);
    } catch (e) {
      if (e instanceof DatasetError) {
        const problems = e.problems.map((p) => p.replaceAll(path.relative(process.cwd(), staging), 'data'));
        throw new DatasetError(problems);
      }
      throw e;
    }
    for (const f of written) {
      mkdirSync(path.dirname(path.join(dataDir, f)), { recursive: true });
      copyFileSync(path.join(staging, f), path.join(dataDir, f));
    }
    const accepted = path.join(path.dirname(reviewFile), 'accepted');
    mkdirSync(accepted, { recursive: true });
    renameSync(reviewFile, path.join(accepted, path.basename(reviewFile)));
    renameSync(textFile, path.join(accepted, path.basename(textFile)));
    return {
      articleId: review.article.id,
      entities: Object.values(review.entities).reduce((n, list) => n + list.length, 0),
      relations: review.facts.relations.length + review.proposals.filter((p) => p.accept).length,
      proposalsAccepted: review.proposals.filter((p) => p.accept).length,
      proposalsRejected: review.proposals.filter((p) => !p.accept).length,
      mentions: review.facts.mentions.length,
      written,
    };
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
