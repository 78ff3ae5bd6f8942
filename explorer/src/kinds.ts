import { ARTICLE_RELATIONS as MODEL_ARTICLE_RELATIONS } from '../../src/data/model.js';
import type { NodeKind } from './generated/operations.js';

/** How each node kind looks: colour (network, badges, legend), shape (for colour-blind readers), name. */
export const KIND_STYLE: Record<NodeKind, { color: string; shape: string; label: string }> = {
  PERSON: { color: '#2f6fde', shape: 'ellipse', label: 'Person' },
  ORGANIZATION: { color: '#e8590c', shape: 'round-rectangle', label: 'Organisation' },
  PLATFORM: { color: '#7048e8', shape: 'round-hexagon', label: 'Platform' },
  ACCOUNT: { color: '#0c9f73', shape: 'round-diamond', label: 'Account / group' },
  EVENT: { color: '#e0a100', shape: 'star', label: 'Event' },
  PLACE: { color: '#c2255c', shape: 'round-triangle', label: 'Place' },
  ARTICLE: { color: '#5c677d', shape: 'rectangle', label: 'Article' },
};

const FALLBACK = { color: '#868e96', shape: 'ellipse', label: 'Other' };

export function kindStyle(kind: string) {
  return KIND_STYLE[kind as NodeKind] ?? FALLBACK;
}

/** `HOLDS_ROLE` → `holds role`: how edges and filters name a relation type. */
export function relationName(type: string): string {
  return type.toLowerCase().replace(/_/g, ' ');
}

/** Relation types that tie an article to what it says (model.ts); hidden by default on the network. */
export const ARTICLE_RELATIONS: ReadonlySet<string> = new Set(MODEL_ARTICLE_RELATIONS);
