/**
 * Pages a compiled read (./prefetch.ts) fetched, carried by the very records its selection resolves
 * from: a node record carries the pages read at it, a relation record the pages read at its other
 * end. Records read with only the properties one selection needs must not answer another selection,
 * so nothing here goes through the request-wide loaders: a relation field finds its page on its
 * parent, or asks the loader, which reads whole records.
 */
import type { EntityRecord, Page, RelationRecord } from '../graph/records.js';
import type { RelationPageKey } from '../graph/repository.js';

export type Pages = Map<string, Page<RelationRecord>>;

const PAGES = Symbol('pages read with this node');
const OTHER_END = Symbol('pages read at the other end of this relation');
const REFS = Symbol('nodes this relation names, by property');

type Carrier = { [PAGES]?: Pages; [OTHER_END]?: Pages; [REFS]?: Map<string, EntityRecord | null> };

export const pageSignature = (key: RelationPageKey): string => JSON.stringify(key);

/** A copy of `record` carrying `pages` (the record itself when there are none). */
export function withPages<T extends object>(record: T, pages: Pages): T {
  return pages.size ? ({ ...record, [PAGES]: pages } as T) : record;
}

/** The page read with `parent` under `key`, if the compiled read fetched it. */
export function prefetchedPage(parent: object | undefined, key: RelationPageKey) {
  return (parent as Carrier | undefined)?.[PAGES]?.get(pageSignature(key));
}

export function setOtherEndPages(relation: RelationRecord, pages: Pages): void {
  if (pages.size) (relation as Carrier)[OTHER_END] = pages;
}

/** The relation's other end, carrying the pages read at it. */
export function otherEnd<T extends object>(relation: RelationRecord, end: T): T {
  const pages = (relation as Carrier)[OTHER_END];
  return pages ? withPages(end, pages) : end;
}

/** Carries the nodes the relation's reference properties name (null: none answers to the id). */
export function setReferencedNodes(relation: RelationRecord, refs: Map<string, EntityRecord | null>): void {
  if (refs.size) (relation as Carrier)[REFS] = refs;
}

/** The node `property` names, if the compiled read fetched it (null: it names none); else undefined. */
export function referencedNode(relation: object, property: string): EntityRecord | null | undefined {
  const refs = (relation as Carrier)[REFS];
  return refs?.has(property) ? (refs.get(property) ?? null) : undefined;
}
