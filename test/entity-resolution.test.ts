import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDataset } from '../src/data/dataset.js';
import { findDuplicates, osaDistance, type DuplicateCandidateInput } from '../src/data/duplicates.js';
import { createTestApi, type TestApi } from './support/api.js';
import { cypher } from './support/db.js';

const ds = readDataset(path.resolve('data'));
const candidates: DuplicateCandidateInput[] = ds.entities.map((e) => ({
  id: e.id,
  kind: e.kind,
  name: e.name,
  aliases: e.aliases,
  accounts: [],
  roles: [],
}));

describe('duplicate detection on the corpus name variants', () => {
  /** Each alias the texts use, split off as if it were a node of its own: is it paired back? */
  const variants = ds.entities.flatMap((e) =>
    e.aliases.map((alias) => ({ entity: e.id, kind: e.kind, alias })),
  );
  const found = variants.map((v) => {
    const probe = {
      id: `${v.entity}-variant`,
      kind: v.kind,
      name: v.alias,
      aliases: [],
      accounts: [],
      roles: [],
    };
    // The variant leaves its node: the node keeps only its other names.
    const rest = candidates.map((c) =>
      c.id === v.entity ? { ...c, aliases: c.aliases.filter((a) => a !== v.alias) } : c,
    );
    const pairs = findDuplicates([...rest, probe]);
    return {
      ...v,
      paired: pairs.some((p) => [p.a, p.b].includes(probe.id) && [p.a, p.b].includes(v.entity)),
    };
  });

  it.each([
    ['NKM', 'person:nathalie-kosciusko-morizet'],
    ['Nathalie Kociusko Morizet', 'person:nathalie-kosciusko-morizet'],
    ['M. Benkirane', 'person:abdelilah-benkirane'],
    ['El Amrani', 'person:slimane-el-amrani'],
    ['Said RAJIB', 'person:said-rajib'],
    ['Aljazzera', 'org:al-jazeera'],
    ['pati socialiste', 'org:ps'],
    ['PJD', 'org:pjd'],
    ['UMP', 'org:ump'],
    ['Europe Ecologie', 'org:europe-ecologie'],
    ['Les créateurs du possible', 'platform:les-createurs-de-possibles'],
  ])('pairs the variant "%s" with %s', (alias, entity) => {
    expect(found.find((f) => f.alias === alias && f.entity === entity)?.paired).toBe(true);
  });

  it('recovers most aliases; the rest are descriptions, not name variants', () => {
    const recall = found.filter((f) => f.paired).length / found.length;
    console.log(
      `alias recall ${(recall * 100).toFixed(0)}% (${found.filter((f) => f.paired).length}/${found.length}); not paired: ` +
        found
          .filter((f) => !f.paired)
          .map((f) => `"${f.alias}"`)
          .join(', '),
    );
    expect(recall).toBeGreaterThan(0.6);
  });

  it('suggests only these pairs on the seed graph itself, each judged different by a curator', () => {
    const pairs = findDuplicates(candidates);
    console.log(`seed graph suggestions: ${pairs.map((p) => `${p.a} ~ ${p.b} (${p.score})`).join('; ')}`);
    // Homonyms, a state and its government or media, a party and its group, a wing and its officials:
    // exactly the pairs an editor should look at once and judge (README: Entity resolution).
    expect(pairs.map((p) => `${p.a} ~ ${p.b}`).sort()).toEqual([
      'org:jeunes-populaires ~ org:jeunes-populaires-departmental-leaders',
      'org:kingdom-of-morocco ~ org:moroccan-government',
      'org:kingdom-of-morocco ~ org:moroccan-media',
      'org:pjd ~ org:pjd-parliamentary-group',
      'person:slimane-el-amrani ~ person:youssef-amrani',
    ]);
  });

  it('counts a swap of neighbouring letters as one edit', () => {
    expect(osaDistance('benkirane', 'benkiarne')).toBe(1);
    expect(osaDistance('kosciusko', 'kociusko')).toBe(1);
  });
});

