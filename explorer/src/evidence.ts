/**
 * The evidence drawer: for a relation (or a claim), the article's title and source, the excerpt, and
 * the article's full text with the excerpt highlighted where it stands.
 */
import { gql, explain } from './api.js';
import { append, clear, h, note } from './dom.js';
import { locateExcerpt } from './excerpt.js';
import { kindStyle, relationName } from './kinds.js';
import { ARTICLE, type Article, type EntityRef } from './queries.js';

export interface EvidenceItem {
  /** Shown as `source —relation→ target`, or just a heading for a claim. */
  source?: EntityRef;
  target?: EntityRef;
  type?: string;
  heading?: string;
  details?: string[];
  excerpt: string;
  articleId: string;
  /** Identifies what is shown (a relation id), for tests and deep links. */
  key?: string;
}

const articles = new Map<string, Promise<Article>>();

function loadArticle(id: string): Promise<Article> {
  let p = articles.get(id);
  if (!p) {
    p = gql(ARTICLE, { id }).then((r) => {
      if (!r.article) throw new Error(`No article ${id}`);
      return r.article;
    });
    p.catch(() => articles.delete(id));
    articles.set(id, p);
  }
  return p;
}

function drawer(): HTMLElement {
  return document.getElementById('drawer') as HTMLElement;
}

export function closeEvidence(): void {
  const d = drawer();
  d.classList.remove('open');
  d.setAttribute('aria-hidden', 'true');
  clear(d);
}

document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape' && drawer().classList.contains('open')) closeEvidence();
});

function entityChip(e: EntityRef): HTMLElement {
  return h(
    'a',
    { class: 'chip entity-chip', href: `#/actor/${encodeURIComponent(e.id)}`, title: e.id },
    h('span', { class: 'dot', style: `background:${kindStyle(e.kind).color}` }),
    e.name,
  );
}

/** The full text with the excerpt in a <mark>, or null when the excerpt is not in the text. */
export function highlightedText(text: string, excerpt: string): HTMLElement | null {
  const span = locateExcerpt(text, excerpt);
  if (!span) return null;
  return h(
    'div',
    { class: 'article-text', 'data-testid': 'article-text' },
    text.slice(0, span.start),
    h('mark', { 'data-testid': 'excerpt-mark' }, text.slice(span.start, span.end)),
    text.slice(span.end),
  );
}

export async function showEvidence(item: EvidenceItem): Promise<void> {
  const d = drawer();
  clear(d);
  d.classList.add('open');
  d.setAttribute('aria-hidden', 'false');
  d.dataset.key = item.key ?? '';
  const body = h('div', { class: 'drawer-body' });
  d.append(
    h(
      'div',
      { class: 'drawer-head' },
      h('h2', {}, 'Evidence'),
      h(
        'button',
        { class: 'icon-button', type: 'button', 'aria-label': 'Close', onclick: closeEvidence },
        '×',
      ),
    ),
    body,
  );
  if (item.source && item.target && item.type) {
    body.append(
      h(
        'div',
        { class: 'relation-line' },
        entityChip(item.source),
        h('span', { class: 'relation-arrow' }, `${relationName(item.type)} →`),
        entityChip(item.target),
      ),
    );
  } else if (item.heading) {
    body.append(h('h3', { class: 'claim-heading' }, item.heading));
  }
  if (item.details?.length) body.append(h('p', { class: 'muted details' }, item.details.join(' · ')));
  body.append(h('blockquote', { class: 'excerpt', 'data-testid': 'evidence-excerpt' }, item.excerpt));
  const articleBox = h('section', { class: 'article' }, note('Loading the article…', 'loading'));
  body.append(articleBox);
  try {
    const a = await loadArticle(item.articleId);
    if (d.dataset.key !== (item.key ?? '')) return; // another edge was clicked meanwhile
    const meta = [a.outlet, a.authorName, a.date].filter(Boolean).join(' · ');
    const text = highlightedText(a.text, item.excerpt);
    clear(articleBox);
    append(articleBox, [
      h('h3', { class: 'article-title', 'data-testid': 'article-title' }, a.title),
      meta ? h('p', { class: 'muted', 'data-testid': 'article-source' }, meta) : null,
      a.url ? h('p', {}, h('a', { href: a.url, target: '_blank', rel: 'noreferrer noopener' }, a.url)) : null,
      h('h4', { class: 'in-context' }, 'In context'),
      text ?? note('This excerpt could not be found in the article text (whitespace aside).', 'error'),
    ]);
    text?.querySelector('mark')?.scrollIntoView({ block: 'center' });
  } catch (e) {
    articleBox.replaceChildren(note(explain(e), 'error'));
  }
}
