/**
 * `npm run ingest -- <file-or-folder>… [--title T] [--url U] [--language fr|en|ar] [--review-dir D]`
 *
 * Ingests plain-text or HTML articles: stores each new article with the mentions of known entities it
 * names (re-ingesting the same text changes nothing), and writes a review file per new article with
 * the unknown names and the relations it proposes (data/review/<slug>.yaml + .txt). Relations come
 * from the French NLP pipeline, set up on first use in .nlp/venv; without Python the run goes on and
 * says relations were not proposed. Then: edit, `npm run ingest:accept`, `npm run load`. A file that
 * cannot be read as an article is reported and skipped, writing nothing.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { ConfigError, loadConfig } from '../src/config.js';
import { createDriver } from '../src/graph/driver.js';
import { INGEST_ORIGIN, IngestRepository } from '../src/graph/ingest-repository.js';
import { GraphRepository } from '../src/graph/repository.js';
import { ArticleOptions } from '../src/ingest/article.js';
import { decodeText } from '../src/ingest/decode.js';
import { IngestInputError } from '../src/ingest/errors.js';
import { SharedNlpWorker } from '../src/ingest/nlp/shared-worker.js';
import { Gazetteer, ingest, type IngestOutcome } from '../src/ingest/pipeline.js';
import { withLocalNeo4j } from './lib/with-neo4j.js';

const ARTICLE_FILE = /\.(txt|text|html?|xhtml)$/i;

const usage = `Usage: npm run ingest -- <file-or-folder>… [options]

  Plain text (.txt) or HTML (.html) files; folders are searched recursively.

  --title <t>        title of the article (one file only; default: from the file)
  --url <u>          where the article was published (one file only)
  --language <l>     fr, en or ar (default: detected)
  --review-dir <d>   where review files go (default: data/review)
  --origin <o>       tag for what this run writes (default: ${INGEST_ORIGIN})
  --isolated         count as "already ingested" only articles of --origin (trial runs)
  --no-relations     do not start the NLP pipeline (names only, no relation proposals)
`;

function filesIn(target: string): string[] {
  const stat = statSync(target, { throwIfNoEntry: false });
  if (!stat) throw new IngestInputError('does not exist', target);
  if (stat.isFile()) return [target];
  return readdirSync(target, { withFileTypes: true })
    .filter((d) => !d.name.startsWith('.'))
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((d) => {
      const p = path.join(target, d.name);
      return d.isDirectory() ? filesIn(p) : ARTICLE_FILE.test(d.name) ? [p] : [];
    });
}

interface Failure {
  file: string;
  message: string;
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      title: { type: 'string' },
      url: { type: 'string' },
      language: { type: 'string' },
      'review-dir': { type: 'string', default: path.join('data', 'review') },
      origin: { type: 'string', default: INGEST_ORIGIN },
      isolated: { type: 'boolean', default: false },
      'no-relations': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help || !positionals.length) {
    console.log(usage);
    return positionals.length || values.help ? 0 : 2;
  }
  const options = ArticleOptions.safeParse({
    title: values.title,
    url: values.url,
    language: values.language,
  });
  if (!options.success) {
    const i = options.error.issues[0];
    console.error(`--${String(i?.path[0])}: ${i?.message}`);
    return 2;
  }
  const files = positionals.flatMap(filesIn);
  if (!files.length) {
    console.error('No .txt or .html files found in the given paths.');
    return 2;
  }
  if (files.length > 1 && (values.title || values.url)) {
    console.error('--title and --url apply to one file; several were given.');
    return 2;
  }

  const config = loadConfig();
  const reviewDir = path.resolve(values['review-dir']);
  const by = `cli:${os.userInfo().username}`;
  const outcomes: { file: string; outcome: IngestOutcome; review?: string; seconds: number }[] = [];
  const failures: Failure[] = [];

  // The NLP worker: set up on first use (one message) and started once, by the first French article.
  const nlp = values['no-relations']
    ? { get: () => Promise.resolve({ unavailable: '--no-relations was given' }) }
    : new SharedNlpWorker();

  try {
    await withLocalNeo4j(config, async () => {
      const driver = createDriver(config);
      try {
        const repo = new IngestRepository(new GraphRepository(driver, config.NEO4J_DATABASE).runner);
        const gazetteer = new Gazetteer(await repo.knownEntities());
        console.log(
          `${gazetteer.known.length} known entities to look for; ${files.length} file(s) to ingest.`,
        );
        const bar = new cliProgress.SingleBar(
          {
            format: 'ingest {bar} {value}/{total} | {file}',
            noTTYOutput: true,
            notTTYSchedule: 5_000,
            hideCursor: true,
          },
          cliProgress.Presets.shades_classic,
        );
        bar.start(files.length, 0, { file: '' });
        for (const file of files) {
          const rel = path.relative(process.cwd(), file);
          bar.update({ file: rel });
          try {
            const started = performance.now();
            const text = decodeText(readFileSync(file), 'file');
            const outcome = await ingest(
              repo,
              { ...options.data, text, source: path.basename(file) },
              { origin: values.origin, dedupe: values.isolated ? 'origin' : 'graph', by },
              gazetteer,
              nlp,
            );
            let review: string | undefined;
            if (outcome.review) {
              mkdirSync(reviewDir, { recursive: true });
              const slug = outcome.articleId.slice('article:'.length);
              review = path.join(reviewDir, `${slug}.yaml`);
              writeFileSync(review, outcome.review.yaml);
              writeFileSync(path.join(reviewDir, `${slug}.txt`), outcome.article.text);
            }
            outcomes.push({
              file: rel,
              outcome,
              ...(review ? { review } : {}),
              seconds: (performance.now() - started) / 1000,
            });
          } catch (e) {
            if (!(e instanceof IngestInputError)) throw e;
            const what = e.field === 'file' || e.field === 'text' ? 'the file' : `"${e.field}"`;
            failures.push({ file: rel, message: `${what} ${e.message}` });
          }
          bar.increment();
        }
        bar.stop();
      } finally {
        await driver.close();
      }
    });
  } finally {
    if (nlp instanceof SharedNlpWorker) await nlp.close();
  }

  // Summary.
  const created = outcomes.filter((o) => o.outcome.status === 'created');
  const unchanged = outcomes.filter((o) => o.outcome.status === 'unchanged');
  const mentions = created.reduce((n, o) => n + o.outcome.mentionsWritten, 0);
  const entities = new Set(created.flatMap((o) => o.outcome.linked.mentions.map((m) => m.entityId)));
  const candidates = created.flatMap((o) => o.outcome.candidates);
  const byKind = (kind: string) => candidates.filter((c) => c.kind === kind).length;
  console.log('');
  for (const file of files.map((f) => path.relative(process.cwd(), f))) {
    const o = outcomes.find((x) => x.file === file);
    const f = failures.find((x) => x.file === file);
    if (o?.outcome.status === 'created') {
      console.log(
        `new        ${o.file} → ${o.outcome.articleId}: ${o.outcome.mentionsWritten} mentions of ` +
          `${new Set(o.outcome.linked.mentions.map((m) => m.entityId)).size} known entities, ` +
          `${o.outcome.candidates.length} candidates, ` +
          (o.outcome.nlp.proposed
            ? `${o.outcome.relations.length} relation proposals`
            : 'relations not proposed') +
          ` → ${path.relative(process.cwd(), o.review ?? '')} (${o.seconds.toFixed(2)} s)`,
      );
    } else if (o) console.log(`unchanged  ${o.file} (already in the graph as ${o.outcome.articleId})`);
    else if (f) console.log(`failed     ${f.file}: ${f.message} (nothing written)`);
  }
  console.log('');
  console.table({
    'articles new': created.length,
    'articles unchanged': unchanged.length,
    'files failed': failures.length,
    'mentions linked': mentions,
    'known entities mentioned': entities.size,
    'candidates (people)': byKind('Person'),
    'candidates (organisations)': byKind('Organization'),
    'candidates (accounts)': byKind('Account'),
    'candidates (websites)': byKind('Platform'),
    'candidates (events)': byKind('Event'),
    'candidates (places)': byKind('Place'),
    'relation proposals': created.some((o) => o.outcome.nlp.proposed)
      ? created.reduce((n, o) => n + o.outcome.relations.length, 0)
      : 'not proposed',
  });
  const models = [...new Set(created.map((o) => o.outcome.nlp.model).filter(Boolean))];
  if (models.length) console.log(`Relations proposed with ${models.join(', ')}.`);
  const notes = [...new Set(created.filter((o) => !o.outcome.nlp.proposed).map((o) => o.outcome.nlp.note))];
  for (const note of notes) console.log(`Relations not proposed: ${note}`);
  if (created.length) {
    console.log(
      `Review the files in ${path.relative(process.cwd(), reviewDir) || '.'}/, set \`reviewed: true\`, then ` +
        '`npm run ingest:accept -- <file>` and `npm run load`.',
    );
  }
  return failures.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    if (
      e instanceof ConfigError ||
      e instanceof IngestInputError ||
      (e as Error).name === 'LocalNeo4jError'
    ) {
      console.error(e instanceof IngestInputError ? `${e.field}: ${e.message}` : (e as Error).message);
      process.exit(1);
    }
    throw e;
  },
);
