/**
 * Search relevance, measured through the API on the seed graph: exact queries generated from every
 * name, alias (acronyms included), handle, address and article title of the dataset must find their
 * node first; hand-written journalist queries (typos, partial names, handles, URLs, an entity and
 * its own site) give the mean reciprocal rank of their expected first hit; queries naming nothing in
 * the graph must return no hit at all. The figures are printed.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDataset } from '../src/data/dataset.js';
import { searchKey } from '../src/graph/search-rank.js';
import { createTestApi, type TestApi } from './support/api.js';

const ds = readDataset(path.resolve('data'));

/** Query → the node expected first. */
const JOURNALIST: [string, string][] = [
  ['benkiran', 'person:abdelilah-benkirane'],
  ['Benkiranne', 'person:abdelilah-benkirane'],
  ['abdelilah', 'person:abdelilah-benkirane'],
  ['NKM', 'person:nathalie-kosciusko-morizet'],
  ['kosciusko morizet', 'person:nathalie-kosciusko-morizet'],
  ['Nathalie Kociusko Morizet', 'person:nathalie-kosciusko-morizet'],
  ['@NK_M', 'account:nk-m-twitter'],
  ['NK_M', 'account:nk-m-twitter'],
  ['nk_m', 'account:nk-m-twitter'],
  ['https://twitter.com', 'platform:twitter'],
  ['www.facebook.com/', 'platform:facebook'],
  ['http://colocataires.ma', 'platform:colocataires-ma'],
  ['PS', 'org:ps'],
  ['parti socialiste', 'org:ps'],
  ['PJD', 'org:pjd'],
  ['UMP', 'org:ump'],
  ['#PJDOfficiel', 'account:pjdofficiel-hashtag'],
  ['coopol', 'platform:la-coopol'],
  ['createurs de possible', 'platform:les-createurs-de-possibles'],
  ['frederic lefebvre', 'person:frederic-lefebvre'],
  ['Sarkosy', 'person:nicolas-sarkozy'],
  ['Aparu', 'person:benoist-apparu'],
  ['villepin', 'person:dominique-de-villepin'],
  ['el khalfi', 'person:mustapha-el-khalfi'],
  ['Mustafa El Khalfi', 'person:mustapha-el-khalfi'],
  ['Al Jazeera', 'org:al-jazeera'],
  ['aljazeera forum', 'event:aljazeera-forum-2015-05-05'],
  ['déjeuner benkirane', 'event:benkirane-influencers-lunch-2015-06-13'],
  ['Mohamed VI', 'person:mohammed-vi'],
  ['Sa Majesté', 'person:mohammed-vi'],
  ['Union africaine', 'org:african-union'],
  ['obama', 'person:barack-obama'],
  ['telquel.ma', 'org:telquel'],
  ['Jeunes Populaires', 'org:jeunes-populaires'],
  ['maroc', 'org:kingdom-of-morocco'],
  ['Said Rajib', 'person:said-rajib'],
  ['Haiti', 'place:haiti'],
  ['Addis Abeba', 'place:addis-ababa'],
  ['Canard enchainé', 'org:le-canard-enchaine'],
  ['Europe Ecologie', 'org:europe-ecologie'],
];

/**
 * Misspellings of a handle and of a name that only a typo match finds: typos are looked for in one
 * field, every name and alias folded (src/graph/lucene.ts), which must still hold the handles.
 */
const TYPOS_ONLY: [string, string][] = [
  ['#PJDOficiel', 'account:pjdofficiel-hashtag'],
  ['Kosciusko Morizett', 'person:nathalie-kosciusko-morizet'],
  ['Sarkosy', 'person:nicolas-sarkozy'],
];

/** Names, phrases and addresses of nothing in the graph (a phrase of an article is not a name). */
const NOTHING = [
  'excès de zèle',
  'lunch',
  'Marine Le Pen',
  'Emmanuel Macron',
  'François Hollande',
  'Angela Merkel',
  'Jean Dupont',
  'qwertyuiop',
  'Tokyo',
  '@nobody_here',
  'https://example.org/',
];

type Hit = { score: number; matched: string; matchedField: string; node: { id: string } };
type Result = { search: { totalCount: number; floor: number; edges: { node: Hit }[]; didYouMean: Hit[] } };
const SEARCH = `query($text: String!, $first: Int) {
  search(text: $text, first: $first) {
    totalCount floor
    edges { node { score matched matchedField node { id } } }
    didYouMean { score matched node { id } }
  }
}`;