describe('entity resolution through the API', () => {
  let api: TestApi;
  let editor: string;
  let driver: Driver;
  const s = randomUUID().slice(0, 6);
  const ARTICLE = 'article:les-createurs-de-possibles-2017-en-ligne-de-mire';
  const EXCERPT = 'NKM et Benoist Apparu font une entrée type exposé Sciences Po.';
  const ev = [{ article: ARTICLE, excerpt: EXCERPT }];
  const mutate = <T>(q: string, v: Record<string, unknown>) => api.run<T>(q, v, editor);
  const create = (kind: string, id: string, name: string, extra: Record<string, unknown> = {}) =>
    mutate('mutation($i: CreateEntityInput!) { createEntity(input: $i) { id } }', {
      i: { kind, id, name, evidence: ev, ...extra },
    });
  const relate = (type: string, from: string, to: string, extra: Record<string, unknown> = {}) =>
    mutate<{ addRelation: { id: string } }>(
      'mutation($i: AddRelationInput!) { addRelation(input: $i) { id } }',
      {
        // Test nodes are in no article: the support check wants a basis.
        i: {
          type,
          from,
          to,
          inferred: true,
          basis: 'test fixture',
          evidence: { article: ARTICLE, excerpt: EXCERPT },
          ...extra,
        },
      },
    );

  beforeAll(async () => {
    api = await createTestApi();
    driver = api.driver;
    editor = await api.token('resolver');
  });
  afterAll(() => api.close());

  it('suggests an ingested misspelling of a known actor with reasons, and forgets a pair judged DIFFERENT', async () => {
    const dupe = `person:kociusko-${s}`;
    expect((await create('PERSON', dupe, `Nathalie Kociusko-Morizet ${s}`)).errors).toBeUndefined();
    const other = `person:n-kosciusko-${s}`;
    expect((await create('PERSON', other, `Nathalie Kosciusko Morizet ${s}`)).errors).toBeUndefined();
    type R = { possibleDuplicates: { a: { id: string }; b: { id: string }; reasons: string[] }[] };
    const q = 'query { possibleDuplicates(kinds: [PERSON], first: 500) { a { id } b { id } score reasons } }';
    const pairOf = (r: R | null | undefined) =>
      r?.possibleDuplicates.find((p) => [p.a.id, p.b.id].sort().join() === [dupe, other].sort().join());
    const before = await api.run<R>(q);
    expect(pairOf(before.data)?.reasons.join(' ')).toMatch(/misspelling|transposed|spaces or hyphens/);
    const judged = await mutate(
      'mutation($a: ID!, $b: ID!) { judgeDuplicate(a: $a, b: $b, verdict: DIFFERENT, note: "two test nodes") { verdict by } }',
      { a: dupe, b: other },
    );
    expect(judged.data).toEqual({ judgeDuplicate: { verdict: 'DIFFERENT', by: 'resolver' } });
    expect(pairOf((await api.run<R>(q)).data)).toBeUndefined();
  });

  /** JSON with sorted keys: property order in Neo4j is not meaningful. */
  const canonical = (v: unknown): string =>
    JSON.stringify(v, (_k, x: unknown) =>
      x && typeof x === 'object' && !Array.isArray(x)
        ? Object.fromEntries(
            Object.entries(x as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
          )
        : x,
    );

  /** The given nodes and every relationship touching them, as sorted lines: the canonical dump compared. */
  async function dump(ids: string[]): Promise<string> {
    const nodes = await cypher<{ labels: string[]; props: Record<string, unknown> }>(
      driver,
      'MATCH (n) WHERE (n:Entity OR n:Redirect) AND n.id IN $ids RETURN labels(n) AS labels, properties(n) AS props',
      { ids },
    );
    const rels = await cypher<{ type: string; from: string; to: string; props: Record<string, unknown> }>(
      driver,
      `MATCH (n:Entity) WHERE n.id IN $ids MATCH (n)-[r]-() WITH DISTINCT r
       RETURN type(r) AS type, startNode(r).id AS from, endNode(r).id AS to, properties(r) AS props`,
      { ids },
    );
    return [
      ...nodes.map((n) => `node ${[...n.labels].sort().join(':')} ${canonical(n.props)}`),
      ...rels.map((r) => `rel ${r.type} ${r.from}>${r.to} ${canonical(r.props)}`),
    ]
      .sort()
      .join('\n');
  }

  it('merge then un-merge returns the graph to an identical state, even after unrelated edits', async () => {
    const keep = `person:keeper-${s}`;
    const gone = `person:keepr-${s}`;
    const bystander = `person:bystander-${s}`;
    await create('PERSON', keep, `Keeper ${s}`);
    await create('PERSON', gone, `Keepr ${s}`);
    await create('PERSON', bystander, `Bystander ${s}`);
    await mutate('mutation($id: ID!) { addAlias(id: $id, alias: "K. the first") { id } }', { id: gone });
    expect(
      (await relate('ATTENDED', gone, 'event:ump-bloggers-meeting-2010-01-05', { date: '2010-01-05' }))
        .errors,
    ).toBeUndefined();
    expect((await relate('COMMISSIONED', keep, gone, { what: 'a blog post' })).errors).toBeUndefined();
    expect((await relate('CRITICIZED', bystander, gone)).errors).toBeUndefined();
    await mutate('mutation($i: AddClaimInput!) { addClaim(input: $i) { predicate } }', {
      i: {
        subject: gone,
        predicate: 'nickname',
        value: 'K',
        evidence: { article: ARTICLE, excerpt: EXCERPT },
      },
    });
    const ids = [keep, gone, bystander, 'event:ump-bloggers-meeting-2010-01-05'];
    const before = await dump(ids);

    const merged = await mutate<{ mergeEntities: { id: string; aliases: string[] } }>(
      'mutation($k: ID!, $m: ID!) { mergeEntities(keep: $k, merge: $m, reason: "typo") { id aliases } }',
      { k: keep, m: gone },
    );
    expect(merged.data?.mergeEntities.aliases).toEqual(
      expect.arrayContaining([`Keepr ${s}`, 'K. the first']),
    );
    expect(await dump(ids)).not.toBe(before);
    // An unrelated edit between the merge and the un-merge.
    await mutate('mutation($id: ID!) { addAlias(id: $id, alias: "Innocent bystander") { id } }', {
      id: bystander,
    });
    const afterEdit = await dump(ids);

    const undone = await mutate<{ unmergeEntity: { id: string }[] }>(
      'mutation($id: ID!) { unmergeEntity(id: $id, reason: "not the same after all") { id } }',
      { id: gone },
    );
    expect(undone.errors).toBeUndefined();
    expect(undone.data?.unmergeEntity.map((n) => n.id)).toEqual([keep, gone]);
    const restored = await dump(ids);
    // Identical to before, except the bystander's own later edit, which stays.
    const withoutBystanderEdit = (d: string) =>
      d
        .split('\n')
        .filter((l) => !l.includes(`"id":"${bystander}"`))
        .join('\n');
    const diff = (x: string, y: string) => x.split('\n').filter((l) => !y.split('\n').includes(l));
    expect(diff(withoutBystanderEdit(restored), withoutBystanderEdit(before))).toEqual([]);
    expect(diff(withoutBystanderEdit(before), withoutBystanderEdit(restored))).toEqual([]);
    expect(withoutBystanderEdit(restored)).toBe(withoutBystanderEdit(before));
    expect(restored).toContain('Innocent bystander');
    expect(afterEdit).toContain('Innocent bystander');
    const viaOld = await api.run<{ person: { id: string; redirectedFrom: string | null } }>(
      'query($id: ID!) { person(id: $id) { id redirectedFrom } }',
      { id: gone },
    );
    expect(viaOld.data?.person).toEqual({ id: gone, redirectedFrom: null });
    const merges = await api.run<{ merges: { undone: boolean; movedRelationships: number }[] }>(
      'query($id: ID!) { merges(id: $id) { undone movedRelationships } }',
      { id: gone },
    );
    expect(merges.data?.merges[0]).toEqual({ undone: true, movedRelationships: 3 });
  });

  it("reads a merged id's neighbourhood from the node it was merged into, in one round trip", async () => {
    const keep = `person:hub-keep-${s}`;
    const gone = `person:hub-gone-${s}`;
    await create('PERSON', keep, `Hub Keep ${s}`);
    await create('PERSON', gone, `Hub Gone ${s}`);
    expect(
      (await relate('ATTENDED', gone, 'event:ump-bloggers-meeting-2010-01-05', { date: '2010-01-05' }))
        .errors,
    ).toBeUndefined();
    expect(
      (
        await mutate(
          'mutation($k: ID!, $m: ID!) { mergeEntities(keep: $k, merge: $m, reason: "one") { id } }',
          {
            k: keep,
            m: gone,
          },
        )
      ).errors,
    ).toBeUndefined();
    type N = { neighbourhood: { nodes: { id: string }[]; edges: { id: string }[] } };
    const q = 'query($id: ID!) { neighbourhood(id: $id, depth: 1) { nodes { id } edges { id } } }';
    const viaMerged = await api.run<N>(q, { id: gone });
    const viaLive = await api.run<N>(q, { id: keep });
    expect(viaMerged.errors).toBeUndefined();
    expect(viaMerged.data).toEqual(viaLive.data);
    expect(viaMerged.data?.neighbourhood.nodes.map((n) => n.id)).toEqual(
      expect.arrayContaining([keep, 'event:ump-bloggers-meeting-2010-01-05']),
    );
    expect(viaMerged.roundTrips).toBe(1);
    const unknown = await api.run<N>(q, { id: `person:nobody-${s}` });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(unknown.roundTrips).toBe(1);
  });

  it('applies a time window on every hop of a path, and undated relations only when asked', async () => {
    const a = `person:window-a-${s}`;
    const b = `person:window-b-${s}`;
    const c = `person:window-c-${s}`;
    for (const [id, name] of [
      [a, 'Window A'],
      [b, 'Window B'],
      [c, 'Window C'],
    ] as const)
      await create('PERSON', id, `${name} ${s}`);
    await relate('SUPPORTS', a, b, { date: '2015-06' });
    await relate('COMMISSIONED', b, c, { date: '2010-01-05', what: 'a site' });
    type P = { connection: { length: number }[] };
    const path = (when?: Record<string, unknown>) =>
      api.run<P>(
        'query($a: ID!, $c: ID!, $w: TimeWindow) { connection(from: $a, to: $c, when: $w) { length } }',
        { a, c, w: when ?? null },
      );
    expect((await path()).data?.connection[0]?.length).toBe(2);
    // The second hop is dated 2010: outside a 2015 window, the path is gone (not only the first hop is checked).
    expect((await path({ asOf: '2015', includeUndated: true })).data?.connection).toEqual([]);
    expect(
      (await path({ since: '2010', until: '2015', includeUndated: true })).data?.connection[0]?.length,
    ).toBe(2);

    const d = `person:window-d-${s}`;
    await create('PERSON', d, `Window D ${s}`);
    await relate('CRITICIZED', c, d);
    const undated = (includeUndated: boolean) =>
      api.run<P>(
        'query($c: ID!, $d: ID!, $w: TimeWindow) { connection(from: $c, to: $d, when: $w) { length } }',
        {
          c,
          d,
          w: { since: '2000', until: '2030', includeUndated },
        },
      );
    expect((await undated(false)).data?.connection).toEqual([]);
    expect((await undated(true)).data?.connection[0]?.length).toBe(1);
  });

  it('goes around a retracted or out-of-window relation on the shortest path to a longer path', async () => {
    // a → b directly, and a → x → y → b; then the direct relation is retracted.
    const [a, x, y, b] = ['a', 'x', 'y', 'b'].map((k) => `person:detour-${k}-${s}`) as [
      string,
      string,
      string,
      string,
    ];
    for (const id of [a, x, y, b]) await create('PERSON', id, `Detour ${id.split('-')[1]} ${s}`);
    const direct = await relate('SUPPORTS', a, b, { date: '2012' });
    await relate('SUPPORTS', a, x, { date: '2016' });
    await relate('SUPPORTS', x, y, { date: '2016' });
    await relate('SUPPORTS', y, b, { date: '2016' });
    type P = { connection: { length: number; hops: { relation: { id: string } }[] }[] };
    const paths = async (when?: Record<string, unknown>, maxHops = 4) => {
      const r = await api.run<P>(
        'query($a: ID!, $b: ID!, $w: TimeWindow, $m: Int) { connection(from: $a, to: $b, when: $w, maxHops: $m) { length hops { relation { id } } } }',
        { a, b, w: when ?? null, m: maxHops },
      );
      expect(r.errors).toBeUndefined();
      return r.data!.connection;
    };
    expect((await paths()).map((p) => p.length)).toEqual([1]);
    // The direct relation is outside the window: the 3-hop detour, whose hops are all in it.
    const in2016 = await paths({ asOf: '2016', includeUndated: false });
    expect(in2016.map((p) => p.length)).toEqual([3]);
    expect(in2016[0]!.hops.map((h) => h.relation.id)).not.toContain(direct.data!.addRelation.id);

    await mutate('mutation($id: ID!) { retractRelation(id: $id, reason: "misread") { id } }', {
      id: direct.data!.addRelation.id,
    });
    expect((await paths()).map((p) => p.length)).toEqual([3]);
    // Too short a bound for the detour: nothing, rather than the retracted relation.
    expect(await paths(undefined, 2)).toEqual([]);
  });

  it('filters amplifiers and timeline by the same window', async () => {
    // Amplifiers of a node of the test's own, dated so that each window keeps a known subset.
    const hub = `org:window-hub-${s}`;
    expect(
      (await create('ORGANIZATION', hub, `Window Hub ${s}`, { subtype: 'party' })).errors,
    ).toBeUndefined();
    const dated: Record<string, { date?: string; start?: string; end?: string }> = {
      y2009: { date: '2009-05' },
      y2010: { date: '2010-01-07' },
      span: { start: '2008', end: '2011' },
      y2012: { date: '2012' },
      undated: {},
    };
    const rel: Record<string, string> = {};
    for (const [name, when] of Object.entries(dated)) {
      const from = `person:window-${name}-${s}`;
      expect((await create('PERSON', from, `Window ${name} ${s}`)).errors).toBeUndefined();
      const r = await relate('AMPLIFIES', from, hub, { weight: 1, metric: 'followers', ...when });
      expect(r.errors).toBeUndefined();
      rel[name] = r.data!.addRelation.id;
    }
    type A = { amplifiers: { totalCount: number; edges: { node: { id: string } }[] } };
    const amplifiers = async (when: Record<string, unknown> | null) => {
      const r = await api.run<A>(
        'query($of: ID!, $w: TimeWindow) { amplifiers(of: $of, when: $w) { totalCount edges { node { id } } } }',
        { of: hub, w: when },
      );
      expect(r.errors).toBeUndefined();
      expect(r.data!.amplifiers.totalCount).toBe(r.data!.amplifiers.edges.length);
      return r.data!.amplifiers.edges.map((e) => e.node.id).sort();
    };
    const ids = (...names: string[]) => names.map((n) => rel[n]!).sort();
    expect(await amplifiers(null)).toEqual(ids('y2009', 'y2010', 'span', 'y2012', 'undated'));
    expect(await amplifiers({ asOf: '2010', includeUndated: false })).toEqual(ids('y2010', 'span'));
    expect(await amplifiers({ asOf: '2010', includeUndated: true })).toEqual(ids('y2010', 'span', 'undated'));
    expect(await amplifiers({ since: '2009-06', until: '2012-12-31', includeUndated: false })).toEqual(
      ids('y2010', 'span', 'y2012'),
    );
    expect(await amplifiers({ asOf: '1990', includeUndated: false })).toEqual([]);

    const tl = await api.run<{ timeline: { date: string }[] }>(
      '{ timeline(id: "person:abdelilah-benkirane", when: { since: "2015-06-13", until: "2015-06-13", includeUndated: false }) { date } }',
    );
    const everything = await api.run<{ timeline: { date: string }[] }>(
      '{ timeline(id: "person:abdelilah-benkirane") { date } }',
    );
    // Relations dated that day (or a month/year containing it) only; the event-dated rest is undated.
    const inWindow = tl.data!.timeline.map((t) => t.date);
    expect(inWindow.length).toBeGreaterThan(0);
    expect(inWindow.length).toBeLessThan(everything.data!.timeline.length);
    expect(inWindow.every((d) => '2015-06-13'.startsWith(d))).toBe(true);
    const bad = await api.run(
      '{ timeline(id: "org:pjd", when: { asOf: "2015", since: "2014", includeUndated: true }) { date } }',
    );
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
