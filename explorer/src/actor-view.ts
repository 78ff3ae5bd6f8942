/**
 * An actor's page: identity, aliases, roles with dates, accounts, events, conflicting claims, every
 * other relation, and the interactive network of its neighbourhood with filters and exports.
 */
import type cytoscape from 'cytoscape';
import { explain, gql } from './api.js';
import { clear, h, note } from './dom.js';
import { showEvidence, type EvidenceItem } from './evidence.js';
import { exportMenu, type ExportSource } from './export-menu.js';
import { entityLink, formatNumber, humanize, kindBadge, period } from './format.js';
import { RELATION_TYPES, type RelationType } from '../../src/data/model.js';
import type { ExportNeighbourhoodQueryVariables } from './generated/operations.js';
import { ARTICLE_RELATIONS, KIND_STYLE, relationName } from './kinds.js';
import { drawNetwork } from './network.js';
import {
  CONFLICTS,
  ENTITY,
  NEIGHBOURHOOD_EXPORT,
  type ClaimGroup,
  type EntityDetails,
  type EntityRelation,
  type NeighbourhoodResult,
  type Relation,
} from './queries.js';

interface Filters {
  depth: number;
  /** null: the default, every relation type but the articles' own (mentions, quotes, authorship…). */
  types: RelationType[] | null;
  since: string;
  until: string;
  includeUndated: boolean;
}

const EVENT_TYPES = new Set(['ATTENDED', 'HOSTED', 'ORGANIZED', 'SPOKE_AT']);

/** Articles mention nearly everyone: as nodes they would tie the whole network into one hairball. */
const DEFAULT_TYPES: RelationType[] = RELATION_TYPES.filter((t) => !ARTICLE_RELATIONS.has(t));

function filtersFrom(params: URLSearchParams): Filters {
  const depth = Number(params.get('depth') ?? 1);
  const types = params.get('types');
  return {
    depth: depth >= 1 && depth <= 3 ? Math.trunc(depth) : 1,
    types: types ? RELATION_TYPES.filter((t) => types.split(',').includes(t)) : null,
    since: params.get('since') ?? '',
    until: params.get('until') ?? '',
    includeUndated: params.get('undated') !== 'false',
  };
}

function filtersToParams(f: Filters): URLSearchParams {
  const p = new URLSearchParams();
  if (f.depth !== 1) p.set('depth', String(f.depth));
  if (f.types) p.set('types', f.types.join(','));
  if (f.since) p.set('since', f.since);
  if (f.until) p.set('until', f.until);
  if (!f.includeUndated) p.set('undated', 'false');
  return p;
}

function neighbourhoodVariables(
  id: string,
  f: Filters,
  withTypes: boolean,
): ExportNeighbourhoodQueryVariables {
  return {
    id,
    depth: f.depth,
    ...(withTypes ? { relationTypes: f.types ?? DEFAULT_TYPES } : {}),
    ...(f.since ? { since: f.since } : {}),
    ...(f.until ? { until: f.until } : {}),
    ...(f.since || f.until ? { includeUndated: f.includeUndated } : {}),
  };
}

function evidenceOfEntityRelation(entity: EntityDetails, r: EntityRelation): EvidenceItem {
  const self = { id: entity.id, kind: entity.kind, name: entity.name };
  const [source, target] = r.direction === 'OUTGOING' ? [self, r.other] : [r.other, self];
  return {
    key: r.node.id,
    source,
    target,
    type: r.node.type,
    details: detailsOf(r.node),
    excerpt: r.node.evidence.excerpt,
    articleId: r.node.evidence.article.id,
  };
}

function detailsOf(r: {
  title?: string | null;
  date?: string | null;
  start?: string | null;
  end?: string | null;
  weight?: number | null;
  metric?: string | null;
  response?: string | null;
  reason?: string | null;
}): string[] {
  return [
    r.title,
    period(r),
    r.weight !== null && r.weight !== undefined ? `${formatNumber(r.weight)} ${r.metric ?? ''}`.trim() : null,
    r.response ? `answer: ${r.response.toLowerCase()}` : null,
    r.reason ? `reason: ${r.reason}` : null,
  ].filter((x): x is string => Boolean(x));
}

