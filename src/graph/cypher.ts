/**
 * Every Cypher statement the product runs, by name. All values are parameters; labels and
 * relationship types are passed as parameters too and applied with Cypher's dynamic `$(…)` syntax
 * (Neo4j 5.26+), so no statement is ever built by string concatenation of user input.
 */

// ---------------------------------------------------------------------------------------------
// Loading the curated dataset. `origin` tells dataset rows from curated or synthetic ones, so a
// reload can remove what the dataset no longer contains without touching anything else.

export const UPSERT_NODES = `
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n = row.props
SET n:$(row.kind)
`;

export const UPSERT_RELATIONS = `
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
SET r = row.props
`;

export const UPSERT_CLAIMS = `
UNWIND $rows AS row
MATCH (s:Entity {id: row.subject})
MERGE (c:Claim {id: row.id})
SET c = row.props
MERGE (c)-[:ABOUT]->(s)
`;

export const DELETE_STALE_NODES = `
MATCH (n:Entity {origin: $origin}) WHERE NOT n.id IN $keep
DETACH DELETE n
`;

export const DELETE_STALE_CLAIMS = `
MATCH (c:Claim {origin: $origin}) WHERE NOT c.id IN $keep
DETACH DELETE c
`;

export const DELETE_STALE_RELATIONS = `
MATCH (:Entity)-[r]->(:Entity) WHERE r.origin = $origin AND NOT r.id IN $keep
DELETE r
`;

// ---------------------------------------------------------------------------------------------
// Health and statistics.

export const HEALTH = `
CALL dbms.components() YIELD name, versions, edition
WITH name, versions[0] AS version, edition WHERE name = 'Neo4j Kernel'
CALL { MATCH (n) RETURN count(n) AS nodeCount }
CALL { MATCH ()-[r]->() RETURN count(r) AS relationshipCount }
RETURN version, edition, nodeCount, relationshipCount
`;

export const COUNT_BY_LABEL = `
MATCH (n) UNWIND labels(n) AS label
RETURN label, count(*) AS count ORDER BY label
`;

export const COUNT_BY_TYPE = `
MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count ORDER BY type
`;
