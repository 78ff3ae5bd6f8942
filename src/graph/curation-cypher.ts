/**
 * Named Cypher for curation writes (editors' mutations) and the audit trail. Every statement runs
 * inside the caller's write transaction, so a multi-step change lands whole or not at all.
 */

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

export const RELATION_ID_COUNT = `
MATCH (a:Entity {id: $from})-[r]->() WHERE r.id STARTS WITH $base
RETURN count(r) AS n
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

/** A relation by id, found from its source node (or the node that source was merged into). */
export const RETRACT_RELATION = `
CALL () {
  MATCH (a:Entity {id: $from}) RETURN a
  UNION
  MATCH (:Redirect {id: $from})-[:MERGED_INTO]->(a:Entity) RETURN a
}
MATCH (a)-[r]-() WHERE r.id = $id
SET r.retractedAt = $at, r.retractedBy = $by, r.retractedReason = $reason
RETURN r.id AS id
`;

export const CLAIM_ID_COUNT = `
MATCH (c:Claim) WHERE c.subject = $subject AND c.id STARTS WITH $base
RETURN count(c) AS n
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

export const AUDIT_LOG = `
MATCH (a:Audit) WHERE $target IS NULL OR $target IN a.targets
WITH a ORDER BY a.at DESC, a.id
WITH collect(a {.*}) AS entries
RETURN size(entries) AS total, entries[$offset..$offset + $first] AS items
`;

// ---------------------------------------------------------------------------------------------
// Merging. Everything needed to undo a merge is snapshotted into a MergeRecord first.

/** Relationships of a node, with the other end by element id (it may be a Redirect or a Claim). */
export const NODE_RELATIONSHIPS = `
MATCH (m:Entity {id: $id})-[r]-(o)
RETURN type(r) AS type, properties(r) AS props, startNode(r) = m AS outgoing,
       elementId(o) AS other, o.id AS otherId, labels(o) AS otherLabels
`;

export const CREATE_MERGE_RECORD = `
CREATE (m:MergeRecord {id: $id, at: $at, by: $by, reason: $reason, keep: $keep, merged: $merged,
                       keepBefore: $keepBefore, mergedNode: $mergedNode, relationships: $relationships,
                       undone: false})
`;

/** Re-creates relationships on `keep` (rows: type, props, outgoing, other element id). */
export const ATTACH_RELATIONSHIPS = `
MATCH (k:Entity {id: $keep})
UNWIND $rows AS row
MATCH (o) WHERE elementId(o) = row.other
CALL (k, o, row) {
  WITH k, o, row WHERE row.outgoing
  CREATE (k)-[r:$(row.type)]->(o) SET r = row.props
}
CALL (k, o, row) {
  WITH k, o, row WHERE NOT row.outgoing
  CREATE (o)-[r:$(row.type)]->(k) SET r = row.props
}
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

/**
 * Moves each snapshotted relationship back from `keep` to the restored node: deletes the copy the
 * merge made on `keep` (same type, direction, id and other end) and re-creates the original.
 */
export const DETACH_MOVED_RELATIONSHIPS = `
MATCH (k:Entity {id: $keep})
MATCH (n:Entity {id: $merged})
UNWIND $rows AS row
MATCH (o) WHERE elementId(o) = row.other
CALL (k, o, row) {
  OPTIONAL MATCH (k)-[r]-(o)
  WHERE NOT row.selfLoop AND type(r) = row.type AND coalesce(r.id, '') = coalesce(row.props.id, '')
    AND ((row.outgoing AND startNode(r) = k) OR (NOT row.outgoing AND endNode(r) = k))
  WITH r LIMIT 1
  DELETE r
}
CALL (n, o, row) {
  WITH n, o, row WHERE row.outgoing
  CREATE (n)-[r:$(row.type)]->(o) SET r = row.props
}
CALL (n, o, row) {
  WITH n, o, row WHERE NOT row.outgoing
  CREATE (o)-[r:$(row.type)]->(n) SET r = row.props
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
