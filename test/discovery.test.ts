/**
 * Questions without a starting id, through the API on the seed graph: every article (filtered by
 * outlet, language, date), the events of a window, the corpus timeline of a window, the corpus-wide
 * amplification ranking, and an event's invitations. Expected answers are computed from data/.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDataset } from '../src/data/dataset.js';
import { lowerBound, upperBound } from '../src/data/dates.js';
import { foldName } from '../src/data/names.js';
import { createTestApi, type TestApi } from './support/api.js';

const ds = readDataset(path.resolve('data'));
const LUNCH = 'event:benkirane-influencers-lunch-2015-06-13';

/** Whether a partial ISO date overlaps [since, until] (both partial). */
const overlaps = (d: string, since: string, until: string) =>
  upperBound(d) >= lowerBound(since) && lowerBound(d) <= upperBound(until);

type Page<T> = {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: T[];
};

describe('questions without a starting id', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi();
  });
  afterAll(() => api.close());

  const run = async <T>(q: string, v?: Record<string, unknown>) => {
    const r = await api.run<T>(q, v);
    expect(r.errors).toBeUndefined();
    return { data: r.data as T, roundTrips: r.roundTrips };
  };

  it('lists every article newest first, page by page, in one round trip a page', async () => {
    type A = Page<{ node: { article: { id: string; date: string | null }; passages: string[] } }>;
    const q = `query($after: String) { articles(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor }
      edges { node { passages article { id date } } } } }`;
    const seen: { id: string; date: string | null }[] = [];
    let after: string | null = null;
    for (;;) {
      const { data, roundTrips }: { data: { articles: A }; roundTrips: number } = await run<{ articles: A }>(
        q,
        {
          after,
        },
      );
      expect(roundTrips).toBe(1);
      expect(data.articles.totalCount).toBe(ds.articles.length);
      seen.push(...data.articles.edges.map((e) => e.node.article));
      expect(data.articles.edges.every((e) => e.node.passages.length === 0)).toBe(true);
      if (!data.articles.pageInfo.hasNextPage) break;
      after = data.articles.pageInfo.endCursor;
    }
    expect(new Set(seen.map((a) => a.id))).toEqual(new Set(ds.articles.map((a) => a.id)));
    const dates = seen.map((a) => a.date ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('filters articles by outlet (accents and case ignored), language and date', async () => {
    type A = { articles: Page<{ node: { article: { id: string } } }> };
    const q = `query($f: ArticleFilter) { articles(filter: $f, first: 50) { totalCount edges { node { article { id } } } } }`;
    const ids = (d: A) => new Set(d.articles.edges.map((e) => e.node.article.id));
    const outlet = await run<A>(q, { f: { outlet: 'WORDPRESS' } });
    const expected = ds.articles
      .filter((a) => foldName(a.outlet ?? '').includes('wordpress'))
      .map((a) => a.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(ds.articles.length);
    expect(ids(outlet.data)).toEqual(new Set(expected));

    const fr = await run<A>(q, { f: { language: 'fr' } });
    expect(ids(fr.data)).toEqual(new Set(ds.articles.filter((a) => a.language === 'fr').map((a) => a.id)));
    const en = await run<A>(q, { f: { language: 'en' } });
    expect(en.data.articles.totalCount).toBe(ds.articles.filter((a) => a.language === 'en').length);

    const dated = await run<A>(q, { f: { when: { since: '2010', until: '2010', includeUndated: false } } });
    const in2010 = ds.articles.filter((a) => a.date && overlaps(a.date, '2010', '2010')).map((a) => a.id);
    expect(in2010.length).toBeGreaterThan(0);
    expect(ids(dated.data)).toEqual(new Set(in2010));

    const mentioning = await run<A>(
      `query { articles(mentioning: "person:abdelilah-benkirane", filter: { outlet: "telquel" }) { totalCount edges { node { article { id } } } } }`,
    );
    const citing = new Set([
      ...ds.relations
        .filter((r) => [r.from, r.to].includes('person:abdelilah-benkirane'))
        .map((r) => r.article),
      ...ds.mentions.filter((m) => m.entity === 'person:abdelilah-benkirane').map((m) => m.article),
    ]);
    const fromTelquel = ds.articles.filter(
      (a) => citing.has(a.id) && foldName(a.outlet ?? '').includes('telquel'),
    );
    expect(fromTelquel.length).toBeGreaterThan(0);
    expect(fromTelquel.length).toBeLessThan(citing.size);
    expect(ids(mentioning.data)).toEqual(new Set(fromTelquel.map((a) => a.id)));

    const bad = await api.run(q, { f: { language: 'xx' } });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('lists the events of a window, oldest first', async () => {
    type E = { events: Page<{ node: { id: string; date: string | null } }> };
    const q = `query($w: TimeWindow) { events(when: $w, first: 50) { totalCount edges { node { id date } } } }`;
    const all = await run<E>(q);
    const events = ds.entities.filter((e) => e.kind === 'Event');
    expect(all.data.events.totalCount).toBe(events.length);
    const dates = all.data.events.edges.map((e) => e.node.date ?? '9999');
    expect(dates).toEqual([...dates].sort());

    const jan2010 = await run<E>(q, { w: { since: '2010-01', until: '2010-01', includeUndated: false } });
    const expected = events
      .filter((e) => typeof e.props.date === 'string' && overlaps(e.props.date, '2010-01', '2010-01'))
      .map((e) => e.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(events.length);
    expect(new Set(jan2010.data.events.edges.map((e) => e.node.id))).toEqual(new Set(expected));
    expect(jan2010.roundTrips).toBe(1);
  });

  it('gives the corpus timeline of a window, in date order, without an id', async () => {
    type T = { timeline: { date: string; relation: { id: string; type: string }; other: { id: string } }[] };
    const q = `query($w: TimeWindow) { timeline(when: $w, limit: 1000) { date relation { id type } other { id } } }`;
    const w = { since: '2010-01', until: '2010-01', includeUndated: false };
    const { data, roundTrips } = await run<T>(q, { w });
    expect(roundTrips).toBe(1);
    const expected = ds.relations.filter((r) => {
      if (r.type === 'MENTIONS') return false;
      const start = r.date ?? r.start;
      if (!start) return false;
      return (
        upperBound(r.end ?? start) >= lowerBound('2010-01') && lowerBound(start) <= upperBound('2010-01')
      );
    });
    expect(expected.length).toBeGreaterThan(2);
    expect(new Set(data.timeline.map((t) => t.relation.id))).toEqual(new Set(expected.map((r) => r.id)));
    const dates = data.timeline.map((t) => t.date);
    expect(dates).toEqual([...dates].sort());
    // Several actors, not one anchor.
    expect(new Set(expected.map((r) => r.from)).size).toBeGreaterThan(1);
  });

  it('ranks amplification corpus-wide, largest first, filtered by platform, target kind and metric', async () => {
    type R = {
      amplification: Page<{
        other: { id: string; kind: string };
        node: { id: string; weight: number | null; metric: string | null; source: { id: string } };
      }>;
    };
    const q = `query($f: AmplificationFilter, $first: Int) { amplification(filter: $f, first: $first) { totalCount
      edges { other { id kind } node { id weight metric source { id } } } } }`;
    const amplifies = ds.relations.filter((r) => r.type === 'AMPLIFIES');
    const all = await run<R>(q, { first: 100 });
    expect(all.roundTrips).toBe(1);
    expect(all.data.amplification.totalCount).toBe(amplifies.length);
    const weights = all.data.amplification.edges.map((e) => e.node.weight ?? -1);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
    for (const e of all.data.amplification.edges)
      expect(e.other.id).toBe(amplifies.find((r) => r.id === e.node.id)?.to);

    const kindOf = new Map(ds.entities.map((e) => [e.id, e.kind]));
    const toPlatforms = await run<R>(q, { f: { targetKinds: ['PLATFORM'] }, first: 100 });
    const expectedPlatform = amplifies.filter((r) => kindOf.get(r.to) === 'Platform');
    expect(expectedPlatform.length).toBeGreaterThan(0);
    expect(expectedPlatform.length).toBeLessThan(amplifies.length);
    expect(toPlatforms.data.amplification.totalCount).toBe(expectedPlatform.length);

    const members = await run<R>(q, { f: { metric: 'members' }, first: 100 });
    const expectedMembers = amplifies.filter((r) => r.props.metric === 'members');
    expect(members.data.amplification.totalCount).toBe(expectedMembers.length);
    expect(members.data.amplification.edges.every((e) => e.node.metric === 'members')).toBe(true);

    const onPlatform = new Set(
      ds.relations.filter((r) => r.type === 'ON_PLATFORM' && r.to === 'platform:facebook').map((r) => r.from),
    );
    const facebook = await run<R>(q, { f: { platform: 'platform:facebook' }, first: 100 });
    const expectedFacebook = amplifies.filter((r) => onPlatform.has(r.from));
    expect(expectedFacebook.length).toBeGreaterThan(0);
    expect(new Set(facebook.data.amplification.edges.map((e) => e.node.id))).toEqual(
      new Set(expectedFacebook.map((r) => r.id)),
    );

    const top = await run<R>(q, { first: 1 });
    expect(top.data.amplification.edges.map((e) => e.node.id)).toEqual([
      all.data.amplification.edges[0]?.node.id,
    ]);
  });

  // Regression: the ranking collected every AMPLIFIES of the corpus before slicing, which ran out of
  // transaction memory at 5M. Small pages now walk the weight index from the top; they must give the
  // same ranking as one page holding them all (which sorts them all).
  it('pages through the amplification ranking in the order of the whole ranking', async () => {
    const q = `query($first: Int, $after: String) { amplification(first: $first, after: $after) { totalCount
      pageInfo { endCursor hasNextPage } edges { node { id weight } } } }`;
    type P = {
      amplification: {
        totalCount: number;
        pageInfo: { endCursor: string | null; hasNextPage: boolean };
        edges: { node: { id: string; weight: number | null } }[];
      };
    };
    const whole = (await run<P>(q, { first: 100 })).data.amplification;
    expect(whole.edges.length).toBeGreaterThan(3);
    for (const size of [1, 2, 3]) {
      const ids: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page: P['amplification'] = (await run<P>(q, { first: size, after })).data.amplification;
        expect(page.totalCount).toBe(whole.totalCount);
        ids.push(...page.edges.map((e) => e.node.id));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(ids).toEqual(whole.edges.map((e) => e.node.id));
    }
  });

  it('gives an event its invitations: inviter, invitee, response, reason, evidence', async () => {
    type I = {
      event: {
        invitations: Page<{
          other: { id: string };
          direction: string;
          node: {
            id: string;
            response: string | null;
            reason: string | null;
            source: { id: string };
            target: { id: string };
            event: { id: string } | null;
            evidence: { excerpt: string; article: { id: string } };
          };
        }>;
      };
    };
    const { data, roundTrips } = await run<I>(
      `query($id: ID!) { event(id: $id) { invitations(first: 50) { totalCount edges { other { id } direction
        node { id response reason source { id } target { id } event { id } evidence { excerpt article { id } } } } } } }`,
      { id: LUNCH },
    );
    const expected = ds.relations.filter((r) => r.type === 'INVITED' && r.props.event === LUNCH);
    expect(expected.length).toBeGreaterThan(0);
    const got = data.event.invitations;
    expect(got.totalCount).toBe(expected.length);
    expect(new Set(got.edges.map((e) => e.node.id))).toEqual(new Set(expected.map((r) => r.id)));
    for (const e of got.edges) {
      const row = expected.find((r) => r.id === e.node.id)!;
      expect(e.node.source.id).toBe(row.from);
      expect(e.node.target.id).toBe(row.to);
      expect(e.other.id).toBe(row.from);
      expect(e.node.event?.id).toBe(LUNCH);
      expect(e.node.response).toBe(row.props.response ? String(row.props.response).toUpperCase() : null);
      expect(e.node.evidence.excerpt).toBe(row.excerpt);
    }
    expect(got.edges.some((e) => e.node.response === 'DECLINED' && e.node.reason)).toBe(true);
    // The event, then its invitations, then the nodes and articles they name: a fixed number of trips.
    expect(roundTrips).toBeLessThanOrEqual(4);

    const other = await run<I>(
      `query { event(id: "event:aljazeera-forum-2015-05-05") { invitations { totalCount edges { node { id } } } } }`,
    );
    expect(other.data.event.invitations.totalCount).toBe(
      ds.relations.filter((r) => r.type === 'INVITED' && r.props.event === 'event:aljazeera-forum-2015-05-05')
        .length,
    );
  });
});
