/** Relay connections over offset pages: opaque cursors, pageInfo and totalCount. */
import { badUserInput } from './errors.js';

export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`).toString('base64url');
}

/** Offset of the item after `after`; a cursor we did not issue is BAD_USER_INPUT. */
export function offsetAfter(after: string | null | undefined): number {
  if (!after) return 0;
  const m = /^o:(\d{1,9})$/.exec(Buffer.from(after, 'base64url').toString());
  if (!m) throw badUserInput('Invalid argument "after": not a cursor issued by this API', 'after');
  return Number(m[1]) + 1;
}

export function connection<T, E>(
  page: { total: number; offset: number; items: T[] },
  toEdge: (item: T, cursor: string) => E,
) {
  const edges = page.items.map((item, i) => toEdge(item, encodeCursor(page.offset + i)));
  return {
    edges,
    totalCount: page.total,
    pageInfo: {
      hasNextPage: page.offset + page.items.length < page.total,
      hasPreviousPage: page.offset > 0,
      startCursor: edges.length ? encodeCursor(page.offset) : null,
      endCursor: edges.length ? encodeCursor(page.offset + edges.length - 1) : null,
    },
  };
}
