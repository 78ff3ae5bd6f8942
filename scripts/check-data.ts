/**
 * `npm run data:check`: validates data/ without touching any database, and prints the support check
 * (every relation's excerpt names both its ends, or the relation is declared inferred with a basis).
 */
import path from 'node:path';
import { DatasetError, readDataset } from '../src/data/dataset.js';
import { formatSupportReport } from '../src/data/support.js';

try {
  const ds = readDataset(path.resolve('data'));
  const byKind = new Map<string, number>();
  for (const e of ds.entities) byKind.set(e.kind, (byKind.get(e.kind) ?? 0) + 1);
  const byType = new Map<string, number>();
  for (const r of ds.relations) byType.set(r.type, (byType.get(r.type) ?? 0) + 1);
  const multi = ds.relations.filter((r) => r.sources.length > 1).length;
  console.log(
    `dataset OK: ${ds.articles.length} articles, ${ds.entities.length} entities, ` +
      `${ds.relations.length} relations (${multi} stated by several sources), ${ds.claims.length} claims, ` +
      `${ds.mentions.length} mentions`,
  );
  console.log(formatSupportReport(ds.support));
  console.log('entities:', Object.fromEntries(byKind));
  console.log('relations:', Object.fromEntries(byType));
} catch (e) {
  if (e instanceof DatasetError) {
    console.error(e.message);
    if (e.support) console.error(formatSupportReport(e.support));
    process.exit(1);
  }
  throw e;
}
