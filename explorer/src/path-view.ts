/**
 * Path finder: two actors → the shortest connection paths (API `connection`), drawn left to right,
 * each hop listed with its relation, direction and evidence.
 */
import type cytoscape from 'cytoscape';
import { explain, gql } from './api.js';
import { h, note } from './dom.js';
import { showEvidence } from './evidence.js';
import { exportMenu } from './export-menu.js';
import { entityLink, period } from './format.js';
import { relationName } from './kinds.js';
import { drawNetwork, selectEdge } from './network.js';
import {
  CONNECTION_EXPORT,
  ENTITY_NAME,
  type ConnectionResult,
  type EntityRef,
  type Relation,
} from './queries.js';
import { searchBox } from './search-box.js';

async function entityRef(id: string | null): Promise<EntityRef | null> {
  if (!id) return null;
  try {
    return (await gql(ENTITY_NAME, { id })).entity;
  } catch {
    return null;
  }
}

function evidenceOf(rel: Relation) {
  return {
    key: rel.id,
    source: rel.source,
    target: rel.target,
    type: rel.type,
    details: [rel.title, period(rel)].filter((x): x is string => Boolean(x)),
    excerpt: rel.evidence.excerpt,
    articleId: rel.evidence.article.id,
  };
}

/** Hop i of path j at column i, row j; shared nodes keep their first place; the ends are centred. */
function layout(paths: ConnectionResult['connection']): Map<string, { x: number; y: number }> {
  const pos = new Map<string, { x: number; y: number }>();
  const middle = ((paths.length - 1) * 130) / 2;
  paths.forEach((p, j) =>
    p.nodes.forEach((n, i) => {
      if (pos.has(n.id)) return;
      const end = i === 0 || i === p.nodes.length - 1;
      pos.set(n.id, { x: i * 240, y: end ? middle : j * 130 });
    }),
  );
  return pos;
}