/** One row per fact: the same relation stated by several articles lists each source. */
function relationRows(entity: EntityDetails, rels: EntityRelation[]): HTMLElement[] {
  const groups = new Map<string, EntityRelation[]>();
  for (const r of rels) {
    const key = [r.node.type, r.direction, r.other.id, ...detailsOf(r.node)].join('|');
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups.values()].map((group) => {
    const r = group[0] as EntityRelation;
    const details = detailsOf(r.node);
    return h(
      'li',
      { class: 'relation-row' },
      h(
        'div',
        { class: 'relation-main' },
        h('span', { class: 'relation-verb' }, verb(r)),
        entityLink(r.other),
        details.length ? h('span', { class: 'muted' }, ` · ${details.join(' · ')}`) : null,
      ),
      h(
        'span',
        { class: 'sources' },
        group.map((g, i) =>
          h(
            'button',
            {
              type: 'button',
              class: 'link-button',
              title: g.node.evidence.article.title,
              onclick: () => void showEvidence(evidenceOfEntityRelation(entity, g)),
            },
            group.length > 1 ? `source ${i + 1}` : 'evidence',
          ),
        ),
      ),
    );
  });
}

function section(title: string, rows: HTMLElement[], empty?: string, testId?: string): HTMLElement | null {
  if (!rows.length && !empty) return null;
  return h(
    'section',
    { class: 'card', 'data-testid': testId ?? null },
    h('h2', {}, title, rows.length ? h('span', { class: 'count' }, String(rows.length)) : null),
    rows.length ? h('ul', { class: 'relation-list' }, rows) : h('p', { class: 'muted' }, empty ?? ''),
  );
}

/** `holds role` seen from this side: `is a member of` when outgoing, `has member` when incoming. */
function verb(r: EntityRelation): string {
  return r.direction === 'OUTGOING' ? `${relationName(r.node.type)} →` : `← ${relationName(r.node.type)}`;
}

function identityFacts(e: EntityDetails): [string, string][] {
  const facts: [string, string | null | undefined][] = [
    ['Occupation', e.occupation],
    ['Type', e.organizationKind ?? e.platformKind ?? e.accountKind ?? e.eventKind ?? e.placeKind],
    ['Country', e.country],
    ['Date', e.date],
    ['Handle', e.handle],
    ['Outlet', e.outlet],
    ['Author', e.authorName],
    ['Web', e.url],
    ['Id', e.id],
  ];
  return facts.filter((f): f is [string, string] => Boolean(f[1]));
}

function profile(e: EntityDetails): HTMLElement[] {
  const rels = e.relations.edges;
  const roles = rels.filter((r) => r.node.type === 'HOLDS_ROLE' || r.node.type === 'APPOINTED');
  const accounts = rels.filter((r) => r.node.type === 'OWNS_ACCOUNT' || r.node.type === 'ON_PLATFORM');
  const events = rels.filter(
    (r) => EVENT_TYPES.has(r.node.type) || (r.node.type === 'HELD_AT' && r.direction === 'INCOMING'),
  );
  const invitations = rels.filter((r) => r.node.type === 'INVITED');
  const shown = new Set([...roles, ...accounts, ...events, ...invitations]);
  const others = rels.filter((r) => !shown.has(r));
  const byType = new Map<string, EntityRelation[]>();
  for (const r of others) byType.set(r.node.type, [...(byType.get(r.node.type) ?? []), r]);

  const identity = h(
    'section',
    { class: 'card identity', 'data-testid': 'identity' },
    h(
      'dl',
      { class: 'facts' },
      identityFacts(e).flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]),
    ),
    e.aliases.length
      ? h(
          'div',
          { class: 'aliases', 'data-testid': 'aliases' },
          h('h3', {}, 'Also written'),
          e.aliases.map((a) => h('span', { class: 'chip' }, a)),
        )
      : null,
  );
  const other = others.length
    ? h(
        'section',
        { class: 'card' },
        h('h2', {}, 'Other relations', h('span', { class: 'count' }, String(others.length))),
        [...byType].map(([type, list]) =>
          h(
            'details',
            { class: 'relation-group' },
            h('summary', {}, `${relationName(type)} (${list.length})`),
            h('ul', { class: 'relation-list' }, relationRows(e, list)),
          ),
        ),
      )
    : null;
  return [
    identity,
    section('Roles', relationRows(e, roles), undefined, 'roles'),
    section('Accounts', relationRows(e, accounts), undefined, 'accounts'),
    section('Events', relationRows(e, events), undefined, 'events'),
    section('Invitations', relationRows(e, invitations)),
    other,
    e.relations.totalCount > rels.length
      ? note(`Showing ${rels.length} of ${e.relations.totalCount} relations; the network shows them all.`)
      : null,
  ].filter((x): x is HTMLElement => x !== null);
}

