/**
 * The ingestion's own support check for a relation proposal: its excerpt must name both ends — by
 * name, alias, handle, initials or surname form, accents and case folded. A small pure stand-in, to
 * be swapped for the dataset's formal support check (src/data/) once that exists: callers use only
 * `excerptNamesEnd`/`excerptSupports`.
 *
 * Two allowances, both explicit: the article end of QUOTED/MENTIONS is the excerpt's own article (it
 * needs no naming), and an event may be named by a reference phrase the proposal resolved ("cette
 * rencontre", "l'événement"), since events are rarely named at all.
 */
import { foldName, nameInitials, surnameForms } from '../../data/names.js';
import type { NodeKind } from '../../data/model.js';

export interface NamedEnd {
  id: string;
  kind: NodeKind;
  name: string;
  aliases: readonly string[];
  handle?: string | null;
}

/** Every form under which `end` counts as named, folded. */
export function namingForms(end: NamedEnd): string[] {
  const forms = new Set<string>();
  for (const n of [end.name, ...end.aliases, ...(end.handle ? [end.handle] : [])]) {
    const f = foldName(n);
    if (f) forms.add(f);
  }
  if (end.kind === 'Person') {
    for (const s of surnameForms(end.name)) forms.add(s.join(' '));
    const initials = nameInitials(end.name);
    if (initials.length >= 3) forms.add(initials);
  }
  return [...forms];
}

const padded = (s: string) => ` ${foldName(s)} `;

/** True when `excerpt` names `end` (whole words), or holds one of `references` (resolved phrases). */
export function excerptNamesEnd(excerpt: string, end: NamedEnd, references: readonly string[] = []): boolean {
  if (end.kind === 'Article') return true;
  const text = padded(excerpt);
  const forms = [...namingForms(end), ...(end.kind === 'Event' ? references.map((r) => foldName(r)) : [])];
  return forms.some((f) => f && text.includes(` ${f} `));
}

export function excerptSupports(
  excerpt: string,
  from: NamedEnd,
  to: NamedEnd,
  references: { from?: readonly string[]; to?: readonly string[] } = {},
): boolean {
  return excerptNamesEnd(excerpt, from, references.from) && excerptNamesEnd(excerpt, to, references.to);
}
