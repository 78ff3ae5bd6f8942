/**
 * `npm run ingest:eval [-- --verbose]`: how well ingestion links mentions, measured on the five curated
 * articles. Each article's raw text goes through the same linker as `npm run ingest`, with the curated
 * entities as the known ones, and is compared with the article's curated MENTIONS (precision / recall
 * over the set of entities mentioned). No database is needed.
 *
 * Settings:
 * - graph:  every curated entity is known (as when re-ingesting into this graph). Optimistic: the
 *           aliases were written from these very articles.
 * - actors: the same run, counting only named people and organisations.
 * - cold:   only entities some *other* article establishes are known; the rest are new names the
 *           article should propose as candidates ("new names proposed": people and organisations).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readDataset } from '../src/data/dataset.js';
import { editDistance, foldName } from '../src/data/names.js';
import { curatedMentions, knownFromDataset, scoreLinking, type LinkScore } from '../src/ingest/evaluate.js';
import { NlpUnavailableError } from '../src/ingest/nlp/setup.js';
import { NlpWorker } from '../src/ingest/nlp/worker.js';
import { analyse, Gazetteer } from '../src/ingest/pipeline.js';
import {
  evaluateHeldOut,
  scoreTypes,
  TARGET_TYPES,
  type HeldOutResult,
} from '../src/ingest/relations/evaluate.js';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: 'data' },
    verbose: { type: 'boolean', short: 'v', default: false },
  },
});
const ds = readDataset(path.resolve(values.data));
const known = knownFromDataset(ds);
const full = new Gazetteer(known);
const anonymous = new Set(ds.entities.filter((e) => e.props.anonymous === true).map((e) => e.id));
const isActor = (id: string) => /^(person|org):/.test(id) && !anonymous.has(id);
const pct = (x: number) => `${(100 * x).toFixed(0)}%`;

interface Row {
  article: string;
  setting: 'graph' | 'actors' | 'cold';
  score: LinkScore;
  newNames?: string;
}
const rows: Row[] = [];
for (const a of ds.articles) {
  const gold = curatedMentions(ds, a.id);
  const found = analyse(a, full).linked.mentions.map((m) => m.entityId);
  rows.push({ article: a.id, setting: 'graph', score: scoreLinking(found, gold) });
  rows.push({
    article: a.id,
    setting: 'actors',
    score: scoreLinking(found.filter(isActor), [...gold].filter(isActor)),
  });

  // Cold: entities only this article establishes are unknown to the linker.
  const elsewhere = new Set(
    ds.entities.filter((e) => e.evidence.some((ev) => ev.article !== a.id)).map((e) => e.id),
  );
  const cold = analyse(a, new Gazetteer(known.filter((e) => elsewhere.has(e.id))));
  const newNamed = ds.entities.filter((e) => gold.has(e.id) && !elsewhere.has(e.id) && isActor(e.id));
  const proposed = newNamed.filter((e) =>
    cold.candidates.some((c) =>
      [e.name, ...e.aliases].some((n) => editDistance(foldName(n), foldName(c.name), 2) <= 2),
    ),
  );
  rows.push({
    article: a.id,
    setting: 'cold',
    score: scoreLinking(
      cold.linked.mentions.map((m) => m.entityId),
      [...gold].filter((id) => elsewhere.has(id)),
    ),
    newNames: `${proposed.length}/${newNamed.length}`,
  });

  if (values.verbose) {
    console.log(a.id);
    for (const r of rows.slice(-3)) {
      console.log(`  ${r.setting.padEnd(6)} missed ${r.score.missed.join(' ') || '-'}`);
      console.log(`  ${r.setting.padEnd(6)} extra  ${r.score.extra.join(' ') || '-'}`);
    }
    console.log(`  cold   candidates ${cold.candidates.map((c) => c.name).join(' | ') || '-'}`);
    const notProposed = newNamed.filter((e) => !proposed.includes(e)).map((e) => e.name);
    console.log(`  cold   new names not proposed ${notProposed.join(' | ') || '-'}`);
  }
}

console.table(
  rows.map((r) => ({
    article: r.article.replace(/^article:/, ''),
    setting: r.setting,
    curated: r.score.gold,
    linked: r.score.found,
    correct: r.score.truePositives,
    precision: pct(r.score.precision),
    recall: pct(r.score.recall),
    'new names proposed': r.newNames ?? '',
  })),
);
for (const setting of ['graph', 'actors', 'cold'] as const) {
  const s = rows.filter((r) => r.setting === setting).map((r) => r.score);
  const tp = s.reduce((n, x) => n + x.truePositives, 0);
  const found = s.reduce((n, x) => n + x.found, 0);
  const gold = s.reduce((n, x) => n + x.gold, 0);
  console.log(
    `${setting.padEnd(6)} overall (micro): precision ${pct(tp / found)}, recall ${pct(tp / gold)} ` +
      `(${tp} of ${gold} curated found, ${found} linked)`,
  );
}

// ——— Relation proposals and NER, leave-one-article-out (src/ingest/relations/evaluate.ts) ———

console.log('\nRelation proposals, leave-one-article-out (type + both ends, as sets of pairs):');
let worker: NlpWorker;
try {
  worker = await NlpWorker.start();
} catch (e) {
  if (!(e instanceof NlpUnavailableError)) throw e;
  console.error(`Relations not evaluated: ${e.message}`);
  process.exit(1);
}
const results: HeldOutResult[] = [];
const timings: number[] = [];
try {
  for (const a of ds.articles) {
    const started = performance.now();
    const parse = await worker.parse(a.text);
    results.push(evaluateHeldOut(ds, a.id, parse));
    timings.push(performance.now() - started);
  }
} finally {
  await worker.close();
}
const byType = scoreTypes(results, TARGET_TYPES);
const others = [...new Set(results.flatMap((r) => [...r.gold, ...r.proposed].map((k) => k.split('|')[0]!)))]
  .filter((t) => !TARGET_TYPES.includes(t as never))
  .sort();
console.table(
  [
    ...byType,
    ...scoreTypes(results, others).slice(0, -1),
    scoreTypes(results, [...TARGET_TYPES, ...others]).pop()!,
  ].map((s, i) => ({
    type:
      i === byType.length - 1
        ? 'overall (9 target types)'
        : s.type === 'overall'
          ? 'overall (all types)'
          : s.type,
    curated: s.gold,
    proposed: s.proposed,
    correct: s.correct,
    precision: s.proposed ? pct(s.precision) : '-',
    recall: s.gold ? pct(s.recall) : '-',
  })),
);
const actors = results.reduce((n, r) => n + r.actors.length, 0);
const found = results.reduce((n, r) => n + r.actorsFound.size, 0);
const ner = results.reduce((n, r) => n + r.actorsByNer.size, 0);
console.log(
  `Named people and organisations (curated MENTIONS written with a proper name): ${actors}; ` +
    `found by ingestion (linked or proposed) ${found} = ${pct(found / actors)}; ` +
    `written where spaCy's NER tags an entity ${ner} = ${pct(ner / actors)}.`,
);
console.log(
  `Model ${worker.model}; parse + analysis per article: ${timings.map((t) => `${(t / 1000).toFixed(2)} s`).join(', ')} ` +
    `(worker start ${worker.startSeconds.toFixed(1)} s${worker.installSeconds ? `, first-use setup ${worker.installSeconds.toFixed(1)} s` : ''}).`,
);
if (values.verbose) {
  for (const r of results) {
    console.log(r.articleId);
    console.log(`  missed  ${[...r.gold].filter((k) => !r.proposed.has(k)).join('\n          ') || '-'}`);
    console.log(`  extra   ${[...r.proposed].filter((k) => !r.gold.has(k)).join('\n          ') || '-'}`);
    console.log(`  actors not found ${r.actors.filter((id) => !r.actorsFound.has(id)).join(' ') || '-'}`);
  }
}
