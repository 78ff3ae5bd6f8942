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
import { analyse, Gazetteer } from '../src/ingest/pipeline.js';

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
