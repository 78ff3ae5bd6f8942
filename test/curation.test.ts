import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from './support/api.js';
import { cypher } from './support/db.js';

const ARTICLE = 'article:pourquoi-benkirane-invite-des-influenceurs-du-web';
const EXCERPT = 'Ghassan Benchiheb, responsable des réseaux sociaux au PJD, est derrière cet événement.';
const LUNCH = 'event:benkirane-influencers-lunch-2015-06-13';

type Errors = readonly { message: string; extensions?: Record<string, unknown> }[] | undefined;
const code = (errors: Errors) => errors?.[0]?.extensions?.code;

describe('curation mutations', () => {
  let api: TestApi;
  let editor: string;
  const suffix = randomUUID().slice(0, 8);
  const personId = `person:test-curator-${suffix}`;

  const create = (id: string, name: string, extra: Record<string, unknown> = {}, auth = editor) =>
    api.run<{ createEntity: { id: string; name: string; aliases: string[] } }>(
      `mutation($input: CreateEntityInput!) { createEntity(input: $input) { id name aliases } }`,
      { input: { kind: 'PERSON', id, name, evidence: [{ article: ARTICLE, excerpt: EXCERPT }], ...extra } },
      auth,
    );
  const exists = async (id: string) =>
    (
      await api.run<{ nodes: (object | null)[] }>('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', {
        ids: [id],
      })
    ).data?.nodes[0] !== null;
  const auditCount = async (target: string) =>
    (
      await api.run<{ auditLog: { totalCount: number } }>(
        'query($t: ID) { auditLog(target: $t) { totalCount } }',
        { t: target },
      )
    ).data?.auditLog.totalCount;

  beforeAll(async () => {
    api = await createTestApi();
    editor = await api.token('alice');
  });
  afterAll(() => api.close());

  describe('authentication', () => {
    it('refuses a write without a token (UNAUTHENTICATED) and writes nothing', async () => {
      const id = `person:no-token-${suffix}`;
      const { errors } = await create(id, 'No Token', {}, '');
      expect(code(errors)).toBe('UNAUTHENTICATED');
      expect(await exists(id)).toBe(false);
    });

    it('refuses an invalid and an expired token (UNAUTHENTICATED)', async () => {
      const bad = await create(`person:bad-${suffix}`, 'Bad', {}, 'Bearer not.a.jwt');
      expect(code(bad.errors)).toBe('UNAUTHENTICATED');
      const expired = await create(
        `person:exp-${suffix}`,
        'Exp',
        {},
        await api.token('bob', ['editor'], -10),
      );
      expect(code(expired.errors)).toBe('UNAUTHENTICATED');
      expect(expired.errors?.[0]?.message).toMatch(/expired/);
    });

    it('refuses a token without the editor role (FORBIDDEN)', async () => {
      const { errors } = await create(
        `person:reader-${suffix}`,
        'Reader',
        {},
        await api.token('carol', ['reader']),
      );
      expect(code(errors)).toBe('FORBIDDEN');
    });

    it('lets anyone read without a token', async () => {
      const { errors } = await api.run('{ health { ok } }');
      expect(errors).toBeUndefined();
    });
  });

  it('creates an entity with evidence, findable by search, and audits who did it', async () => {
    const { data, errors } = await create(personId, `Testine Curatrice ${suffix}`, {
      aliases: ['T. Curatrice'],
    });
    expect(errors).toBeUndefined();
    expect(data?.createEntity.id).toBe(personId);
    const hits = await api.run<{ search: { edges: { node: { node: { id: string } } }[] } }>(
      'query($t: String!) { search(text: $t) { edges { node { node { id } } } } }',
      { t: `curatrice ${suffix}` },
    );
    expect(hits.data?.search.edges.map((e) => e.node.node.id)).toContain(personId);
    const log = await api.run<{ auditLog: { edges: { node: { by: string; action: string } }[] } }>(
      'query($t: ID) { auditLog(target: $t) { edges { node { by action } } } }',
      { t: personId },
    );
    expect(log.data?.auditLog.edges[0]?.node).toEqual({ by: 'alice', action: 'createEntity' });
  });

  it.each([
    [
      'an excerpt that is not in the article',
      'BAD_USER_INPUT',
      { evidence: [{ article: ARTICLE, excerpt: 'Benchiheb a tout inventé.' }] },
      'evidence.0.excerpt',
    ],
    [
      'an unknown article',
      'NOT_FOUND',
      { evidence: [{ article: 'article:nope', excerpt: 'x y z' }] },
      'evidence.0.article',
    ],
    ['a subtype a person cannot have', 'BAD_USER_INPUT', { subtype: 'party' }, 'input.subtype'],
    ['a malformed id', 'BAD_USER_INPUT', { id: 'Person:Bad Id' }, 'input.id'],
    ['a bad date', 'BAD_USER_INPUT', { date: '13 juin' }, 'input.date'],
  ])('rejects %s with %s naming the field, writing nothing', async (_name, expected, extra, field) => {
    const id = (extra as { id?: string }).id ?? `person:rejected-${randomUUID().slice(0, 8)}`;
    const { errors } = await create(id, 'Rejected Person', extra);
    expect(code(errors)).toBe(expected);
    expect(errors?.[0]?.message).toContain(field);
    // Looked up directly: the API would refuse the malformed id before reading anything.
    const stored = await cypher<{ n: number }>(
      api.driver,
      'OPTIONAL MATCH (n {id: $id}) OPTIONAL MATCH (a:Audit) WHERE $id IN a.targets RETURN count(n) + count(a) AS n',
      { id },
    );
    expect(stored[0]?.n).toBe(0);
  });

  it('adds an alias that search then finds, and refuses a duplicate alias', async () => {
    const alias = `Curatrix${suffix}`;
    const r = await api.run(
      'mutation($id: ID!, $a: String!) { addAlias(id: $id, alias: $a) { aliases } }',
      { id: personId, a: alias },
      editor,
    );
    expect(r.errors).toBeUndefined();
    const hits = await api.run<{ search: { edges: { node: { matched: string; node: { id: string } } }[] } }>(
      'query($t: String!) { search(text: $t, first: 1) { edges { node { matched node { id } } } } }',
      { t: alias },
    );
    expect(hits.data?.search.edges[0]?.node).toEqual({ matched: alias, node: { id: personId } });
    const again = await api.run(
      'mutation($id: ID!, $a: String!) { addAlias(id: $id, alias: $a) { id } }',
      { id: personId, a: alias },
      editor,
    );
    expect(code(again.errors)).toBe('BAD_USER_INPUT');
  });

  it('adds a relation with evidence, checks kinds and excerpts, and can retract it (kept, hidden by default)', async () => {
    const add = (input: Record<string, unknown>) =>
      api.run<{ addRelation: { id: string; type: string; evidence: { excerpt: string } } }>(
        'mutation($i: AddRelationInput!) { addRelation(input: $i) { id type evidence { excerpt } } }',
        { i: input },
        editor,
      );
    const wrongKind = await add({
      type: 'ATTENDED',
      from: personId,
      to: 'org:pjd',
      evidence: { article: ARTICLE, excerpt: EXCERPT },
    });
    expect(code(wrongKind.errors)).toBe('BAD_USER_INPUT');
    expect(wrongKind.errors?.[0]?.message).toMatch(/ATTENDED cannot end at a Organization/);
    const badExcerpt = await add({
      type: 'ATTENDED',
      from: personId,
      to: LUNCH,
      evidence: { article: ARTICLE, excerpt: 'inventé' },
    });
    expect(badExcerpt.errors?.[0]?.message).toContain('evidence.excerpt');

    const ok = await add({
      type: 'ATTENDED',
      from: personId,
      to: LUNCH,
      date: '2015-06-13',
      // The excerpt names neither the test person nor the lunch: the support check wants a basis.
      inferred: true,
      basis: 'test fixture',
      evidence: { article: ARTICLE, excerpt: EXCERPT },
    });
    expect(ok.errors).toBeUndefined();
    const relId = ok.data?.addRelation.id ?? '';
    const attended = async (includeRetracted: boolean) =>
      (
        await api.run<{
          person: {
            attended: {
              edges: { node: { id: string; retraction: { by: string; reason: string } | null } }[];
            };
          };
        }>(
          'query($id: ID!, $r: Boolean) { person(id: $id) { attended(filter: { includeRetracted: $r }) { edges { node { id retraction { by reason } } } } } }',
          { id: personId, r: includeRetracted },
        )
      ).data?.person.attended.edges ?? [];
    expect((await attended(false)).map((e) => e.node.id)).toEqual([relId]);

    const retract = await api.run<{ retractRelation: { retraction: { by: string; reason: string } } }>(
      'mutation($id: ID!) { retractRelation(id: $id, reason: "Misread the article") { retraction { by reason } } }',
      { id: relId },
      editor,
    );
    expect(retract.data?.retractRelation.retraction).toEqual({ by: 'alice', reason: 'Misread the article' });
    expect(await attended(false)).toEqual([]);
    expect((await attended(true))[0]?.node.retraction?.reason).toBe('Misread the article');
  });

  it('adds an invitation with the properties its type declares: an enum, a reference and text', async () => {
    const add = (input: Record<string, unknown>) =>
      api.run<{
        addRelation: { type: string; response: string; reason: string; event: { id: string }; date: string };
      }>(
        'mutation($i: AddRelationInput!) { addRelation(input: $i) { type response reason event { id } date } }',
        { i: input },
        editor,
      );
    const invitation = {
      type: 'INVITED',
      from: 'person:ghassan-benchiheb',
      to: personId,
      date: '2015-06-13',
      inferred: true,
      basis: 'test fixture',
      evidence: { article: ARTICLE, excerpt: EXCERPT },
    };
    const ok = await add({
      ...invitation,
      event: LUNCH,
      response: 'DECLINED',
      reason: 'Un autre engagement',
    });
    expect(ok.errors).toBeUndefined();
    expect(ok.data?.addRelation).toEqual({
      type: 'INVITED',
      response: 'DECLINED',
      reason: 'Un autre engagement',
      event: { id: LUNCH },
      date: '2015-06-13',
    });
    // A property the type does not take is refused, naming it.
    const refused = await add({ ...invitation, weight: 3 });
    expect(code(refused.errors)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.message).toContain('weight');
  });

  it('adds a claim that disagrees with another and both are shown as a conflict', async () => {
    const add = (value: string) =>
      api.run<{ addClaim: { predicate: string; conflict: boolean; values: { value: string }[] } }>(
        'mutation($i: AddClaimInput!) { addClaim(input: $i) { predicate conflict values { value } } }',
        {
          i: {
            subject: personId,
            // A functional predicate: only those can conflict.
            predicate: 'launchDate',
            value,
            evidence: { article: ARTICLE, excerpt: EXCERPT },
          },
        },
        editor,
      );
    expect((await add('2015')).data?.addClaim.conflict).toBe(false);
    const second = await add('2016');
    expect(second.data?.addClaim.conflict).toBe(true);
    expect(second.data?.addClaim.values.map((v) => v.value).sort()).toEqual(['2015', '2016']);
  });

  it('merges two entities: relations and aliases move, the merged id redirects, and it is audited', async () => {
    const a = `person:merge-keep-${suffix}`;
    const b = `person:merge-dupe-${suffix}`;
    await create(a, 'Mergeable Keeper');
    await create(b, 'Mergable Keeper', { aliases: ['M. Keeper'] });
    const rel = await api.run<{ addRelation: { id: string } }>(
      'mutation($i: AddRelationInput!) { addRelation(input: $i) { id } }',
      {
        i: {
          type: 'ORGANIZED',
          from: b,
          to: LUNCH,
          inferred: true,
          basis: 'test fixture',
          evidence: { article: ARTICLE, excerpt: EXCERPT },
        },
      },
      editor,
    );
    expect(rel.errors).toBeUndefined();
    const merged = await api.run<{
      mergeEntities: { id: string; aliases: string[]; organized: { totalCount: number } };
    }>(
      'mutation($k: ID!, $m: ID!) { mergeEntities(keep: $k, merge: $m, reason: "same person, misspelt") { id aliases ... on Person { organized { totalCount } } } }',
      { k: a, m: b },
      editor,
    );
    expect(merged.errors?.[0]?.message).toBeUndefined();
    expect(merged.data?.mergeEntities.aliases).toEqual(
      expect.arrayContaining(['Mergable Keeper', 'M. Keeper']),
    );
    expect(merged.data?.mergeEntities.organized.totalCount).toBe(1);
    const viaOld = await api.run<{ person: { id: string; redirectedFrom: string } }>(
      'query($id: ID!) { person(id: $id) { id redirectedFrom } }',
      { id: b },
    );
    expect(viaOld.data?.person).toEqual({ id: a, redirectedFrom: b });
    const organizers = await api.run<{ event: { organizers: { edges: { other: { id: string } }[] } } }>(
      `{ event(id: "${LUNCH}") { organizers(first: 50) { edges { other { id } } } } }`,
    );
    const ids = organizers.data?.event.organizers.edges.map((e) => e.other.id) ?? [];
    expect(ids).toContain(a);
    expect(ids).not.toContain(b);
    // Created, given a relation, merged away: three entries name it.
    expect(await auditCount(b)).toBe(3);
  });

  it('refuses merging nodes of different kinds, writing nothing', async () => {
    const before = await auditCount(personId);
    const r = await api.run(
      'mutation { mergeEntities(keep: "org:pjd", merge: "' + personId + '", reason: "nope") { id } }',
      {},
      editor,
    );
    expect(code(r.errors)).toBe('BAD_USER_INPUT');
    expect(await exists(personId)).toBe(true);
    expect(await auditCount(personId)).toBe(before);
  });
});
