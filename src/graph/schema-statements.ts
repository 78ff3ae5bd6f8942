/**
 * Constraints and indexes. Idempotent (`IF NOT EXISTS`); applied by `npm run load` and `npm start`.
 * Labels and relationship types come from the model so a new kind is indexed without a second list.
 */
import { NODE_KINDS, RELATION_TYPES } from '../data/model.js';

export const FULLTEXT_INDEX = 'entity_search';
/** Passage search (./passage-rank.ts): relation evidence, claim evidence, article texts. */
export const EXCERPT_INDEX = 'evidence_excerpts';
export const CLAIM_EXCERPT_INDEX = 'claim_excerpts';
export const ARTICLE_TEXT_INDEX = 'article_text';
/** Mentions are evidence of nothing but a name; the article's text holds them for passage search. */
const EVIDENCE_TYPES = RELATION_TYPES.filter((t) => t !== 'MENTIONS');
const FOLDING =
  "OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } }";

/** The index before handles and addresses were searchable; dropped so it is not kept up to date for nothing. */
const FORMER_FULLTEXT_INDEX = 'entity_names';

export const SCHEMA_STATEMENTS: readonly string[] = [
  'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (c:Claim) REQUIRE c.id IS UNIQUE',
  'CREATE CONSTRAINT redirect_id IF NOT EXISTS FOR (r:Redirect) REQUIRE r.id IS UNIQUE',
  // Keys of the lock nodes that serialise read-check-write sequences (./locks.ts).
  'CREATE CONSTRAINT write_lock_key IF NOT EXISTS FOR (l:WriteLock) REQUIRE l.key IS UNIQUE',
  'CREATE CONSTRAINT merge_record_id IF NOT EXISTS FOR (m:MergeRecord) REQUIRE m.id IS UNIQUE',
  'CREATE INDEX audit_at IF NOT EXISTS FOR (a:Audit) ON (a.at)',
  'CREATE INDEX entity_origin IF NOT EXISTS FOR (n:Entity) ON (n.origin)',
  // A mutation's answer, kept under its client's idempotency key (./idempotency.ts).
  'CREATE CONSTRAINT idempotency_key IF NOT EXISTS FOR (i:IdempotentWrite) REQUIRE i.key IS UNIQUE',
  'CREATE INDEX idempotency_at IF NOT EXISTS FOR (i:IdempotentWrite) ON (i.at)',
  // Read by nothing, and a range index over a list of long names overflowed its key size limit.
  'DROP INDEX entity_folded IF EXISTS',
  'CREATE INDEX claim_subject IF NOT EXISTS FOR (c:Claim) ON (c.subject)',
  'CREATE INDEX invited_event IF NOT EXISTS FOR ()-[r:INVITED]-() ON (r.event)',
  // One id per relation of each type: concurrent writers cannot store two relations under one id.
  ...RELATION_TYPES.map(
    (t) => `CREATE CONSTRAINT ${t.toLowerCase()}_id IF NOT EXISTS FOR ()-[r:${t}]-() REQUIRE r.id IS UNIQUE`,
  ),
  // The heaviest amplifiers of a hub, read from the top (pages of relations, ./cypher.ts).
  'CREATE INDEX amplifies_weight IF NOT EXISTS FOR ()-[r:AMPLIFIES]-() ON (r.weight)',
  // The few retracted relations of each type, so pages need not read every relation to skip them.
  ...RELATION_TYPES.map(
    (t) => `CREATE INDEX ${t.toLowerCase()}_retracted IF NOT EXISTS FOR ()-[r:${t}]-() ON (r.retractedAt)`,
  ),
  // Accent-, case-folding analyzer over names, aliases, handles and addresses; fuzzy terms (~)
  // handle misspellings. `folded` (every name with punctuation as spaces) splits what the analyzer
  // keeps whole (« l’UMP » is one token to it). It finds candidates; src/graph/search-rank.ts scores them.
  `DROP INDEX ${FORMER_FULLTEXT_INDEX} IF EXISTS`,
  `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX} IF NOT EXISTS
     FOR (n:${NODE_KINDS.join('|')}) ON EACH [n.name, n.aliasText, n.folded, n.handle, n.url]
     OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'standard-folding', \`fulltext.eventually_consistent\`: false } }`,
  `CREATE FULLTEXT INDEX ${EXCERPT_INDEX} IF NOT EXISTS
     FOR ()-[r:${EVIDENCE_TYPES.join('|')}]-() ON EACH [r.excerpt, r.sourceExcerpts] ${FOLDING}`,
  `CREATE FULLTEXT INDEX ${CLAIM_EXCERPT_INDEX} IF NOT EXISTS FOR (c:Claim) ON EACH [c.excerpt] ${FOLDING}`,
  `CREATE FULLTEXT INDEX ${ARTICLE_TEXT_INDEX} IF NOT EXISTS FOR (a:Article) ON EACH [a.text] ${FOLDING}`,
];
