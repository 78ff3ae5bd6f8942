/**
 * Evidence that supports its relation, through the API against the real Neo4j: one fact with the
 * sources of every article stating it, counted once; what each source says of it (status); declared
 * inferences; conflicts only for functional predicates; and curation writes held to the support check.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizeWhitespace } from '../src/data/dataset.js';
import { FUNCTIONAL_CLAIMS, RELATIONS } from '../src/data/model.js';
import { createTestApi, type TestApi } from './support/api.js';

const LUNCH = 'event:benkirane-influencers-lunch-2015-06-13';
const A000 = 'article:pourquoi-je-n-ai-pas-assiste-au-dejeuner-de-benkirane';
const A001 = 'article:pourquoi-benkirane-invite-des-influenceurs-du-web';
const A003 = 'article:il-est-temps-d-adopter-la-diplomatie-twitter';
const CDP = 'platform:les-createurs-de-possibles';
const KHALFI = 'person:mustapha-el-khalfi';

interface Source {
  article: { id: string; text: string };
  excerpt: string;
  status: string;
  date: string | null;
  inferred: boolean;
  basis: string | null;
}
interface Rel {
  id: string;
  status: string;
  date: string | null;
  inferred: boolean;
  basis: string | null;
  evidence: { excerpt: string; article: { id: string } };
  sources: Source[];
}
const REL = `id status date inferred basis evidence { excerpt article { id } }
  sources { article { id text } excerpt status date inferred basis }`;

type Errors = readonly { message: string; extensions?: Record<string, unknown> }[] | undefined;

describe('one fact, many sources', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi();
  });
  afterAll(() => api.close());

  it('lists an attendee of the lunch once, with the evidence of both articles and the realised status', async () => {
    const { data, errors } = await api.run<{
      event: { attendees: { totalCount: number; edges: { other: { id: string }; node: Rel }[] } };
    }>(
      `query($id: ID!) { event(id: $id) { attendees { totalCount edges { other { id } node { ${REL} } } } } }`,
      {
        id: LUNCH,
      },
    );
    expect(errors).toBeUndefined();
    const edges = data!.event.attendees.edges;
    expect(data!.event.attendees.totalCount).toBe(edges.length);
    expect(edges.filter((e) => e.other.id === KHALFI)).toHaveLength(1);
    const fact = edges.find((e) => e.other.id === KHALFI)!.node;
    expect(fact.id).toBe(`ATTENDED:${KHALFI}>${LUNCH}`);
    // 000 (after the lunch) says he was there; 001 (before) that he was to accompany Benkirane.
    expect(fact.status).toBe('DONE');
    expect(fact.sources.map((s) => [s.article.id, s.status])).toEqual([
      [A000, 'DONE'],
      [A001, 'PLANNED'],
    ]);
    // `evidence` is the primary source, and every source is verbatim in its article.
    expect(fact.evidence).toEqual({ excerpt: fact.sources[0]!.excerpt, article: { id: A000 } });
    for (const s of fact.sources)
      expect(normalizeWhitespace(s.article.text)).toContain(normalizeWhitespace(s.excerpt));
  });

  it('gives the most precise date two articles give for one launch, and each source its own', async () => {
    const { data } = await api.run<{
      node: { launchedBy: { totalCount: number; edges: { node: Rel }[] } };
    }>(
      `query($id: ID!) { node(id: $id) { ... on Platform { launchedBy { totalCount edges { node { ${REL} } } } } } }`,
      {
        id: CDP,
      },
    );
    expect(data!.node.launchedBy.totalCount).toBe(1);
    const fact = data!.node.launchedBy.edges[0]!.node;
    expect(fact.date).toBe('2010-01-07');
    expect(fact.status).toBe('DONE');
    expect(fact.sources.map((s) => [s.status, s.date, s.inferred])).toEqual([
      ['DONE', '2010-01-07', false],
      ['ANNOUNCED', '2010-01', true],
    ]);
    expect(fact.sources[1]!.basis).toMatch(/UMP/);
  });

  it('finds the fact from either article, and counts it once in networks and paths', async () => {
    const { data } = await api.run<{
      person: { from001: { edges: { node: { id: string } }[] }; from003: { totalCount: number } };
      neighbourhood: { edges: { id: string; type: string; target: { id: string } }[] };
      connection: { hops: { relation: { id: string } }[] }[];
    }>(
      `query($p: ID!, $a1: ID!, $a3: ID!, $e: ID!) {
        person(id: $p) {
          from001: attended(filter: { article: $a1 }) { edges { node { id } } }
          from003: attended(filter: { article: $a3 }) { totalCount }
        }
        neighbourhood(id: $p, depth: 1) { edges { id type target { id } } }
        connection(from: $p, to: $e, maxHops: 1) { hops { relation { id } } }
      }`,
      { p: KHALFI, a1: A001, a3: A003, e: LUNCH },
    );
    const id = `ATTENDED:${KHALFI}>${LUNCH}`;
    // The primary source is 000's, yet 001 states it too.
    expect(data!.person.from001.edges.map((e) => e.node.id)).toEqual([id]);
    expect(data!.person.from003.totalCount).toBe(0);
    expect(
      data!.neighbourhood.edges.filter((e) => e.type === 'ATTENDED' && e.target.id === LUNCH),
    ).toHaveLength(1);
    expect(data!.connection.map((p) => p.hops.map((h) => h.relation.id))).toContainEqual([id]);
  });

  it('says what each article says of a relation: a meeting only planned is not attended', async () => {
    const { data } = await api.run<{ event: { attendees: { edges: { node: Rel }[] } } }>(
      `query { event(id: "event:pjd-parliamentary-group-influencers-meeting-2015-06-16") { attendees { edges { node { ${REL} } } } } }`,
    );
    const [edge] = data!.event.attendees.edges;
    expect(edge!.node.status).toBe('PLANNED');
    expect(edge!.node.sources[0]!.excerpt).toContain('est prévue');
  });

  it('exposes an inference and its basis beside the evidence', async () => {
    const { data } = await api.run<{
      event: { organizers: { edges: { other: { id: string }; node: Rel }[] } };
    }>(`query($id: ID!) { event(id: $id) { organizers { edges { other { id } node { ${REL} } } } } }`, {
      id: LUNCH,
    });
    const byId = new Map(data!.event.organizers.edges.map((e) => [e.other.id, e.node]));
    // "Ghassan Benchiheb … est derrière cet événement": the event is named by its context only.
    expect(byId.get('person:ghassan-benchiheb')).toMatchObject({
      inferred: true,
      basis: expect.stringMatching(/13 juin/),
    });
    // "je n’ai pas participé au déjeuner du PJD": both ends named.
    expect(byId.get('org:pjd')).toMatchObject({ inferred: false, basis: null });
  });
});

describe('conflicts only where values exclude each other', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi();
  });
  afterAll(() => api.close());

  type Group = {
    predicate: string;
    functional: boolean;
    conflict: boolean;
    values: { value: string; note: string | null }[];
  };
  const claims = async (about: string, onlyConflicts: boolean) => {
    const r = await api.run<{ claims: Group[] }>(
      'query($a: ID!, $o: Boolean) { claims(about: $a, onlyConflicts: $o) { predicate functional conflict values { value note } } }',
      { a: about, o: onlyConflicts },
    );
    expect(r.errors).toBeUndefined();
    return r.data!.claims;
  };
  const functional = new Set<string>([
    ...Object.keys(FUNCTIONAL_CLAIMS),
    ...Object.entries(RELATIONS)
      .filter(([, spec]) => (spec as { functional?: boolean }).functional)
      .map(([t]) => t),
  ]);

  it('returns only functional-predicate conflicts, for every node of the corpus that has claims', async () => {
    const subjects = [
      LUNCH,
      CDP,
      'platform:la-coopol',
      'account:habitants-de-facebook',
      'person:benjamin-lancar',
    ];
    const conflicts = (
      await Promise.all(subjects.map(async (s) => [s, await claims(s, true)] as const))
    ).flatMap(([s, gs]) => gs.map((g) => ({ s, ...g })));
    for (const g of conflicts) {
      expect(functional.has(g.predicate), g.predicate).toBe(true);
      expect(g).toMatchObject({ functional: true, conflict: true });
    }
    // The one disagreement of the corpus: a launch planned for October (the Canard enchaîné) or mid-November.
    expect(conflicts.map((g) => [g.s, g.predicate, g.values.map((v) => v.value).sort()])).toEqual([
      [CDP, 'plannedLaunchDate', ['2009-10', '2009-11']],
    ]);
  });

  it('lists complementary statements together, unflagged', async () => {
    const lunch = await claims(LUNCH, false);
    // "quelques « influenceurs »" (000) and "une vingtaine" (001); two capacities at once.
    for (const p of ['invitees', 'hostCapacity']) {
      const g = lunch.find((x) => x.predicate === p);
      expect(g?.values.length, p).toBe(2);
      expect(g).toMatchObject({ functional: false, conflict: false });
    }
    const cdp = await claims(CDP, false);
    const launch = cdp.find((g) => g.predicate === 'launchDate');
    // 2010-01 (announced "dans les 48h") and 2010-01-07 agree.
    expect(launch?.values.map((v) => v.value).sort()).toEqual(['2010-01', '2010-01-07']);
    expect(launch).toMatchObject({ functional: true, conflict: false });
    expect(launch?.values.every((v) => v.note)).toBe(true);
  });
});

describe('curation writes are held to the support check', () => {
  let api: TestApi;
  let editor: string;
  const s = randomUUID().slice(0, 8);
  const ybp = `person:test-ybp-${s}`;
  const an = `org:test-an-${s}`;
  const NAMED = "Yaël Braun-Pivet, présidente de l'Assemblée nationale française";
  const TITLE_ONLY =
    'Visite de travail de Yaël Braun-Pivet au Maroc : Renforcement des relations France-Maroc';
  const add = (input: Record<string, unknown>) =>
    api.run<{ addRelation: Rel }>(
      `mutation($i: AddRelationInput!) { addRelation(input: $i) { ${REL} } }`,
      { i: input },
      editor,
    );
  const role = (excerpt: string, extra: Record<string, unknown> = {}) =>
    add({
      type: 'HOLDS_ROLE',
      from: ybp,
      to: an,
      title: 'présidente',
      evidence: { article: A003, excerpt },
      ...extra,
    });
  const roles = async () =>
    (
      await api.run<{ person: { roles: { totalCount: number } } }>(
        'query($id: ID!) { person(id: $id) { roles { totalCount } } }',
        {
          id: ybp,
        },
      )
    ).data!.person.roles.totalCount;
  const code = (errors: Errors) => errors?.[0]?.extensions;

  beforeAll(async () => {
    api = await createTestApi();
    editor = await api.token('evidence-tests');
    for (const [kind, id, name, subtype] of [
      ['PERSON', ybp, 'Yaël Braun-Pivet', undefined],
      ['ORGANIZATION', an, 'Assemblée nationale', 'other'],
    ] as const) {
      const r = await api.run(
        'mutation($i: CreateEntityInput!) { createEntity(input: $i) { id } }',
        {
          i: {
            kind,
            id,
            name,
            ...(subtype ? { subtype } : {}),
            evidence: [{ article: A003, excerpt: NAMED }],
          },
        },
        editor,
      );
      expect(r.errors).toBeUndefined();
    }
  });
  afterAll(() => api.close());

  it('refuses a relation whose excerpt does not name both ends (BAD_USER_INPUT), writing nothing', async () => {
    const r = await role(TITLE_ONLY);
    expect(code(r.errors)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'evidence.excerpt' });
    expect(r.errors?.[0]?.message).toContain(`does not name ${an}`);
    expect(await roles()).toBe(0);
    const noBasis = await role(TITLE_ONLY, { inferred: true });
    expect(code(noBasis.errors)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.basis' });
    expect(await roles()).toBe(0);
  });

  it('accepts a supported relation, then the same one from another excerpt as a second source', async () => {
    const first = await role(NAMED, { date: '2024-12' });
    expect(first.errors).toBeUndefined();
    expect(first.data!.addRelation).toMatchObject({
      // An editor's id: apart from the dataset's, so a reload of data/ never lands on it.
      id: `HOLDS_ROLE:${ybp}>${an}~e1`,
      inferred: false,
      status: 'DONE',
    });
    const second = await role(TITLE_ONLY, {
      date: '2024-12-11',
      status: 'REPORTED',
      inferred: true,
      basis: 'le chapô qui suit la nomme présidente de l’Assemblée nationale',
    });
    expect(second.errors).toBeUndefined();
    const fact = second.data!.addRelation;
    expect(fact.id).toBe(first.data!.addRelation.id);
    expect(fact.date).toBe('2024-12-11');
    expect(fact).toMatchObject({ status: 'DONE', inferred: false, basis: null });
    expect(fact.sources.map((x) => [x.excerpt, x.status, x.inferred])).toEqual([
      [NAMED, 'DONE', false],
      [TITLE_ONLY, 'REPORTED', true],
    ]);
    expect(await roles()).toBe(1);
    // Other details make another relation, not another source.
    const other = await add({
      type: 'HOLDS_ROLE',
      from: ybp,
      to: an,
      title: 'députée',
      evidence: { article: A003, excerpt: NAMED },
    });
    expect(other.data!.addRelation.id).toBe(`HOLDS_ROLE:${ybp}>${an}~e2`);
    expect(await roles()).toBe(2);
  });
});
