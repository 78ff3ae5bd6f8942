/**
 * Named Cypher for article ingestion: the known entities the linker looks for, and the writes of one
 * ingested article (the article node and its MENTIONS), all inside the caller's write transaction.
 */

/**
 * Every entity but articles, with its names and the entities it is related to — directly or through
 * an event — which is the context a descriptive alias needs. Retracted relations and mentions do not
 * count as context.
 */
export const KNOWN_ENTITIES = `
MATCH (n:Entity) WHERE NOT n:Article
CALL (n) {
  OPTIONAL MATCH (n)-[r]-(o:Entity)
  WHERE type(r) <> 'MENTIONS' AND r.retractedAt IS NULL AND NOT o:Article
  OPTIONAL MATCH (o:Event)-[r2]-(p:Entity)
  WHERE type(r2) <> 'MENTIONS' AND r2.retractedAt IS NULL AND NOT p:Article AND p <> n
  RETURN collect(DISTINCT o.id) + collect(DISTINCT p.id) AS related
}
RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'][0] AS kind, n.name AS name,
       coalesce(n.aliases, []) AS aliases, n.handle AS handle, n.url AS url,
       coalesce(n.anonymous, false) AS anonymous, n.kind AS subtype, toString(n.date) AS date, related
ORDER BY n.id
`;

/** An article with the same content hash: anywhere, or only among articles of one origin. */
export const ARTICLE_BY_HASH = `
MATCH (a:Article {contentHash: $hash})
WHERE $origin IS NULL OR a.origin = $origin
RETURN a.id AS id
ORDER BY a.id
LIMIT 1
`;

/** Ids taken by nodes or redirects that start like a new article's id (to pick a free one). */
export const IDS_LIKE = `
CALL () {
  MATCH (n:Entity) WHERE n.id = $base OR n.id STARTS WITH $base + '-' RETURN n.id AS id
  UNION
  MATCH (r:Redirect) WHERE r.id = $base OR r.id STARTS WITH $base + '-' RETURN r.id AS id
}
RETURN collect(id) AS ids
`;

export const CREATE_ARTICLE = `
CREATE (a:Entity:Article)
SET a = $props
`;

/** One MENTIONS per occurrence; a mention of an entity deleted meanwhile is skipped. */
export const CREATE_MENTIONS = `
MATCH (a:Article {id: $article})
UNWIND $rows AS row
MATCH (e:Entity {id: row.entity})
CREATE (a)-[r:MENTIONS]->(e)
SET r = row.props
RETURN count(r) AS written
`;

/** Removes articles one origin ingested (all, or those listed), with their mentions. */
export const DELETE_INGESTED = `
MATCH (a:Article {origin: $origin})
WHERE $ids IS NULL OR a.id IN $ids
WITH a, a.id AS id
DETACH DELETE a
RETURN collect(id) AS ids
`;
