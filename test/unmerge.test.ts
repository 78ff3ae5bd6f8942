/**
 * Un-merge by stable ids: Neo4j reuses the element ids of deleted records, so a merge snapshot names
 * every other end by label and id. After unrelated deletions and creations (element ids reused),
 * un-merge restores the exact pre-merge graph; when something it must restore is gone, it refuses,
 * naming it, and writes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from './support/api.js';
import { cypher, cypherWrite } from './support/db.js';

const KEEP = 'person:frederic-lefebvre';
const MERGED = 'person:xavier-bertrand';
const ARTICLE = 'article:les-createurs-de-possibles-a-la-fete';

/** The graph's content by stable ids (bookkeeping — locks, audit, merge records — left out). */
async function dump(api: TestApi, leaveOut: readonly string[] = []): Promise<string[]> {
  const nodes = await cypher<{ line: string }>(
    api.driver,
    `MATCH (n) WHERE (n:Entity OR n:Claim OR n:Redirect) AND NOT n.id IN $leaveOut
     RETURN reduce(s = '', l IN labels(n) | s + ':' + l) + ' ' + n.id AS line`,
    { leaveOut },
  );
  const props = await cypher<{ id: string; props: Record<string, unknown> }>(
    api.driver,
    'MATCH (n) WHERE (n:Entity OR n:Claim OR n:Redirect) AND NOT n.id IN $leaveOut RETURN n.id AS id, properties(n) AS props',
    { leaveOut },
  );
  const rels = await cypher<{ type: string; a: string; b: string; props: Record<string, unknown> }>(
    api.driver,
    `MATCH (a)-[r]->(b) WHERE (a:Entity OR a:Claim OR a:Redirect) AND (b:Entity OR b:Claim OR b:Redirect)
       AND NOT a.id IN $leaveOut AND NOT b.id IN $leaveOut
     RETURN type(r) AS type, a.id AS a, b.id AS b, properties(r) AS props`,
    { leaveOut },
  );
  const canon = (p: Record<string, unknown>) =>
    JSON.stringify(
      Object.keys(p)
        .sort()
        .map((k) => [k, p[k]]),
    );
  return [
    ...nodes.map((n) => n.line),
    ...props.map((p) => `${p.id} ${canon(p.props)}`),
    ...rels.map((r) => `${r.a} -${r.type}-> ${r.b} ${canon(r.props)}`),
  ].sort();
}

describe('un-merge by stable ids', () => {
  let api: TestApi;
  let editor: string;
  const run = (query: string) => api.run(query, {}, editor);
  const merge = () =>
    run(`mutation { mergeEntities(keep: "${KEEP}", merge: "${MERGED}", reason: "test") { id } }`);
  const unmerge = () => run(`mutation { unmergeEntity(id: "${MERGED}", reason: "undo test") { id } }`);

  beforeAll(async () => {
    api = await createTestApi();
    editor = await api.token('unmerge-editor');
  });
  afterAll(() => api.close());

  it('restores the exact pre-merge graph after unrelated nodes were deleted and created', async () => {
    const unrelated = 'person:unrelated-to-the-merge';
    const made = await api.run(
      'mutation($input: CreateEntityInput!) { createEntity(input: $input) { id } }',
      {
        input: {
          kind: 'PERSON',
          id: unrelated,
          name: 'David Assouline bis',
          evidence: [
            { article: ARTICLE, excerpt: 'David Assouline, secrétaire national à la communication du PS' },
          ],
        },
      },
      editor,
    );
    expect(made.errors).toBeUndefined();
    const before = await dump(api, [unrelated]);
    expect((await merge()).errors).toBeUndefined();
    expect(await dump(api, [unrelated])).not.toEqual(before);
    // Element ids freed by the deletion are reused by the nodes created next.
    await cypherWrite(api.driver, 'MATCH (n:Entity {id: $id}) DETACH DELETE n', { id: unrelated });
    const fresh = Array.from({ length: 30 }, (_, i) => `person:fresh-${i}`);
    await cypherWrite(api.driver, 'UNWIND $ids AS id CREATE (:Entity:Person {id: id, name: id})', {
      ids: fresh,
    });
    const undone = await unmerge();
    expect(undone.errors).toBeUndefined();
    expect(await dump(api, [unrelated, ...fresh])).toEqual(before);
  });

  it('refuses, naming what is missing, and writes nothing, when a moved relation’s other end is gone', async () => {
    const [neighbour] = await cypher<{ id: string }>(
      api.driver,
      'MATCH (:Entity {id: $id})-[]-(o:Entity) WHERE NOT o:Article RETURN o.id AS id LIMIT 1',
      { id: MERGED },
    );
    expect(neighbour).toBeDefined();
    expect((await merge()).errors).toBeUndefined();
    await cypherWrite(api.driver, 'MATCH (n:Entity {id: $id}) DETACH DELETE n', { id: neighbour!.id });
    const before = await dump(api);
    const refused = await unmerge();
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.message).toContain(neighbour!.id);
    expect(await dump(api)).toEqual(before);
  });
});
