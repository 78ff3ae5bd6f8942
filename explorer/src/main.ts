/** The explorer's entry: a hash router over the four views, and the header's search box. */
import './style.css';
import { renderActor } from './actor-view.js';
import { renderAmplifiers } from './amplifiers-view.js';
import { renderArticles, renderCorpusTimeline, renderPassages } from './discovery-views.js';
import { gql } from './api.js';
import { h } from './dom.js';
import { closeEvidence } from './evidence.js';
import { renderPath } from './path-view.js';
import { HEALTH } from './queries.js';
import { searchBox } from './search-box.js';

const view = document.getElementById('view') as HTMLElement;
const headerSearch = document.getElementById('global-search') as HTMLElement;

const openActor = (e: { id: string }) => (location.hash = `#/actor/${encodeURIComponent(e.id)}`);

const EXAMPLES: [string, string][] = [
  ['Abdelilah Benkirane', 'person:abdelilah-benkirane'],
  ['PJD', 'org:pjd'],
  ['Nathalie Kosciusko-Morizet', 'person:nathalie-kosciusko-morizet'],
  ['Les Créateurs de possibles', 'platform:les-createurs-de-possibles'],
  ['The 13 June 2015 lunch', 'event:benkirane-influencers-lunch-2015-06-13'],
];

/** "Who said …": the passages of the articles that say a phrase. */
function passageForm(): HTMLElement {
  const input = h('input', {
    type: 'search',
    class: 'search-input',
    placeholder: 'Find a phrase in the articles (« excès de zèle »)…',
    'aria-label': 'Find a phrase in the articles',
    'data-testid': 'passage-search',
  });
  const form = h(
    'form',
    { class: 'passage-search' },
    input,
    h('button', { type: 'submit' }, 'Find passages'),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (input.value.trim()) location.hash = `#/passages?q=${encodeURIComponent(input.value.trim())}`;
  });
  return form;
}

function renderHome(): void {
  document.title = 'Influence graph — explorer';
  const stats = h('p', { class: 'muted stats' });
  view.replaceChildren(
    h(
      'section',
      { class: 'hero' },
      h('h1', {}, 'Who courts the web’s influencers?'),
      h(
        'p',
        { class: 'lead' },
        'Politicians, parties, platforms and the accounts that amplify them, from five articles. ',
        'Every relation links to the sentence it comes from.',
      ),
      searchBox({
        placeholder: 'Search a person, party, platform, account… (typos welcome)',
        label: 'Search the graph',
        testId: 'home-search',
        onSelect: openActor,
      }),
      h(
        'p',
        { class: 'examples' },
        'Try: ',
        EXAMPLES.map(([name, id]) =>
          h('a', { class: 'chip', href: `#/actor/${encodeURIComponent(id)}` }, name),
        ),
      ),
      passageForm(),
      stats,
    ),
    h(
      'div',
      { class: 'feature-grid' },
      h(
        'a',
        { class: 'card feature', href: '#/actor/org%3Apjd' },
        h('h2', {}, 'Actor pages'),
        h('p', {}, 'Identity, aliases, roles with dates, accounts, events, and the network around them.'),
      ),
      h(
        'a',
        { class: 'card feature', href: '#/path?from=person%3Aloubna-el-meskine&to=org%3Apjd' },
        h('h2', {}, 'Path finder'),
        h('p', {}, 'The shortest chains of sourced relations between two actors.'),
      ),
      h(
        'a',
        { class: 'card feature', href: '#/amplifiers/org%3Aump' },
        h('h2', {}, 'Amplifiers'),
        h('p', {}, 'Which pages, groups and communities relay a leader or a party, and how big they are.'),
      ),
      h(
        'a',
        { class: 'card feature', href: '#/articles', 'data-testid': 'nav-articles' },
        h('h2', {}, 'All articles'),
        h('p', {}, 'Every source article, by outlet, date and language.'),
      ),
      h(
        'a',
        {
          class: 'card feature',
          href: '#/timeline?since=2010-01&until=2010-01',
          'data-testid': 'nav-timeline',
        },
        h('h2', {}, 'Corpus timeline'),
        h('p', {}, 'What happened in a month or a year, across every actor.'),
      ),
    ),
  );
  gql(HEALTH, {})
    .then(
      ({ health }) =>
        (stats.textContent = `${health.nodeCount} nodes · ${health.relationshipCount} relations`),
    )
    .catch(() => (stats.textContent = ''));
}

async function route(): Promise<void> {
  closeEvidence();
  window.__explorer = { cy: null };
  const [path = '', query = ''] = location.hash.replace(/^#/, '').split('?');
  const params = new URLSearchParams(query);
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const [page, arg] = parts;
  for (const a of document.querySelectorAll<HTMLAnchorElement>('[data-nav]')) {
    a.classList.toggle('active', a.dataset.nav === (page ?? 'home') || (!page && a.dataset.nav === 'home'));
  }
  headerSearch.hidden = !page;
  view.dataset.view = page ?? 'home';
  view.dataset.ready = 'false';
  if (page === 'actor' && arg) await renderActor(view, arg, params);
  else if (page === 'path') await renderPath(view, params);
  else if (page === 'amplifiers') await renderAmplifiers(view, arg ?? null);
  else if (page === 'articles') await renderArticles(view, params);
  else if (page === 'timeline') await renderCorpusTimeline(view, params);
  else if (page === 'passages') await renderPassages(view, params);
  else renderHome();
  view.dataset.ready = 'true';
  window.scrollTo(0, 0);
}

headerSearch.append(
  searchBox({
    placeholder: 'Search the graph…',
    label: 'Search the graph',
    testId: 'header-search',
    onSelect: openActor,
  }),
);
window.addEventListener('hashchange', () => void route());
void route();