/** Disagreements stay visible but short: the first two, then a button for the rest. */
const CONFLICTS_SHOWN = 2;

export function conflictsCard(groups: ClaimGroup[]): HTMLElement | null {
  if (!groups.length) return null;
  const more = groups.length - CONFLICTS_SHOWN;
  const card = h(
    'section',
    { class: 'card conflicts', 'data-testid': 'conflicts' },
    h(
      'h2',
      {},
      'Sources disagree',
      h('span', { class: 'count warn' }, String(groups.length)),
      h('span', { class: 'muted subtitle' }, 'each claim with its own source; no winner is picked'),
    ),
    groups.map((g, i) =>
      h(
        'div',
        { class: 'conflict', 'data-predicate': g.predicate, hidden: i >= CONFLICTS_SHOWN },
        h('h3', {}, humanize(g.predicate)),
        h(
          'div',
          { class: 'claims' },
          g.values.map((v) =>
            h(
              'figure',
              { class: 'claim' },
              h('p', { class: 'claim-value' }, v.node ? entityLink(v.node) : v.value),
              h('blockquote', {}, v.evidence.excerpt),
              h(
                'figcaption',
                {},
                h('span', { class: 'claim-source' }, v.evidence.article.title),
                v.evidence.article.outlet
                  ? h('span', { class: 'muted' }, ` — ${v.evidence.article.outlet}`)
                  : null,
                ' ',
                h(
                  'button',
                  {
                    type: 'button',
                    class: 'link-button',
                    onclick: () =>
                      void showEvidence({
                        key: `${g.predicate}:${v.value}`,
                        heading: `${humanize(g.predicate)}: ${v.value}`,
                        excerpt: v.evidence.excerpt,
                        articleId: v.evidence.article.id,
                      }),
                  },
                  'in context',
                ),
              ),
            ),
          ),
        ),
      ),
    ),
    more > 0
      ? h(
          'button',
          {
            type: 'button',
            class: 'button small',
            onclick: (e: Event) => {
              card.querySelectorAll<HTMLElement>('.conflict').forEach((c) => (c.hidden = false));
              (e.currentTarget as HTMLElement).remove();
            },
          },
          `Show ${more} more disagreement${more > 1 ? 's' : ''}`,
        )
      : null,
  );
  return card;
}

function legend(): HTMLElement {
  return h(
    'div',
    { class: 'legend', 'aria-label': 'Node kinds' },
    Object.values(KIND_STYLE).map((s) =>
      h(
        'span',
        { class: 'legend-item' },
        h('span', { class: 'dot', style: `background:${s.color}` }),
        s.label,
      ),
    ),
  );
}

