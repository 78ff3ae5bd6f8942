/**
 * Amplifiers of a leader or party (API `amplifiers(of:)`): accounts, groups and actors that relay
 * them, ranked by the figure the articles give, as bars. Figures of different kinds (members,
 * visitors, fans…) are not comparable, so each metric gets its own chart and scale.
 */
import { explain, gql } from './api.js';
import { h, note } from './dom.js';
import { showEvidence } from './evidence.js';
import { exportMenu } from './export-menu.js';
import { entityLink, formatNumber, humanize, kindBadge, period } from './format.js';
import { AMPLIFIERS, ENTITY_NAME, type AmplifiersResult, type EntityRef, type Relation } from './queries.js';
import { searchBox } from './search-box.js';

type Row = { other: EntityRef; node: Relation };

function bars(rows: Row[]): HTMLElement {
  const max = Math.max(...rows.map((r) => r.node.weight ?? 0), 1);
  const units = new Set(rows.map((r) => r.node.metric).filter((m) => m && m !== 'other'));
  return h(
    'section',
    { class: 'card bars' },
    h('h2', {}, 'Ranked by the figure the articles give', h('span', { class: 'count' }, String(rows.length))),
    units.size > 1
      ? h(
          'p',
          { class: 'muted hint' },
          'The figures count different things (members, fans, community managers…): compare bars of the same unit.',
        )
      : null,
    h(
      'ol',
      { class: 'bar-list' },
      rows.map((r, i) => {
        const w = r.node.weight;
        const pct = w === null ? 0 : Math.max(1.5, (w / max) * 100);
        const unit = r.node.metric && r.node.metric !== 'other' ? humanize(r.node.metric) : '';
        const figure = w === null ? 'no figure given' : `${formatNumber(w)} ${unit}`.trim();
        return h(
          'li',
          { class: 'bar-row', 'data-testid': 'amplifier', 'data-id': r.other.id, 'data-weight': w ?? '' },
          h('span', { class: 'rank' }, String(i + 1)),
          h('div', { class: 'bar-label' }, entityLink(r.other), kindBadge(r.other.kind)),
          h(
            'button',
            {
              type: 'button',
              class: 'bar-track',
              title: 'Show the article passage',
              'aria-label': `${r.other.name}: ${figure}. Show the source.`,
              onclick: () =>
                void showEvidence({
                  key: r.node.id,
                  source: r.node.source,
                  target: r.node.target,
                  type: r.node.type,
                  details: [w === null ? null : figure, period(r.node)].filter((x): x is string =>
                    Boolean(x),
                  ),
                  excerpt: r.node.evidence.excerpt,
                  articleId: r.node.evidence.article.id,
                }),
            },
            h('span', { class: w === null ? 'bar empty' : 'bar', style: `width:${pct}%` }),
            // Short bars carry their figure outside, in ink, so it stays readable.
            h(
              'span',
              {
                class: pct < 30 ? 'bar-value outside' : 'bar-value',
                style: pct < 30 ? `left:${pct}%` : null,
              },
              figure,
            ),
          ),
        );
      }),
    ),
  );
}

export async function renderAmplifiers(view: HTMLElement, id: string | null): Promise<void> {
  document.title = 'Amplifiers — Influence graph';
  const results = h('div', { class: 'amplifier-results', 'data-testid': 'amplifier-results' });
  let target: EntityRef | null = null;
  if (id) {
    try {
      target = (await gql(ENTITY_NAME, { id })).entity;
    } catch (e) {
      results.replaceChildren(note(explain(e), 'error'));
    }
  }
  view.replaceChildren(
    h(
      'header',
      { class: 'page-head' },
      h(
        'div',
        {},
        h('h1', {}, target ? `Amplifiers of ${target.name}` : 'Amplifiers'),
        h(
          'p',
          { class: 'lead' },
          'Pages, groups, communities and accounts relaying a leader or a party, largest figure first.',
        ),
      ),
    ),
    h(
      'div',
      { class: 'card path-form' },
      h(
        'label',
        { class: 'field grow' },
        h('span', { class: 'field-label' }, 'Leader or party'),
        searchBox({
          placeholder: 'e.g. UMP, PS, Benkirane',
          label: 'Leader or party',
          testId: 'amplifiers-of',
          kinds: ['PERSON', 'ORGANIZATION', 'PLATFORM'],
          initial: target,
          onSelect: (e) => (location.hash = `#/amplifiers/${encodeURIComponent(e.id)}`),
        }),
      ),
    ),
    results,
  );
  if (!target) {
    if (!id) results.replaceChildren(note('Pick a leader or a party. Try UMP or PS.'));
    return;
  }
  results.replaceChildren(note('Loading…', 'loading'));
  let data: AmplifiersResult;
  try {
    data = await gql(AMPLIFIERS, { of: target.id, first: 100 });
  } catch (e) {
    results.replaceChildren(note(explain(e), 'error'));
    return;
  }
  const rows = data.amplifiers.edges;
  if (!rows.length) {
    results.replaceChildren(note(`The articles name no amplifier of ${target.name}.`));
    return;
  }
  const t = target;
  results.replaceChildren(
    h(
      'div',
      { class: 'card-head plain' },
      h('p', { class: 'muted' }, `${data.amplifiers.totalCount} amplification relations of ${t.name}`),
      exportMenu(() => ({
        data,
        stem: `amplifiers-${t.id}`,
        meta: { kind: 'query', variables: { of: t.id, first: 100 }, query: AMPLIFIERS },
      })),
    ),
    bars(rows),
  );
}
