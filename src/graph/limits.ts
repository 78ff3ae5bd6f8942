/**
 * How much one request may ask for, in one place: the resolvers refuse larger arguments with
 * BAD_USER_INPUT, demand control (src/graphql/cost.ts) sizes lists by them, and the path search's
 * pattern is bounded by MAX_HOPS.
 */

/** Items per page of any connection (`first`). */
export const MAX_PAGE = 100;
/** Ids in one `nodes(ids:)`. */
export const MAX_IDS = 100;
/** Hops of a path (`connection(maxHops:)`), and the bound of the path search itself. */
export const MAX_HOPS = 6;
/** Paths of one `connection`. */
export const MAX_PATHS = 50;
/** Hops of a neighbourhood (`depth`). */
export const MAX_DEPTH = 3;
/** Nodes of a neighbourhood (`limit`). */
export const MAX_NEIGHBOURHOOD_NODES = 1000;
/** Relations a neighbourhood keeps per node kept (more: the answer is `truncated`). */
export const NEIGHBOURHOOD_EDGES_PER_NODE = 5;
/** Entries of a timeline (`limit`). */
export const MAX_TIMELINE = 1000;
