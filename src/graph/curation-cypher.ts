/**
 * Named Cypher for curation writes (editors' mutations) and the audit trail. Every statement runs
 * inside the caller's write transaction, so a multi-step change lands whole or not at all.
 */
import { currentNode } from './cypher-fragments.js';
import { param, statement } from './cypher-text.js';

export const NODE_STATE = `
OPTIONAL MATCH (n:Entity {id: $id})
OPTIONAL MATCH (r:Redirect {id: $id})
RETURN n IS NOT NULL AS exists, r IS NOT NULL AS redirected,
       [l IN labels(n) WHERE l <> 'Entity'][0] AS kind, properties(n) AS props
`;

/** An article's text and its authors (the support check lets the first person name them). */
export const ARTICLE_TEXT = `
MATCH (a:Article {id: $id})
OPTIONAL MATCH (p:Entity)-[w:AUTHORED]->(a) WHERE w.retractedAt IS NULL
RETURN a.text AS text, collect(p.id) AS authors
`;

export const CREATE_ENTITY = `
CREATE (n:Entity {id: $id})
SET n = $props
SET n:$($kind)
`;

export const SET_ENTITY_PROPS = `
MATCH (n:Entity {id: $id})
SET n += $props
`;

/**
 * The relations of one type between two nodes whose id starts with $base (the same fact, or others
 * told apart by a suffix), with their properties: a new source may join one of them.
 */
export const FACTS_BETWEEN = `
MATCH (a:Entity {id: $from})-[r]->(:Entity {id: $to}) WHERE type(r) = $type AND r.id STARTS WITH $base
RETURN r.id AS id, properties(r) AS props
`;

export const SET_RELATION_PROPS = `
MATCH (a:Entity {id: $from})-[r]->() WHERE r.id = $id
SET r = $props
`;

export const CREATE_RELATION = `
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
CREATE (a)-[r:$($type)]->(b)
SET r = $props
`;

/** The node a relation's source id names now: itself, or the node it was merged into. */
export const CURRENT_NODE = (() => {
  const current = currentNode(param('id'));
  return statement`
${current.clauses}
WITH ${current.node} AS n
RETURN n.id AS id
`;
})();

/** A relation by id on its (current) source node, with who retracted it if anyone did. */
export const RELATION_STATE = `
MATCH (:Entity {id: $from})-[r]-(o:Entity) WHERE r.id = $id
RETURN r.retractedBy AS retractedBy, r.retractedAt AS retractedAt, o.id AS other
LIMIT 1
`;

/** Also marks both ends: pages read retraction properties only at nodes so marked (./cypher.ts). */
export const RETRACT_RELATION = `
MATCH (a:Entity {id: $from})-[r]-(b:Entity) WHERE r.id = $id
SET r.retractedAt = $at, r.retractedBy = $by, r.retractedReason = $reason,
    a.hasRetractions = true, b.hasRetractions = true
`;

export const CLAIM_IDS = `
MATCH (c:Claim) WHERE c.subject = $subject AND c.id STARTS WITH $base
RETURN collect(c.id) AS ids
`;

export const CREATE_CLAIM = `
MATCH (s:Entity {id: $subject})
CREATE (c:Claim)
SET c = $props
CREATE (c)-[:ABOUT]->(s)
`;

export const RECORD_AUDIT = `
CREATE (a:Audit {id: randomUUID(), at: $at, by: $by, action: $action, targets: $targets, details: $details})
`;

/** One page of the audit trail, newest first (the `audit_at` index serves the order). */
export const AUDIT_LOG = `
CALL () {
  MATCH (a:Audit) WHERE $target IS NULL OR $target IN a.targets
  RETURN count(a) AS total
}
CALL () {
  MATCH (a:Audit) WHERE $target IS NULL OR $target IN a.targets
  WITH a ORDER BY a.at DESC, a.id SKIP toInteger($offset) LIMIT toInteger($first)
  RETURN collect(a {.*}) AS items
}
RETURN total, items
`;

// ---------------------------------------------------------------------------------------------
// Merging. Everything needed to undo a merge is snapshotted into a MergeRecord first.

/**
 * The other end of a snapshotted relationship, by its stable id and label (`row.otherId`,
 * `row.otherLabel`): element ids are reused once records are deleted, so they never outlive a
 * transaction here.
 */
const OTHER_END = `
CALL (row) {
  MATCH (o:Entity {id: row.otherId}) WHERE row.otherLabel = 'Entity' RETURN o
  UNION
  MATCH (o:Claim {id: row.otherId}) WHERE row.otherLabel = 'Claim' RETURN o
  UNION
  MATCH (o:Redirect {id: row.otherId}) WHERE row.otherLabel = 'Redirect' RETURN o
}`;

/** Relationships of a node, the other end named by its label and id (Entity, Claim or Redirect). */
export const NODE_RELATIONSHIPS = `
MATCH (m:Entity {id: $id})-[r]-(o)
RETURN type(r) AS type, properties(r) AS props, startNode(r) = m AS outgoing, o.id AS otherId,
       [l IN ['Entity', 'Claim', 'Redirect'] WHERE l IN labels(o)][0] AS otherLabel
`;

export const CREATE_MERGE_RECORD = `
CREATE (m:MergeRecord {id: $id, at: $at, by: $by, reason: $reason, keep: $keep, merged: $merged,
                       keepBefore: $keepBefore, mergedNode: $mergedNode, relationships: $relationships,
                       undone: false})
`;

export const SET_MERGE_RESULT = `
MATCH (m:MergeRecord {id: $id}) SET m.keepAfter = $keepAfter
`;

