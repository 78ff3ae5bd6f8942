/** Id schemes for relations and claims, shared by the loader, curation and ingestion. */

/**
 * Id of a relation as one fact, whatever the articles that state it: `TYPE:from>to`, plus `#key` when
 * two relations share type and ends. The dataset and curation use it; ingested mentions keep theirs.
 */
export function factIdBase(type: string, from: string, to: string, key?: string): string {
  return `${type}:${from}>${to}${key ? `#${key}` : ''}`;
}

/** Id of one mention (or another per-article relation): the article is part of it. */
export function relationIdBase(type: string, from: string, to: string, article: string, key?: string): string {
  return `${type}:${from}>${to}@${article}${key ? `#${key}` : ''}`;
}

export function claimIdBase(subject: string, predicate: string, article: string): string {
  return `claim:${subject}/${predicate}@${article}`;
}

/** The n-th id with the same base: base, base~2, base~3… */
export function nthId(base: string, n: number): string {
  return n <= 1 ? base : `${base}~${n}`;
}

/** Type and source id of a relation id (relations are found through their source node). */
export function parseRelationId(id: string): { type: string; from: string } | null {
  const m = /^([A-Z_]+):([a-z]+:[a-z0-9-]+)>/.exec(id);
  return m?.[1] && m[2] ? { type: m[1], from: m[2] } : null;
}

/**
 * The n-th id an editor gives a fact or claim: base~e1, base~e2… Apart from the dataset's own ids
 * (base, base~2…), so reloading data/ can never land on a relation or claim an editor created.
 */
export function editorId(base: string, n: number): string {
  return `${base}~e${n}`;
}