describe('search relevance', () => {
  let api: TestApi;
  const search = async (text: string, first = 10) => {
    const r = await api.run<Result>(SEARCH, { text, first });
    expect(r.errors, text).toBeUndefined();
    return r.data!.search;
  };
  beforeAll(async () => {
    api = await createTestApi();
  });
  afterAll(() => api.close());

  it('finds every exact name, alias, handle, address and title first, with confidence 1', async () => {
    const strings = new Map<string, { text: string; ids: Set<string> }>();
    const add = (text: string, id: string) => {
      const key = searchKey(text);
      if (!key) return;
      const entry = strings.get(key) ?? { text, ids: new Set<string>() };
      entry.ids.add(id);
      strings.set(key, entry);
    };
    for (const e of ds.entities) {
      for (const s of [e.name, ...e.aliases]) add(s, e.id);
      for (const field of ['handle', 'url'] as const)
        if (typeof e.props[field] === 'string') add(e.props[field], e.id);
    }
    for (const a of ds.articles) add(a.title, a.id);
    let first = 0;
    const misses: string[] = [];
    for (const { text, ids } of strings.values()) {
      const r = await search(text, 3);
      const top = r.edges[0]?.node;
      if (top && ids.has(top.node.id) && top.score === 1) first++;
      else misses.push(`${text} → ${top?.node.id ?? 'nothing'} (${top?.score ?? '-'})`);
    }
    const rate = first / strings.size;
    console.log(`exact-match first hit: ${first}/${strings.size} = ${(rate * 100).toFixed(1)}%`);
    expect(strings.size).toBeGreaterThan(150);
    expect(misses).toEqual([]);
  }, 180_000);

  it('ranks the expected node first for journalist queries (MRR ≥ 0.9)', async () => {
    let sum = 0;
    const report: string[] = [];
    for (const [text, id] of JOURNALIST) {
      const r = await search(text);
      const rank = r.edges.findIndex((e) => e.node.node.id === id) + 1;
      sum += rank ? 1 / rank : 0;
      if (rank !== 1)
        report.push(`${text}: ${id} at ${rank || 'absent'} (first ${r.edges[0]?.node.node.id})`);
      // Confidence is bounded and ordered.
      const scores = r.edges.map((e) => e.node.score);
      expect(scores, text).toEqual([...scores].sort((a, b) => b - a));
      expect(
        scores.every((s) => s >= r.floor && s <= 1),
        text,
      ).toBe(true);
    }
    const mrr = sum / JOURNALIST.length;
    console.log(`MRR over ${JOURNALIST.length} journalist queries: ${mrr.toFixed(3)}`, report);
    expect(mrr).toBeGreaterThanOrEqual(0.9);
  });

  it('finds a misspelled handle or name first', async () => {
    for (const [text, id] of TYPOS_ONLY) {
      const r = await search(text);
      expect(r.edges[0]?.node.node.id, text).toBe(id);
    }
  });

  it('returns nothing for what is not in the graph', async () => {
    let empty = 0;
    const noisy: string[] = [];
    for (const text of NOTHING) {
      const r = await search(text);
      if (r.totalCount === 0 && r.edges.length === 0) empty++;
      else noisy.push(`${text} → ${r.edges.map((e) => `${e.node.node.id} ${e.node.score}`).join(', ')}`);
    }
    console.log(`empty when it should be: ${empty}/${NOTHING.length}`);
    expect(noisy).toEqual([]);
  });

  it('suggests the closest names below the floor instead of answering with noise', async () => {
    const r = await search('Nicolas Hollande');
    expect(r.edges).toEqual([]);
    expect(r.didYouMean.map((h) => h.node.id)).toContain('person:nicolas-sarkozy');
    expect(r.didYouMean.every((h) => h.score < r.floor)).toBe(true);
    // With hits, no suggestion.
    expect((await search('Sarkozy')).didYouMean).toEqual([]);
  });

  it('puts an entity before its own site or account for its own name', async () => {
    for (const [text, entity, own] of [
      ['PS', 'org:ps', 'platform:ps-website'],
      ['Benkirane', 'person:abdelilah-benkirane', 'account:benkirane-facebook-page'],
      ['UMP', 'org:ump', 'platform:ump-website'],
      ['La Coopol', 'platform:la-coopol', 'account:la-coopol-facebook-fan-page'],
    ] as const) {
      const ids = (await search(text, 50)).edges.map((e) => e.node.node.id);
      expect(ids[0], text).toBe(entity);
      expect(ids.indexOf(own), text).toBeGreaterThan(0);
    }
  });

  it('matches handles and addresses as such', async () => {
    const handle = (await search('@NK_M')).edges[0]?.node;
    expect(handle).toMatchObject({ matchedField: 'HANDLE', score: 1, node: { id: 'account:nk-m-twitter' } });
    const url = (await search('https://www.facebook.com/')).edges[0]?.node;
    expect(url).toMatchObject({ matchedField: 'URL', score: 1, node: { id: 'platform:facebook' } });
  });
});