export async function renderPath(view: HTMLElement, params: URLSearchParams): Promise<void> {
  document.title = 'Path finder — Influence graph';
  let from = await entityRef(params.get('from'));
  let to = await entityRef(params.get('to'));
  let maxHops = Number(params.get('maxHops') ?? 4);
  let data: ConnectionResult | null = null;
  let cy: cytoscape.Core | null = null;

  const results = h('div', { class: 'path-results', 'data-testid': 'path-results' });
  const hopsSelect = h(
    'select',
    {
      'aria-label': 'Maximum hops',
      onchange: (e: Event) => (maxHops = Number((e.target as HTMLSelectElement).value)),
    },
    [1, 2, 3, 4, 5, 6].map((n) => h('option', { value: n, selected: n === maxHops }, `${n} hops`)),
  );

  const run = async () => {
    if (!from || !to) {
      results.replaceChildren(note('Pick two actors.'));
      return;
    }
    history.replaceState(
      null,
      '',
      `#/path?from=${encodeURIComponent(from.id)}&to=${encodeURIComponent(to.id)}&maxHops=${maxHops}`,
    );
    results.replaceChildren(note('Searching…', 'loading'));
    try {
      data = await gql(CONNECTION_EXPORT, { from: from.id, to: to.id, maxHops });
    } catch (e) {
      results.replaceChildren(note(explain(e), 'error'));
      return;
    }
    const paths = data.connection;
    if (!paths.length) {
      results.replaceChildren(
        note(`No path of at most ${maxHops} hops between ${from.name} and ${to.name}.`),
      );
      return;
    }
    const nodes = new Map<string, EntityRef>();
    const edges = new Map<string, Relation>();
    for (const p of paths) {
      for (const n of p.nodes) nodes.set(n.id, n);
      for (const hop of p.hops) edges.set(hop.relation.id, hop.relation);
    }
    const graph = h('div', { class: 'graph graph-path', 'data-testid': 'path-graph' });
    const list = h(
      'div',
      { class: 'paths' },
      paths.map((p, j) =>
        h(
          'section',
          { class: 'card path', 'data-testid': 'path' },
          h(
            'h2',
            {},
            `Path ${j + 1}`,
            h('span', { class: 'count' }, `${p.length} hop${p.length > 1 ? 's' : ''}`),
          ),
          h(
            'ol',
            { class: 'hops' },
            p.hops.map((hop) => {
              const byId = (id: string) => p.nodes.find((n) => n.id === id) as EntityRef;
              const rel = hop.relation;
              const arrow =
                hop.direction === 'FORWARD'
                  ? `— ${relationName(rel.type)} →`
                  : `← ${relationName(rel.type)} —`;
              return h(
                'li',
                { class: 'hop', 'data-relation': rel.id },
                h(
                  'div',
                  { class: 'hop-line' },
                  entityLink(byId(hop.from.id)),
                  h('span', { class: 'relation-arrow' }, arrow),
                  entityLink(byId(hop.to.id)),
                ),
                h('blockquote', { class: 'excerpt small' }, rel.evidence.excerpt),
                h(
                  'p',
                  { class: 'muted hop-source' },
                  rel.evidence.article.title,
                  ' ',
                  h(
                    'button',
                    {
                      type: 'button',
                      class: 'link-button',
                      onclick: () => {
                        if (cy) selectEdge(cy, rel.id);
                        void showEvidence(evidenceOf(rel));
                      },
                    },
                    'in context',
                  ),
                ),
              );
            }),
          ),
        ),
      ),
    );
    results.replaceChildren(
      h(
        'section',
        { class: 'card network-card' },
        h(
          'div',
          { class: 'card-head' },
          h(
            'h2',
            {},
            `${paths.length} shortest path${paths.length > 1 ? 's' : ''}, ${paths[0]?.length ?? 0} hops`,
          ),
          exportMenu(() =>
            data && from && to
              ? {
                  data,
                  stem: `connection-${from.id}-${to.id}`,
                  meta: { kind: 'connection', variables: { from: from.id, to: to.id, maxHops } },
                  route: `/export/connection?from=${encodeURIComponent(from.id)}&to=${encodeURIComponent(to.id)}&maxHops=${maxHops}&format=graphml`,
                  cli: `--from ${from.id} --to ${to.id} --max-hops ${maxHops} --format graphml --out path.graphml`,
                }
              : null,
          ),
        ),
        graph,
        h('p', { class: 'hint muted' }, 'Click a relation to read its source.'),
      ),
      list,
    );
    cy?.destroy();
    cy = drawNetwork(
      {
        container: graph,
        focus: [from.id, to.id],
        positions: layout(paths),
        onEdge: (rel) => void showEvidence(evidenceOf(rel)),
      },
      { nodes: [...nodes.values()], edges: [...edges.values()] },
    );
    graph.dataset.ready = 'true';
  };

  const fromBox = searchBox({
    placeholder: 'From… (e.g. Loubna El Meskine)',
    label: 'From',
    testId: 'path-from',
    initial: from,
    onSelect: (e) => {
      from = e;
      if (to) void run();
    },
  });
  const toBox = searchBox({
    placeholder: 'To… (e.g. PJD)',
    label: 'To',
    testId: 'path-to',
    initial: to,
    onSelect: (e) => {
      to = e;
      if (from) void run();
    },
  });
  view.replaceChildren(
    h(
      'header',
      { class: 'page-head' },
      h(
        'div',
        {},
        h('h1', {}, 'Path finder'),
        h('p', { class: 'lead' }, 'How are two actors connected? Every step is a sourced relation.'),
      ),
    ),
    h(
      'div',
      { class: 'card path-form' },
      h('label', { class: 'field grow' }, h('span', { class: 'field-label' }, 'From'), fromBox),
      h('label', { class: 'field grow' }, h('span', { class: 'field-label' }, 'To'), toBox),
      h('label', { class: 'field' }, h('span', { class: 'field-label' }, 'At most'), hopsSelect),
      h(
        'button',
        { type: 'button', class: 'button primary', onclick: () => void run(), 'data-testid': 'path-run' },
        'Find path',
      ),
    ),
    results,
  );
  if (from && to) await run();
}
