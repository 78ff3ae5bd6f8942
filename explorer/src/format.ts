/** Small display helpers shared by the views. */
import { h } from './dom.js';
import { kindStyle } from './kinds.js';
import type { EntityRef } from './queries.js';

/** `2015-06` / `2010–2012` / `since 2009` / `until 2014`, or null when undated. */
export function period(r: {
  date?: string | null;
  start?: string | null;
  end?: string | null;
}): string | null {
  if (r.start && r.end) return `${r.start} – ${r.end}`;
  if (r.start) return `since ${r.start}`;
  if (r.end) return `until ${r.end}`;
  return r.date ?? null;
}

export function kindBadge(kind: string): HTMLElement {
  const s = kindStyle(kind);
  return h('span', { class: 'kind-badge', style: `--kind:${s.color}` }, s.label);
}

/** A link to an actor's page, with its kind's colour dot. */
export function entityLink(e: EntityRef): HTMLElement {
  return h(
    'a',
    { class: 'entity-link', href: `#/actor/${encodeURIComponent(e.id)}`, title: e.id },
    h('span', { class: 'dot', style: `background:${kindStyle(e.kind).color}` }),
    e.name,
  );
}

const NUMBER = new Intl.NumberFormat('en-GB');

export function formatNumber(n: number): string {
  return NUMBER.format(n);
}

/** `launchDate` → `launch date`, `monthly-visitors` → `monthly visitors`. */
export function humanize(predicate: string): string {
  return predicate
    .replace(/[_-]/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
}
