/**
 * Views that need no starting actor: every article of the corpus (filtered by language and outlet),
 * the corpus timeline of a window, and the passages that say what a phrase says.
 */
import { explain, gql } from './api.js';
import { h, note } from './dom.js';
import { ARTICLES, CORPUS_TIMELINE, PASSAGES } from './queries.js';

const actorLink = (e: { id: string; name: string }) =>
  h('a', { href: `#/actor/${encodeURIComponent(e.id)}` }, e.name);

/** #/articles?language=fr&outlet=telquel */
export async function renderArticles(view: HTMLElement, params: URLSearchParams): Promise<void> {
  document.title = 'Articles — explorer';
  const language = params.get('language') || null;
  const outlet = params.get('outlet') || null;
  const form = h(
    'form',
    { class: 'filters', 'data-testid': 'articles-filter' },
    h(
      'label',
      {},
      'Outlet ',
      h('input', { name: 'outlet', value: outlet ?? '', 'data-testid': 'articles-outlet' }),
    ),
    h('label', {}, 'Language ', h('input', { name: 'language', value: language ?? '', size: 3 })),
    h('button', { type: 'submit' }, 'Filter'),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const data = new URLSearchParams();
    for (const [k, v] of new FormData(form as HTMLFormElement))
      if (String(v).trim()) data.set(k, String(v).trim());
    location.hash = `#/articles?${data}`;
  });
  const list = h('ol', { class: 'article-list', 'data-testid': 'articles-list' });
  view.replaceChildren(h('section', { class: 'card' }, h('h1', {}, 'All articles'), form, list));
  try {
    const { articles } = await gql(ARTICLES, { filter: { language, outlet }, first: 100 });
    list.before(
      h('p', { class: 'muted', 'data-testid': 'articles-count' }, `${articles.totalCount} articles`),
    );
    list.append(
      ...articles.edges.map(({ node: { article: a } }) =>
        h(
          'li',
          { 'data-id': a.id },
          h('strong', {}, a.title),
          h('span', { class: 'muted' }, ` — ${[a.outlet, a.date, a.language].filter(Boolean).join(' · ')}`),
        ),
      ),
    );
  } catch (e) {
    list.replaceWith(note(explain(e), 'error'));
  }
}

/** #/timeline?since=2010-01&until=2010-01 */
export async function renderCorpusTimeline(view: HTMLElement, params: URLSearchParams): Promise<void> {
  document.title = 'Timeline — explorer';
  const since = params.get('since') || null;
  const until = params.get('until') || null;
  const list = h('ol', { class: 'timeline', 'data-testid': 'corpus-timeline' });
  view.replaceChildren(
    h(
      'section',
      { class: 'card' },
      h('h1', {}, `What happened ${since || until ? `${since ?? '…'} – ${until ?? '…'}` : 'in the corpus'}`),
      list,
    ),
  );
  try {
    const when = since || until ? { since, until, includeUndated: false } : null;
    const { timeline } = await gql(CORPUS_TIMELINE, { when, limit: 500 });
    if (!timeline.length) list.replaceWith(note('Nothing dated in this window.'));
    list.append(
      ...timeline.map((t) =>
        h(
          'li',
          { 'data-id': t.relation.id, 'data-date': t.date },
          h('time', {}, t.date),
          ' ',
          actorLink(t.relation.source),
          ` ${t.relation.label} `,
          actorLink(t.relation.target),
        ),
      ),
    );
  } catch (e) {
    list.replaceWith(note(explain(e), 'error'));
  }
}

/** #/passages?q=excès de zèle */
export async function renderPassages(view: HTMLElement, params: URLSearchParams): Promise<void> {
  const text = params.get('q') ?? '';
  document.title = `“${text}” — explorer`;
  const list = h('ol', { class: 'passages', 'data-testid': 'passages-list' });
  view.replaceChildren(h('section', { class: 'card' }, h('h1', {}, `Passages: “${text}”`), list));
  if (!text.trim()) return void list.replaceWith(note('Type a phrase to find the passages that say it.'));
  try {
    const { passages } = await gql(PASSAGES, { text, first: 30 });
    if (!passages.edges.length) list.replaceWith(note('No passage of the articles says this.'));
    list.append(
      ...passages.edges.map(({ node: p }) =>
        h(
          'li',
          { class: 'passage', 'data-article': p.article.id },
          h('blockquote', {}, p.text),
          h('p', { class: 'muted' }, `${p.article.title}${p.article.date ? ` (${p.article.date})` : ''}`),
          p.relations.length
            ? h(
                'ul',
                { class: 'supports' },
                p.relations.map((r) =>
                  h(
                    'li',
                    { 'data-relation': r.id },
                    actorLink(r.source),
                    ` ${r.label} `,
                    actorLink(r.target),
                  ),
                ),
              )
            : [],
        ),
      ),
    );
  } catch (e) {
    list.replaceWith(note(explain(e), 'error'));
  }
}
