/** The composition rules of a reload (src/data/compose.ts), one by one, without a database. */
import { describe, expect, it } from 'vitest';
import { composeNode, composeRelation, evidenceKey, unmergedKeepProps } from '../src/data/compose.js';
import { sourceProps, storedSources } from '../src/data/facts.js';

const dataset = {
  id: 'person:x',
  origin: 'dataset',
  name: 'X',
  aliases: ['Ex'],
  aliasText: 'Ex',
  description: 'from data/',
  evidenceArticles: ['article:a'],
  evidenceExcerpts: ['X said'],
};

describe('composeNode', () => {
  it('a node no editor touched is the dataset row', () => {
    expect(composeNode(dataset, { ...dataset, description: 'old' })).toEqual({
      props: dataset,
      overridden: [],
    });
    expect(composeNode(dataset, null).props).toBe(dataset);
  });

  it("keeps an editor's value and aliases; reports an override only where data/ changed the replaced value", () => {
    const current = {
      ...dataset,
      description: 'by an editor',
      aliases: ['Ex', 'Mr X'],
      editorAliases: ['Mr X'],
      editedProps: ['description'],
      editedBase: JSON.stringify({ description: 'from data/' }),
      updatedBy: 'alice',
    };
    const same = composeNode({ ...dataset, aliases: ['Ex', 'X.'] }, current);
    expect(same.overridden).toEqual([]);
    expect(same.props).toMatchObject({
      description: 'by an editor',
      aliases: ['Ex', 'X.', 'Mr X'],
      updatedBy: 'alice',
    });
    expect(same.props.aliasText).toBe('Ex | X. | Mr X');
    const changed = composeNode({ ...dataset, description: 'revised in data/' }, current);
    expect(changed.overridden).toEqual(['description']);
    expect(changed.props.description).toBe('by an editor');
  });

  it('keeps evidence a merge brought, once', () => {
    const current = {
      ...dataset,
      evidenceArticles: ['article:a', 'article:b'],
      evidenceExcerpts: ['X said', 'Y said'],
      editorEvidenceArticles: ['article:b'],
      editorEvidenceExcerpts: ['Y said'],
      mergedFrom: ['person:y'],
    };
    const { props } = composeNode(dataset, current);
    expect([props.evidenceArticles, props.evidenceExcerpts]).toEqual([
      ['article:a', 'article:b'],
      ['X said', 'Y said'],
    ]);
    expect(props.mergedFrom).toEqual(['person:y']);
  });
});

describe('composeRelation', () => {
  const own = { article: 'article:a', excerpt: 'A met B', status: 'done' as const, inferred: false };
  const added = {
    article: 'article:b',
    excerpt: 'B and A met',
    status: 'reported' as const,
    inferred: false,
  };
  const row = { id: 'MET:a>b', origin: 'dataset', date: '2010', ...sourceProps([own]) };

  it("keeps a retraction and an editor's source beside the dataset's", () => {
    const current = {
      ...row,
      date: '2010-01-07',
      ...sourceProps([own, added]),
      editorSourceKeys: [evidenceKey(added.article, added.excerpt)],
      retractedAt: '2026-01-01',
      retractedBy: 'alice',
    };
    const out = composeRelation('ATTENDED', row, current);
    expect(storedSources(out).map((s) => s.article)).toEqual(['article:a', 'article:b']);
    expect(out).toMatchObject({ retractedBy: 'alice', date: '2010-01-07' });
  });

  it('a source the dataset now states itself is not doubled', () => {
    const both = { ...row, ...sourceProps([own, added]) };
    const current = {
      ...both,
      editorSourceKeys: [evidenceKey(added.article, added.excerpt)],
      updatedBy: 'a',
    };
    expect(storedSources(composeRelation('ATTENDED', both, current))).toHaveLength(2);
  });
});

describe('unmergedKeepProps', () => {
  const before = { ...dataset, aliases: ['Ex'] };
  const after = {
    ...before,
    aliases: ['Ex', 'Y'],
    editorAliases: ['Y'],
    mergedFrom: ['person:y'],
    evidenceArticles: ['article:a', 'article:b'],
    evidenceExcerpts: ['X said', 'Y said'],
    editorEvidenceArticles: ['article:b'],
    editorEvidenceExcerpts: ['Y said'],
  };

  it('unchanged since the merge: exactly the pre-merge properties', () => {
    expect(unmergedKeepProps({ ...after }, before, after, 'person:y')).toEqual(before);
  });

  it('edited since: what the merge brought goes, the later edit stays', () => {
    const edited = {
      ...after,
      aliases: ['Ex', 'Y', 'Later'],
      editorAliases: ['Y', 'Later'],
      description: 'edited',
    };
    const out = unmergedKeepProps(edited, before, after, 'person:y');
    expect(out).toMatchObject({ aliases: ['Ex', 'Later'], editorAliases: ['Later'], description: 'edited' });
    expect(out.evidenceArticles).toEqual(['article:a']);
    expect(out.mergedFrom).toBeUndefined();
  });
});