function networkCard(entity: EntityDetails, initial: Filters): HTMLElement {
  let filters = initial;
  let cy: cytoscape.Core | null = null;
  let current: NeighbourhoodResult | null = null;
  /** Relation types (with counts) of the neighbourhood without a type filter, for the chips. */
  let available: Map<RelationType, number> = new Map();
  let seq = 0;

  const graph = h('div', { class: 'graph', 'data-testid': 'network' });
  const status = h('span', { class: 'muted', 'data-testid': 'network-status' }, 'Loading…');
  const chips = h('div', { class: 'type-filters', 'data-testid': 'type-filters' });
  const selection = h('div', { class: 'selection-bar', 'data-testid': 'selection' });
  const message = h('div');

  const depthButtons = [1, 2, 3].map((d) =>
    h(
      'button',
      {
        type: 'button',
        class: 'seg',
        'data-depth': d,
        'aria-pressed': String(d === filters.depth),
        onclick: () => update({ depth: d }),
      },
      String(d),
    ),
  );
  const since = h('input', {
    type: 'text',
    class: 'date-input',
    placeholder: 'YYYY[-MM[-DD]]',
    value: filters.since,
    'aria-label': 'Since',
    'data-testid': 'since',
    inputmode: 'numeric',
  });
  const until = h('input', {
    type: 'text',
    class: 'date-input',
    placeholder: 'YYYY[-MM[-DD]]',
    value: filters.until,
    'aria-label': 'Until',
    'data-testid': 'until',
    inputmode: 'numeric',
  });
  const undated = h('input', { type: 'checkbox', checked: filters.includeUndated, 'data-testid': 'undated' });
  const applyDates = () =>
    update({ since: since.value.trim(), until: until.value.trim(), includeUndated: undated.checked });
  for (const el of [since, until]) el.addEventListener('keydown', (e) => e.key === 'Enter' && applyDates());
  undated.addEventListener('change', applyDates);

  const exportSource = (): ExportSource | null => {
    if (!current) return null;
    const v = neighbourhoodVariables(entity.id, filters, true);
    const q = new URLSearchParams(
      Object.entries(v).map(([k, x]) => [k, Array.isArray(x) ? x.join(',') : String(x)]),
    );
    const cli = Object.entries(v)
      .map(
        ([k, x]) =>
          `--${k === 'relationTypes' ? 'types' : k === 'includeUndated' ? 'include-undated' : k} ${Array.isArray(x) ? x.join(',') : String(x)}`,
      )
      .join(' ');
    return {
      data: current,
      stem: `neighbourhood-${entity.id}-depth${filters.depth}`,
      meta: { kind: 'neighbourhood', variables: v },
      route: `/export/neighbourhood?${q}&format=graphml`,
      cli: `${cli} --format graphml --out ${entity.id.replace(/[^a-z0-9]+/gi, '-')}.graphml`,
    };
  };

  const renderChips = () => {
    const active = new Set<RelationType>(filters.types ?? DEFAULT_TYPES);
    const provenance = (t: string) => (ARTICLE_RELATIONS.has(t) ? 1 : 0);
    chips.replaceChildren(
      ...[...available]
        .sort((a, b) => provenance(a[0]) - provenance(b[0]) || b[1] - a[1])
        .map(([type, n]) =>
          h(
            'label',
            {
              class: ARTICLE_RELATIONS.has(type) ? 'type-chip provenance' : 'type-chip',
              'data-type': type,
              title: ARTICLE_RELATIONS.has(type) ? 'Article provenance: adds the articles as nodes' : null,
            },
            h('input', {
              type: 'checkbox',
              checked: active.has(type),
              onchange: (e: Event) => {
                const on = new Set(active);
                if ((e.target as HTMLInputElement).checked) on.add(type);
                else on.delete(type);
                update({ types: RELATION_TYPES.filter((t) => on.has(t)) });
              },
            }),
            relationName(type),
            h('span', { class: 'count' }, String(n)),
          ),
        ),
    );
  };

  const showEdge = (rel: Relation) => {
    void showEvidence({
      key: rel.id,
      source: rel.source,
      target: rel.target,
      type: rel.type,
      details: detailsOf(rel),
      excerpt: rel.evidence.excerpt,
      articleId: rel.evidence.article.id,
    });
  };

  const load = async () => {
    const mine = ++seq;
    status.textContent = 'Loading…';
    message.replaceChildren();
    depthButtons.forEach((b) =>
      b.setAttribute('aria-pressed', String(Number(b.dataset.depth) === filters.depth)),
    );
    history.replaceState(null, '', `#/actor/${encodeURIComponent(entity.id)}?${filtersToParams(filters)}`);
    try {
      const unfiltered = gql(NEIGHBOURHOOD_EXPORT, neighbourhoodVariables(entity.id, filters, false));
      const shown =
        filters.types?.length === 0
          ? Promise.resolve({ neighbourhood: { truncated: false, nodes: [], edges: [] } })
          : gql(NEIGHBOURHOOD_EXPORT, neighbourhoodVariables(entity.id, filters, true));
      const [all, data] = await Promise.all([unfiltered, shown]);
      if (mine !== seq) return;
      available = new Map();
      for (const e of all.neighbourhood.edges) available.set(e.type, (available.get(e.type) ?? 0) + 1);
      renderChips();
      current = data;
      const n = data.neighbourhood;
      status.textContent = `${n.nodes.length} nodes · ${n.edges.length} relations${n.truncated ? ' · truncated' : ''}`;
      cy?.destroy();
      selection.replaceChildren();
      cy = drawNetwork(
        {
          container: graph,
          focus: [entity.id],
          onEdge: showEdge,
          onNode: (node) =>
            selection.replaceChildren(
              ...(node && node.id !== entity.id
                ? [
                    kindBadge(node.kind),
                    h('strong', {}, node.name),
                    h(
                      'a',
                      { class: 'button small', href: `#/actor/${encodeURIComponent(node.id)}` },
                      'Open page',
                    ),
                    h(
                      'a',
                      {
                        class: 'button small ghost',
                        href: `#/path?from=${encodeURIComponent(entity.id)}&to=${encodeURIComponent(node.id)}`,
                      },
                      'Path from here',
                    ),
                  ]
                : []),
            ),
        },
        n,
      );
      graph.dataset.ready = 'true';
      if (!n.edges.length) message.replaceChildren(note('No relation matches these filters.'));
    } catch (e) {
      if (mine !== seq) return;
      status.textContent = '';
      // 'error' (not 'false'): the network settled on a failure, which the reader can retry.
      graph.dataset.ready = 'error';
      message.replaceChildren(
        note(explain(e), 'error'),
        h('button', { type: 'button', class: 'button small', onclick: () => update({}) }, 'Retry'),
      );
    }
  };

  const update = (change: Partial<Filters>) => {
    filters = { ...filters, ...change };
    graph.dataset.ready = 'false';
    void load();
  };

  void load();
  return h(
    'section',
    { class: 'card network-card' },
    h('div', { class: 'card-head' }, h('h2', {}, 'Network'), status, exportMenu(exportSource)),
    h(
      'div',
      { class: 'toolbar' },
      h(
        'div',
        { class: 'field' },
        h('span', { class: 'field-label' }, 'Depth'),
        h('div', { class: 'segmented' }, depthButtons),
      ),
      h('label', { class: 'field' }, h('span', { class: 'field-label' }, 'Since'), since),
      h('label', { class: 'field' }, h('span', { class: 'field-label' }, 'Until'), until),
      h('label', { class: 'field checkbox' }, undated, 'keep undated'),
      h(
        'button',
        { type: 'button', class: 'button small', onclick: applyDates, 'data-testid': 'apply-dates' },
        'Apply dates',
      ),
    ),
    chips,
    message,
    graph,
    h('div', { class: 'graph-foot' }, legend(), selection),
    h('p', { class: 'hint muted' }, 'Click a relation to read its source. Scroll to zoom, drag to move.'),
  );
}

