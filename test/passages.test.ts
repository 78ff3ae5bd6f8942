/**
 * Passage search through the API on the seed graph: "who said …" finds the evidence excerpt with
 * the relation it supports, accents folded; claims' excerpts carry their claims; every hit is
 * verbatim in its article and holds every word asked; nothing is returned for words no article has.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizeWhitespace, readDataset } from '../src/data/dataset.js';
import { foldName, nameTokens } from '../src/data/names.js';
import { createTestApi, type TestApi } from './support/api.js';

const ds = readDataset(path.resolve('data'));

type Hit = {
  text: string;
  score: number;
  article: { id: string; text: string };
  relations: { id: string; type: string; source: { id: string }; target: { id: string } }[];
  claims: { predicate: string; value: string; subject: { id: string } }[];
};
type R = { passages: { totalCount: number; edges: { node: Hit }[] } };
const Q = `query($text: String!, $first: Int) { passages(text: $text, first: $first) { totalCount edges { node {
  text score article { id text } relations { id type source { id } target { id } } claims { predicate value subject { id } }
} } } }`;

describe('passage search', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi();
  });
  afterAll(() => api.close());
  const passages = async (text: string, first = 20) => {
    const r = await api.run<R>(Q, { text, first });
    expect(r.errors, text).toBeUndefined();
    expect(r.roundTrips, text).toBe(1);
    return r.data!.passages;
  };

  it('answers "who said « excès de zèle »" with the excerpt, its article and the quote it supports', async () => {
    const phrase = 'excès de zèle';
    const expected = ds.relations.filter((r) =>
      r.sources.some((s) => foldName(s.excerpt).includes(foldName(phrase))),
    );
    expect(expected.length).toBeGreaterThan(0);
    for (const text of [phrase, 'EXCES DE ZELE']) {
      const r = await passages(text);
      const top = r.edges[0]!.node;
      expect(top.score).toBe(1);
      expect(foldName(top.text)).toContain(foldName(phrase));
      expect(top.article.id).toBe(expected[0]!.article);
      // Every relation an excerpt holding the phrase supports, among the phrase hits (two excerpts here).
      const phraseHits = r.edges.filter((e) => e.node.score === 1).map((e) => e.node);
      expect(phraseHits.every((h) => foldName(h.text).includes(foldName(phrase)))).toBe(true);
      expect(new Set(phraseHits.flatMap((h) => h.relations.map((x) => x.id)))).toEqual(
        new Set(expected.map((x) => x.id)),
      );
      // Who said it: the quoted person is an end of the relation.
      expect(
        phraseHits.some((h) =>
          h.relations.some((x) => x.type === 'QUOTED' && x.target.id === 'person:frederic-lefebvre'),
        ),
      ).toBe(true);
    }
  });

  it('lists the claims a passage is evidence for', async () => {
    const claim = ds.claims.find((c) => nameTokens(c.excerpt).length >= 4)!;
    const words = nameTokens(claim.excerpt).slice(0, 4).join(' ');
    const r = await passages(words, 50);
    const hit = r.edges.find((e) => e.node.claims.some((c) => c.predicate === claim.predicate));
    expect(hit, words).toBeDefined();
    expect(hit!.node.article.id).toBe(claim.article);
    expect(hit!.node.claims.find((c) => c.predicate === claim.predicate)?.subject.id).toBe(claim.subject);
  });

  it('gives verbatim passages holding every word, phrases first, sentences of the text too', async () => {
    const r = await passages('Benkirane Facebook', 50);
    expect(r.totalCount).toBeGreaterThan(1);
    let sentences = 0;
    for (const { node } of r.edges) {
      expect(normalizeWhitespace(node.article.text)).toContain(normalizeWhitespace(node.text));
      const tokens = nameTokens(node.text);
      for (const w of ['benkirane', 'facebook'])
        expect(
          tokens.some((t) => t.startsWith(w)),
          node.text,
        ).toBe(true);
      if (!node.relations.length && !node.claims.length) sentences++;
    }
    const scores = r.edges.map((e) => e.node.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(sentences).toBeLessThan(r.edges.length);
    // A word no curated excerpt holds is still found, in the sentences of the texts.
    const reform = await passages('réforme');
    expect(reform.totalCount).toBeGreaterThan(0);
    for (const { node } of reform.edges) {
      expect(node.relations).toEqual([]);
      expect(nameTokens(node.text).some((t) => t.startsWith('reforme'))).toBe(true);
      expect(normalizeWhitespace(node.article.text)).toContain(normalizeWhitespace(node.text));
    }
  });

  it('returns nothing for words no article holds together', async () => {
    for (const text of ['qwertyuiop', 'Benkirane Tokyo', 'excès de prudence au Japon']) {
      const r = await passages(text);
      expect(r.totalCount, text).toBe(0);
      expect(r.edges, text).toEqual([]);
    }
  });
});
