/**
 * A search combobox over the API's fuzzy `search` (accents, case and typos forgiven): suggestions as
 * you type, with the alias that matched; arrows + Enter or a click picks one.
 */
import { gql, explain } from './api.js';
import { debounce, h } from './dom.js';
import { kindStyle } from './kinds.js';
import type { NodeKind } from './generated/operations.js';
import { SEARCH, type EntityRef, type SearchHit } from './queries.js';

export interface SearchBoxOptions {
  placeholder: string;
  /** Restrict to these kinds (GraphQL NodeKind values). */
  kinds?: NodeKind[];
  /** Accessible name and test id. */
  label: string;
  testId: string;
  initial?: EntityRef | null;
  onSelect(hit: EntityRef): void;
}

let counter = 0;

export function searchBox(opts: SearchBoxOptions): HTMLElement {
  const listId = `search-list-${++counter}`;
  const input = h('input', {
    type: 'search',
    class: 'search-input',
    placeholder: opts.placeholder,
    'aria-label': opts.label,
    role: 'combobox',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': listId,
    autocomplete: 'off',
    spellcheck: 'false',
    'data-testid': opts.testId,
  });
  if (opts.initial) input.value = opts.initial.name;
  const list = h('ul', { class: 'search-list', id: listId, role: 'listbox', hidden: true });
  const box = h('div', { class: 'search-box' }, input, list);
  let hits: SearchHit[] = [];
  let active = -1;
  let seq = 0;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    active = -1;
  };
  const choose = (hit: SearchHit) => {
    input.value = hit.node.name;
    close();
    opts.onSelect(hit.node);
  };
  const paintActive = () => {
    [...list.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === active)));
    if (active >= 0) input.setAttribute('aria-activedescendant', `${listId}-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };
  const render = (message?: string) => {
    list.replaceChildren(
      ...(message
        ? [h('li', { class: 'search-empty' }, message)]
        : hits.map((hit, i) => {
            const style = kindStyle(hit.node.kind);
            const viaAlias = hit.matched.toLowerCase() !== hit.node.name.toLowerCase();
            return h(
              'li',
              {
                id: `${listId}-${i}`,
                role: 'option',
                class: 'search-option',
                'aria-selected': 'false',
                'data-id': hit.node.id,
                onmousedown: (e: Event) => {
                  e.preventDefault(); // keep focus: blur would close the list first
                  choose(hit);
                },
              },
              h('span', { class: 'kind-badge', style: `--kind:${style.color}` }, style.label),
              h('span', { class: 'search-name' }, hit.node.name),
              viaAlias ? h('span', { class: 'search-matched' }, `matched “${hit.matched}”`) : null,
            );
          })),
      // The same words as a phrase of the articles: who said it, where.
      h(
        'li',
        { class: 'search-passages', role: 'presentation' },
        h(
          'a',
          {
            href: `#/passages?q=${encodeURIComponent(input.value.trim())}`,
            'data-testid': `${opts.testId}-passages`,
            onmousedown: (e: Event) => e.preventDefault(),
          },
          `Find “${input.value.trim()}” in the articles’ passages`,
        ),
      ),
    );
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    active = hits.length ? 0 : -1;
    paintActive();
  };
  const lookup = debounce(async (text: string) => {
    const mine = ++seq;
    try {
      const r = await gql(SEARCH, {
        text,
        first: 8,
        ...(opts.kinds ? { kinds: opts.kinds } : {}),
      });
      if (mine !== seq) return;
      hits = r.search.edges.map((e) => e.node);
      render(hits.length ? undefined : `Nothing matches “${text}”.`);
    } catch (e) {
      if (mine === seq) render(explain(e));
    }
  }, 180);

  input.addEventListener('input', () => {
    const text = input.value.trim();
    if (text.length < 2) {
      seq++;
      close();
      return;
    }
    lookup(text);
  });
  input.addEventListener('keydown', (e) => {
    if (list.hidden) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!hits.length) return;
      active = (active + (e.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length;
      paintActive();
    } else if (e.key === 'Enter') {
      const hit = hits[active];
      if (hit) {
        e.preventDefault();
        choose(hit);
      }
    } else if (e.key === 'Escape') close();
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
  return box;
}