export async function renderActor(view: HTMLElement, id: string, params: URLSearchParams): Promise<void> {
  clear(view);
  view.append(note('Loading…', 'loading'));
  let entity: EntityDetails | null;
  let conflicts: ClaimGroup[] = [];
  try {
    const [e, c] = await Promise.all([
      gql(ENTITY, { id }),
      gql(CONFLICTS, { id }).catch(() => ({ claims: [] })),
    ]);
    entity = e.entity;
    conflicts = c.claims;
  } catch (e) {
    view.replaceChildren(note(explain(e), 'error'));
    return;
  }
  if (!entity) {
    view.replaceChildren(note(`No actor with id “${id}”.`, 'error'));
    return;
  }
  document.title = `${entity.name} — Influence graph`;
  const canAmplify = entity.kind === 'PERSON' || entity.kind === 'ORGANIZATION' || entity.kind === 'PLATFORM';
  const header = h(
    'header',
    { class: 'page-head' },
    h(
      'div',
      {},
      kindBadge(entity.kind),
      h('h1', { 'data-testid': 'actor-name' }, entity.name),
      entity.description ? h('p', { class: 'lead' }, entity.description) : null,
      entity.redirectedFrom ? note(`“${entity.redirectedFrom}” was merged into this entry.`) : null,
    ),
    h(
      'div',
      { class: 'page-actions' },
      h(
        'a',
        { class: 'button ghost', href: `#/path?from=${encodeURIComponent(entity.id)}` },
        'Find a path from here',
      ),
      canAmplify
        ? h(
            'a',
            { class: 'button ghost', href: `#/amplifiers/${encodeURIComponent(entity.id)}` },
            'Amplifiers',
          )
        : null,
    ),
  );
  view.replaceChildren(
    header,
    conflictsCard(conflicts) ?? '',
    h(
      'div',
      { class: 'actor-layout' },
      h('div', { class: 'actor-side' }, ...profile(entity)),
      h('div', { class: 'actor-main' }, networkCard(entity, filtersFrom(params))),
    ),
  );
}