/** Re-creates snapshotted relationships on `$node` (rows: type, props, outgoing, other end). */
export const ATTACH_RELATIONSHIPS = `
MATCH (k:Entity {id: $node})
UNWIND $rows AS row
${OTHER_END}
CALL (k, o, row) {
  WITH k, o, row WHERE row.outgoing
  CREATE (k)-[r:$(row.type)]->(o) SET r = row.props
}
CALL (k, o, row) {
  WITH k, o, row WHERE NOT row.outgoing
  CREATE (o)-[r:$(row.type)]->(k) SET r = row.props
}
RETURN count(*) AS attached
`;

export const DELETE_NODE = `
MATCH (n:Entity {id: $id}) DETACH DELETE n
`;

export const CREATE_REDIRECT = `
MATCH (k:Entity {id: $keep})
CREATE (r:Redirect {id: $merged, mergeRecord: $record, at: $at})-[:MERGED_INTO]->(k)
`;

export const REPOINT_CLAIMS = `
MATCH (c:Claim {subject: $merged}) SET c.subject = $keep
`;

// ---------------------------------------------------------------------------------------------
// Un-merging and duplicate judgements.

export const LATEST_MERGE = `
MATCH (m:MergeRecord {merged: $merged, undone: false})
RETURN m {.*} AS record ORDER BY m.at DESC LIMIT 1
`;

/** The copy a merge made on `keep` of one snapshotted relationship (same type, direction, id, other end). */
const MOVED_COPY = `
CALL (k, o, row) {
  MATCH (k)-[r]-(o)
  WHERE type(r) = row.type AND (startNode(r) = k) = row.outgoing AND coalesce(r.id, '') = coalesce(row.props.id, '')
  RETURN r LIMIT 1
}`;

/** For each snapshotted relationship: is its other end still there, and its copy on `keep`? */
export const MOVED_RELATIONSHIPS_STATE = `
MATCH (k:Entity {id: $keep})
UNWIND $rows AS row
OPTIONAL CALL (row) {
  ${OTHER_END.trim()}
  RETURN o
}
OPTIONAL CALL (k, o, row) {
  ${MOVED_COPY.trim()}
  RETURN r
}
RETURN row.otherId AS otherId, row.type AS type, row.props.id AS relationId,
       o IS NOT NULL AS otherFound, r IS NOT NULL AS copyFound
`;

/**
 * Moves each snapshotted relationship back from `keep` to the restored node, with the properties it
 * has now (a retraction or a source added since the merge stays).
 */
export const MOVE_BACK_RELATIONSHIPS = `
MATCH (k:Entity {id: $keep})
MATCH (n:Entity {id: $merged})
UNWIND $rows AS row
${OTHER_END}
${MOVED_COPY}
WITH n, o, row, r, properties(r) AS props
DELETE r
WITH n, o, row, props
CALL (n, o, row, props) {
  WITH n, o, row, props WHERE row.outgoing
  CREATE (n)-[x:$(row.type)]->(o) SET x = props
}
CALL (n, o, row, props) {
  WITH n, o, row, props WHERE NOT row.outgoing
  CREATE (o)-[x:$(row.type)]->(n) SET x = props
}
RETURN count(*) AS restored
`;

export const RESTORE_PROPS = `
MATCH (k:Entity {id: $id}) SET k = $props
`;

export const REPOINT_CLAIMS_TO_NODE = `
MATCH (c:Claim)-[:ABOUT]->(:Entity {id: $id}) SET c.subject = $id
`;

export const DELETE_REDIRECT = `
MATCH (r:Redirect {id: $id}) DETACH DELETE r
`;

/** Both nodes of an undone merge may hold relations retracted while they were one. */
export const MARK_RETRACTIONS = `
MATCH (n:Entity) WHERE n.id IN $ids SET n.hasRetractions = true
`;

export const MARK_MERGE_UNDONE = `
MATCH (m:MergeRecord {id: $id}) SET m.undone = true, m.undoneAt = $at, m.undoneBy = $by
`;

export const MERGES_OF = `
MATCH (m:MergeRecord) WHERE m.keep = $id OR m.merged = $id
RETURN m {.id, .keep, .merged, .by, .at, .reason, .undone, .relationships} AS record
ORDER BY m.at DESC
`;

export const RECORD_JUDGEMENT = `
MERGE (j:DuplicateJudgement {key: $key})
SET j.a = $a, j.b = $b, j.verdict = $verdict, j.by = $by, j.at = $at, j.note = $note
RETURN j {.a, .b, .verdict, .by, .at, .note} AS judgement
`;

export const JUDGEMENTS = `
MATCH (j:DuplicateJudgement)
RETURN j {.key, .a, .b, .verdict, .by, .at, .note} AS judgement
ORDER BY j.at DESC
LIMIT toInteger($limit)
`;

/** Names, aliases, owned accounts and roles of every non-article node, for duplicate detection. */
export const DUPLICATE_CANDIDATES = `
MATCH (n:Entity) WHERE NOT n:Article
WITH n, [l IN labels(n) WHERE l <> 'Entity'][0] AS kind
WHERE $kinds IS NULL OR kind IN $kinds
CALL (n) {
  OPTIONAL MATCH (n)-[:OWNS_ACCOUNT]->(a:Account) WHERE a.id IS NOT NULL
  RETURN collect(DISTINCT a.id) AS accounts
}
CALL (n) {
  OPTIONAL MATCH (n)-[h:HOLDS_ROLE]->(o:Organization) WHERE h.retractedAt IS NULL
  RETURN collect(DISTINCT o.id + '|' + toLower(coalesce(h.title, ''))) AS roles
}
RETURN n.id AS id, kind, n.name AS name, coalesce(n.aliases, []) AS aliases, accounts, roles
`;
