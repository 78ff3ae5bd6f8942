/**
 * The support check for a relation proposal: the dataset's own check (src/data/support.ts) — its
 * excerpt must name both ends by name, alias, handle, web address, initials or surname form, accents
 * and case folded, an article end counting as named — so a proposal an editor accepts passes the
 * loader's check unchanged.
 *
 * One allowance of ingestion's own, explicit: an event may be named by a reference phrase the proposal
 * resolved ("cette rencontre", "l'événement"), since events are rarely named at all, and an
 * organisation by the description the discourse resolved ("du gouvernement", "le parti": the only
 * known, or last named, one of that kind); the editor who accepts such a proposal gives it a basis.
 */
import { foldName } from '../../data/names.js';
import { namingOf, type NamedEnd } from '../../data/support.js';

export type { NamedEnd };

const padded = (s: string) => ` ${foldName(s)} `;

/** True when `excerpt` names `end` (whole words), or holds one of `references` (resolved phrases). */
export function excerptNamesEnd(excerpt: string, end: NamedEnd, references: readonly string[] = []): boolean {
  if (namingOf(excerpt, '', end) === 'name') return true;
  if (end.kind !== 'Event' && end.kind !== 'Organization') return false;
  const text = padded(excerpt);
  return references.some((r) => {
    const f = foldName(r);
    return f !== '' && text.includes(` ${f} `);
  });
}

export function excerptSupports(
  excerpt: string,
  from: NamedEnd,
  to: NamedEnd,
  references: { from?: readonly string[]; to?: readonly string[] } = {},
): boolean {
  return excerptNamesEnd(excerpt, from, references.from) && excerptNamesEnd(excerpt, to, references.to);
}
