/**
 * `npm run ingest:eval`: how well ingestion links mentions, measured on the five curated articles.
 * Each article's raw text goes through the same linker as `npm run ingest`, with the curated entities
 * as the known ones, and is compared with the article's curated MENTIONS (precision / recall).
 *
 * Two settings: "graph" knows every curated entity (as when re-ingesting into this graph; the aliases
 * were written from these very articles, so this is optimistic), and "cold" knows only the entities
 * some other article establishes — the rest count as new names the article should propose as
 * candidates (their recall is shown too). No database is needed.
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
const pct = (x: number) => `${(100 * x).toFixed(0)}%`;

interface Row {
  article: string;
  setting: string;
  score: LinkScore;
  candidateRecall?: string;
}
const rows: Row[] = [];
for (const a of ds.articles) {
  const gold = curatedMentions(ds, a.id);
  const { linked } = analyse(a, full);
  rows.push({
    article: a.id,
    setting: 'graph',
    score: scoreLinking(
      linked.mentions.map((m) => m.entityId),
      gold,
    ),
  });

  // Cold: entities only this article establishes are unknown to the linker.
  const establishedElsewhere = new Set(
    ds.entities.filter((e) => e.evidence.some((ev) => ev.article !== a.id)).map((e) => e.id),
  );
  const cold = new Gazetteer(known.filter((e) => establishedElsewhere.has(e.id)));
  const coldRun = analyse(a, cold);
  const coldGold = [...gold].filter((id) => establishedElsewhere.has(id));
  // Unknown named people and organisations the article mentions: proposed as candidates?
  const newNamed = ds.entities.filter(
    (e) =>
      gold.has(e.id) &&
      !establishedElsewhere.has(e.id) &&
      (e.kind === 'Person' || e.kind === 'Organization') &&
      e.props.anonymous !== true,
  );
  const proposed = newNamed.filter((e) =>
    coldRun.candidates.some((c) =>
      [e.name, ...e.aliases].some((n) => editDistance(foldName(n), foldName(c.name), 2) <= 2),
    ),
  );
  rows.push({
    article: a.id,
    setting: 'cold',
    score: scoreLinking(
      coldRun.linked.mentions.map((m) => m.entityId),
      coldGold,
    ),
    candidateRecall: `${proposed.length}/${newNamed.length}`,
  });
  if (values.verbose) {
    console.log(`${a.id}`);
    for (const r of rows.slice(-2)) {
      console.log(`  ${r.setting}: missed ${r.score.missed.join(' ') || '-'}`);
      console.log(`  ${r.setting}: extra  ${r.score.extra.join(' ') || '-'}`);
    }
    console.log(`  cold: candidates ${coldRun.candidates.map((c) => c.name).join(' | ')}`);
    const missing = newNamed.filter((e) => !proposed.includes(e));
    console.log(`  cold: new names not proposed ${missing.map((e) => e.name).join(' | ') || '-'}`);
  }
}

const table = rows.map((r) => ({
  article: r.article.replace(/^article:/, ''),
  setting: r.setting,
  curated: r.score.gold,
  linked: r.score.found,
  correct: r.score.truePositives,
  precision: pct(r.score.precision),
  recall: pct(r.score.recall),
  'new names proposed': r.candidateRecall ?? '',
}));
console.table(table);
for (const setting of ['graph', 'cold']) {
  const s = rows.filter((r) => r.setting === setting).map((r) => r.score);
  const tp = s.reduce((n, x) => n + x.truePositives, 0);
  const found = s.reduce((n, x) => n + x.found, 0);
  const gold = s.reduce((n, x) => n + x.gold, 0);
  console.log(
    `${setting.padEnd(5)} overall (micro): precision ${pct(tp / found)}, recall ${pct(tp / gold)} (${tp} of ${gold} curated, ${found} linked)`,
  );
}
