/** `npm run data:check`: validates data/ without touching any database. */
import path from 'node:path';
import { DatasetError, readDataset } from '../src/data/dataset.js';

try {
  const ds = readDataset(path.resolve('data'));
  const byKind = new Map<string, number>();
  for (const e of ds.entities) byKind.set(e.kind, (byKind.get(e.kind) ?? 0) + 1);
  const byType = new Map<string, number>();
  for (const r of ds.relations) byType.set(r.type, (byType.get(r.type) ?? 0) + 1);
  console.log(
    `dataset OK: ${ds.articles.length} articles, ${ds.entities.length} entities, ` +
      `${ds.relations.length} relations, ${ds.claims.length} claims, ${ds.mentions.length} mentions`,
  );
  console.log('entities:', Object.fromEntries(byKind));
  console.log('relations:', Object.fromEntries(byType));
} catch (e) {
  if (e instanceof DatasetError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
