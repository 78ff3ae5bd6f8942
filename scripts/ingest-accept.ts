/**
 * `npm run ingest:accept -- data/review/<slug>.yaml… [--data data]`: adds reviewed files to the
 * dataset (article text and entry, new entities, the article's facts) after validating the dataset as
 * it would be; then `npm run load` loads it. A file not marked `reviewed: true` is refused.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DatasetError } from '../src/data/dataset.js';
import { acceptReview } from '../src/ingest/accept.js';
import { IngestInputError } from '../src/ingest/errors.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { data: { type: 'string', default: 'data' } },
});
if (!positionals.length) {
  console.error('Usage: npm run ingest:accept -- data/review/<slug>.yaml… [--data data]');
  process.exit(2);
}
let failed = 0;
for (const file of positionals) {
  try {
    const s = acceptReview(path.resolve(file), path.resolve(values.data));
    console.log(
      `accepted   ${file} → ${s.articleId}: ${s.entities} new entities, ${s.relations} relations (${s.proposalsAccepted} of ${s.proposalsAccepted + s.proposalsRejected} proposals accepted), ` +
        `${s.mentions} mentions (wrote ${s.written.map((w) => `data/${w}`).join(', ')})`,
    );
  } catch (e) {
    if (!(e instanceof IngestInputError) && !(e instanceof DatasetError)) throw e;
    failed++;
    console.error(`refused    ${file}: ${e.message} (data/ unchanged)`);
  }
}
if (positionals.length > failed) console.log('Now run `npm run load` to load the dataset into Neo4j.');
process.exit(failed ? 1 : 0);
