/**
 * Nothing acknowledged is ever lost: parallel writers against the real Neo4j, for each mutation
 * type. Every write the API acknowledged must be in the graph afterwards, with no id given twice.
 * ATOMIC_EACH sets the writes per writer (default 50, as the issue asks; 8 writers).
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApi, type TestApi } from './support/api.js';
import { cypher, cypherWrite } from './support/db.js';
import { IDEMPOTENCY_RETENTION_MS } from '../src/graph/idempotency.js';

const WRITERS = 8;
const EACH = Number(process.env.ATOMIC_EACH ?? '50');
const ARTICLE = 'article:les-createurs-de-possibles-a-la-fete';
const EXCERPT = 'David Assouline, secrétaire national à la communication du PS';
const ASSOULINE = 'person:david-assouline';
const PS = 'org:ps';

type Errors = readonly { message: string; extensions?: Record<string, unknown> }[] | undefined;

/** Runs `WRITERS` loops of `EACH` writes at once; returns every answer, in no particular order. */
async function parallel<T>(write: (writer: number, i: number) => Promise<T>): Promise<T[]> {
  const loops = Array.from({ length: WRITERS }, async (_, w) => {
    const out: T[] = [];
    for (let i = 0; i < EACH; i++) out.push(await write(w, i));
    return out;
  });
  return (await Promise.all(loops)).flat();
}

// 400 writes per test: on a loaded two-core machine that can take minutes; the limit only stops a hang.
vi.setConfig({ testTimeout: 300_000 });

const duplicates = (ids: string[]) => ids.filter((id, i) => ids.indexOf(id) !== i);

describe('parallel writers: acknowledged == present, no duplicate ids', () => {
  let api: TestApi;
  let editor: string;
  const tag = randomUUID().slice(0, 8);

  const gql = async <T>(query: string, variables: Record<string, unknown>, key?: string) => {
    const r = await api.run<T>(query, variables, editor, key);
    return { data: r.data, errors: r.errors as Errors };
  };
  const createPerson = (id: string, name: string) =>
    gql<{ createEntity: { id: string } }>(
      'mutation($input: CreateEntityInput!) { createEntity(input: $input) { id } }',
      { input: { kind: 'PERSON', id, name, evidence: [{ article: ARTICLE, excerpt: EXCERPT }] } },
    );
  const addRole = (title: string) =>
    gql<{ addRelation: { id: string } }>(
      'mutation($input: AddRelationInput!) { addRelation(input: $input) { id } }',
      {
        input: {
          type: 'HOLDS_ROLE',
          from: ASSOULINE,
          to: PS,
          title,
          evidence: { article: ARTICLE, excerpt: EXCERPT },
        },
      },
    );
  const auditTotal = async (target: string) =>
    (
      await gql<{ auditLog: { totalCount: number } }>(
        'query($t: ID) { auditLog(target: $t, first: 1) { totalCount } }',
        { t: target },
      )
    ).data?.auditLog.totalCount;

  beforeAll(async () => {
    api = await createTestApi();
    editor = await api.token('parallel-editor');
  });
  afterAll(() => api.close());

  it('addAlias on one node: every acknowledged alias is there', async () => {
    const answers = await parallel((w, i) =>
      gql<{ addAlias: { id: string } }>(
        'mutation($id: ID!, $a: String!) { addAlias(id: $id, alias: $a) { id } }',
        {
          id: ASSOULINE,
          a: `alias ${tag} ${w}-${i}`,
        },
      ).then((r) => ({ alias: `alias ${tag} ${w}-${i}`, ok: !r.errors, errors: r.errors })),
    );
    expect(answers.filter((a) => !a.ok).map((a) => a.errors?.[0]?.message)).toEqual([]);
    const [row] = await cypher<{ aliases: string[] }>(
      api.driver,
      'MATCH (n:Entity {id: $id}) RETURN n.aliases AS aliases',
      { id: ASSOULINE },
    );
    const present = new Set(row?.aliases);
    const missing = answers.filter((a) => !present.has(a.alias));
    expect(missing.length, `${missing.length} of ${answers.length} acknowledged aliases lost`).toBe(0);
    expect(await auditTotal(ASSOULINE)).toBeGreaterThanOrEqual(WRITERS * EACH);
  });

  it('updateEntity on one node: each write saw the one before it (no lost update)', async () => {
    const id = `person:parallel-update-${tag}`;
    expect((await createPerson(id, `Parallel Update ${tag}`)).errors).toBeUndefined();
    const answers = await parallel((w, i) =>
      gql<{ updateEntity: { description: string } }>(
        'mutation($id: ID!, $d: String!) { updateEntity(id: $id, input: { description: $d }) { description } }',
        { id, d: `description ${w}-${i}` },
      ),
    );
    expect(answers.filter((a) => a.errors)).toEqual([]);
    // Every write's answer is the value it wrote, read inside its own transaction.
    expect(new Set(answers.map((a) => a.data?.updateEntity.description)).size).toBe(WRITERS * EACH);
    const log = await cypher<{ details: string }>(
      api.driver,
      "MATCH (a:Audit {action: 'updateEntity'}) WHERE $id IN a.targets RETURN a.details AS details",
      { id },
    );
    const entries = log.map(
      (l) => JSON.parse(l.details) as { before: { description?: string }; changes: { description: string } },
    );
    expect(entries).toHaveLength(WRITERS * EACH);
    // Serialised writes form one chain: each "before" is exactly one other write's value (or none).
    const befores = entries.map((e) => e.before.description ?? null);
    expect(duplicates(befores.map(String))).toEqual([]);
    const [now] = await cypher<{ d: string }>(
      api.driver,
      'MATCH (n:Entity {id: $id}) RETURN n.description AS d',
      {
        id,
      },
    );
    const written = new Set(entries.map((e) => e.changes.description));
    expect(befores.filter((b) => b !== null && !written.has(b))).toEqual([]);
    expect(written.has(now!.d) && !befores.includes(now!.d)).toBe(true);
  });

  it('addRelation between one pair: distinct facts get distinct ids, all stored', async () => {
    const answers = await parallel((w, i) => addRole(`rôle ${tag} ${w}-${i}`));
    expect(answers.filter((a) => a.errors).map((a) => a.errors?.[0]?.message)).toEqual([]);
    const ids = answers.map((a) => a.data!.addRelation.id);
    expect(duplicates(ids)).toEqual([]);
    const stored = await cypher<{ id: string }>(
      api.driver,
      'MATCH (:Entity {id: $from})-[r:HOLDS_ROLE]->(:Entity {id: $to}) WHERE r.title STARTS WITH $t RETURN r.id AS id',
      { from: ASSOULINE, to: PS, t: `rôle ${tag}` },
    );
    expect(stored.map((s) => s.id).sort()).toEqual([...ids].sort());
  });

  it('the same addRelation from every writer at once: one relation, one id', async () => {
    const answers = await Promise.all(Array.from({ length: WRITERS }, () => addRole(`same ${tag}`)));
    expect(answers.filter((a) => a.errors)).toEqual([]);
    expect(new Set(answers.map((a) => a.data!.addRelation.id)).size).toBe(1);
    const stored = await cypher<{ n: number; sources: string[] }>(
      api.driver,
      'MATCH (:Entity {id: $from})-[r:HOLDS_ROLE {title: $t}]->() RETURN count(r) AS n, collect(r.sourceArticles)[0] AS sources',
      { from: ASSOULINE, t: `same ${tag}` },
    );
    expect(stored[0]?.n).toBe(1);
  });

  it('addClaim on one subject: every claim stored under its own id', async () => {
    const answers = await parallel((w, i) =>
      gql<{ addClaim: { predicate: string } }>(
        'mutation($input: AddClaimInput!) { addClaim(input: $input) { predicate } }',
        {
          input: {
            subject: ASSOULINE,
            predicate: `parallelNote${tag.replace(/[^a-z]/g, '')}`,
            value: `value ${w}-${i}`,
            evidence: { article: ARTICLE, excerpt: EXCERPT },
          },
        },
      ).then((r) => ({ value: `value ${w}-${i}`, errors: r.errors })),
    );
    expect(answers.filter((a) => a.errors).map((a) => a.errors?.[0]?.message)).toEqual([]);
    const stored = await cypher<{ id: string; value: string }>(
      api.driver,
      'MATCH (c:Claim {subject: $s}) WHERE c.value STARTS WITH "value " AND c.predicate STARTS WITH "parallelNote" RETURN c.id AS id, c.value AS value',
      { s: ASSOULINE },
    );
    expect(duplicates(stored.map((s) => s.id))).toEqual([]);
    expect(stored.map((s) => s.value).sort()).toEqual(answers.map((a) => a.value).sort());
  });

  it('createEntity racing for the same ids: exactly one creation per id, the rest refused', async () => {
    const ids = Array.from({ length: EACH }, (_, i) => `person:race-${tag}-${i}`);
    const answers = await parallel((w, i) =>
      createPerson(ids[i]!, `Race ${tag} ${i}`).then((r) => ({ id: ids[i]!, w, errors: r.errors })),
    );
    const created = answers.filter((a) => !a.errors);
    expect(created.map((a) => a.id).sort()).toEqual([...ids].sort());
    expect(new Set(answers.filter((a) => a.errors).map((a) => a.errors?.[0]?.extensions?.code))).toEqual(
      new Set(['BAD_USER_INPUT']),
    );
    const stored = await cypher<{ n: number }>(
      api.driver,
      'MATCH (n:Entity) WHERE n.id STARTS WITH $p RETURN count(n) AS n',
      { p: `person:race-${tag}-` },
    );
    expect(stored[0]?.n).toBe(EACH);
  });

  it('retractRelation: each relation retracted once, a second retraction refused', async () => {
    const roles = await parallel((w, i) => addRole(`to retract ${tag} ${w}-${i}`));
    const ids = roles.map((r) => r.data!.addRelation.id);
    // Every relation twice, by two writers at once.
    const answers = await parallel((w, i) => {
      const id = ids[((w >> 1) * EACH + i) % ids.length]!;
      return gql<{ retractRelation: { id: string } }>(
        'mutation($id: ID!) { retractRelation(id: $id, reason: "parallel test") { id } }',
        { id },
      ).then((r) => ({ id, errors: r.errors }));
    });
    const retracted = answers.filter((a) => !a.errors).map((a) => a.id);
    expect(duplicates(retracted)).toEqual([]);
    const stored = await cypher<{ id: string }>(
      api.driver,
      'MATCH (:Entity {id: $from})-[r:HOLDS_ROLE]->() WHERE r.title STARTS WITH $t AND r.retractedAt IS NOT NULL RETURN r.id AS id',
      { from: ASSOULINE, t: `to retract ${tag}` },
    );
    expect(stored.map((s) => s.id).sort()).toEqual([...retracted].sort());
    expect(
      answers.filter((a) => a.errors).every((a) => a.errors?.[0]?.extensions?.code === 'BAD_USER_INPUT'),
    ).toBe(true);
  });

  it('mergeEntities into one node from every writer: every merged node redirects, its names kept', async () => {
    const keep = `person:merge-hub-${tag}`;
    expect((await createPerson(keep, `Merge Hub ${tag}`)).errors).toBeUndefined();
    const merged = await parallel(async (w, i) => {
      const id = `person:merge-${tag}-${w}-${i}`;
      const made = await createPerson(id, `Merged ${tag} ${w} ${i}`);
      expect(made.errors).toBeUndefined();
      const r = await gql<{ mergeEntities: { id: string } }>(
        'mutation($k: ID!, $m: ID!) { mergeEntities(keep: $k, merge: $m, reason: "parallel test") { id } }',
        { k: keep, m: id },
      );
      return { id, name: `Merged ${tag} ${w} ${i}`, errors: r.errors };
    });
    expect(merged.filter((m) => m.errors)).toEqual([]);
    const [hub] = await cypher<{ aliases: string[]; mergedFrom: string[] }>(
      api.driver,
      'MATCH (n:Entity {id: $id}) RETURN n.aliases AS aliases, n.mergedFrom AS mergedFrom',
      { id: keep },
    );
    expect(new Set(hub!.aliases)).toEqual(new Set(merged.map((m) => m.name)));
    expect([...hub!.mergedFrom].sort()).toEqual(merged.map((m) => m.id).sort());
    const redirects = await cypher<{ n: number }>(
      api.driver,
      'MATCH (r:Redirect)-[:MERGED_INTO]->(:Entity {id: $id}) RETURN count(r) AS n',
      { id: keep },
    );
    expect(redirects[0]?.n).toBe(WRITERS * EACH);
  });
});

describe('idempotent retries', () => {
  let api: TestApi;
  let editor: string;
  const tag = randomUUID().slice(0, 8);
  const ALIAS = 'mutation($id: ID!, $a: String!) { addAlias(id: $id, alias: $a) { id aliases } }';
  const aliasesOf = async (id: string) =>
    (
      await cypher<{ a: string[] }>(api.driver, 'MATCH (n:Entity {id: $id}) RETURN n.aliases AS a', { id })
    )[0]!.a;
  const audits = async (alias: string) =>
    (
      await cypher<{ n: number }>(
        api.driver,
        "MATCH (a:Audit {action: 'addAlias'}) WHERE a.details CONTAINS $alias RETURN count(a) AS n",
        { alias },
      )
    )[0]!.n;

  beforeAll(async () => {
    api = await createTestApi();
    editor = await api.token('retrying-editor');
  });
  afterAll(() => api.close());

  it('the same key sent twice in a row: one write, the same answer', async () => {
    const key = randomUUID();
    const alias = `retry ${tag} sequential`;
    const first = await api.run(ALIAS, { id: ASSOULINE, a: alias }, editor, key);
    const second = await api.run(ALIAS, { id: ASSOULINE, a: alias }, editor, key);
    expect(first.errors).toBeUndefined();
    // Without the key the second would be refused: "already a name".
    expect(second.errors).toBeUndefined();
    expect(second.data).toEqual(first.data);
    expect((await aliasesOf(ASSOULINE)).filter((a) => a === alias)).toHaveLength(1);
    expect(await audits(alias)).toBe(1);
  });

  it('the same key sent by eight clients at once: one write, the same answer', async () => {
    const key = randomUUID();
    const answers = await Promise.all(
      Array.from({ length: WRITERS }, (_, w) =>
        // A counter in the mutation would differ per send: the input is the same, as a retry's is.
        api
          .run(
            'mutation($input: AddRelationInput!) { addRelation(input: $input) { id sources { excerpt } } }',
            {
              input: {
                type: 'HOLDS_ROLE',
                from: ASSOULINE,
                to: PS,
                title: `idempotent ${tag}`,
                evidence: { article: ARTICLE, excerpt: EXCERPT },
              },
            },
            editor,
            key,
          )
          .then((r) => ({ w, ...r })),
      ),
    );
    expect(answers.filter((a) => a.errors)).toEqual([]);
    expect(new Set(answers.map((a) => JSON.stringify(a.data))).size).toBe(1);
    const stored = await cypher<{ n: number }>(
      api.driver,
      'MATCH (:Entity {id: $from})-[r:HOLDS_ROLE {title: $t}]->() RETURN count(r) AS n',
      { from: ASSOULINE, t: `idempotent ${tag}` },
    );
    expect(stored[0]?.n).toBe(1);
    const logged = await cypher<{ n: number }>(
      api.driver,
      "MATCH (a:Audit {action: 'addRelation'}) WHERE a.details CONTAINS $t RETURN count(a) AS n",
      { t: `idempotent ${tag}` },
    );
    expect(logged[0]?.n).toBe(1);
  });

  it('a key reused for a different write is refused, naming the header; a malformed key too', async () => {
    const key = randomUUID();
    expect(
      (await api.run(ALIAS, { id: ASSOULINE, a: `reuse ${tag} 1` }, editor, key)).errors,
    ).toBeUndefined();
    const other = await api.run(ALIAS, { id: ASSOULINE, a: `reuse ${tag} 2` }, editor, key);
    expect(other.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'Idempotency-Key' });
    expect(await aliasesOf(ASSOULINE)).not.toContain(`reuse ${tag} 2`);
    const bad = await api.run(ALIAS, { id: ASSOULINE, a: `reuse ${tag} 3` }, editor, 'has spaces in it');
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'Idempotency-Key' });
  });

  it('an answer is kept for the retention window; after it the key is free again', async () => {
    const key = randomUUID();
    const alias = `retention ${tag}`;
    expect((await api.run(ALIAS, { id: ASSOULINE, a: alias }, editor, key)).errors).toBeUndefined();
    // A day and an hour later (the record aged in place): the same send is a new write, not a replay,
    // so it is refused because the alias is already there.
    const record = 'MATCH (i:IdempotentWrite) WHERE i.fingerprint CONTAINS $alias';
    expect(await cypher(api.driver, `${record} RETURN i.key`, { alias })).toHaveLength(1);
    await cypherWrite(api.driver, `${record} SET i.at = $at`, {
      alias,
      at: new Date(Date.now() - IDEMPOTENCY_RETENTION_MS - 3_600_000).toISOString(),
    });
    const late = await api.run(ALIAS, { id: ASSOULINE, a: alias }, editor, key);
    expect(late.errors?.[0]?.message).toMatch(/already a name/);
    expect(await audits(alias)).toBe(1);
  });

  it('each keyed write deletes expired answers and keeps the fresh ones', async () => {
    const old = new Date(Date.now() - IDEMPOTENCY_RETENTION_MS - 60_000).toISOString();
    await cypherWrite(
      api.driver,
      `UNWIND range(1, 3) AS n
       CREATE (:IdempotentWrite {key: $tag + ' expired ' + n, at: $old, fingerprint: '[]', answer: 'null'})
       CREATE (:IdempotentWrite {key: $tag + ' fresh ' + n, at: $now, fingerprint: '[]', answer: 'null'})`,
      { tag, old, now: new Date().toISOString() },
    );
    const write = await api.run(ALIAS, { id: ASSOULINE, a: `purge ${tag}` }, editor, randomUUID());
    expect(write.errors).toBeUndefined();
    const left = await cypher<{ key: string }>(
      api.driver,
      'MATCH (i:IdempotentWrite) WHERE i.key STARTS WITH $tag RETURN i.key AS key ORDER BY key',
      { tag },
    );
    expect(left.map((r) => r.key)).toEqual([1, 2, 3].map((n) => `${tag} fresh ${n}`));
  });

  it("keys are per editor: another editor's same key writes its own change", async () => {
    const key = randomUUID();
    const alias = `per editor ${tag}`;
    expect((await api.run(ALIAS, { id: ASSOULINE, a: alias }, editor, key)).errors).toBeUndefined();
    const other = await api.run(ALIAS, { id: ASSOULINE, a: alias }, await api.token('other-editor'), key);
    // Not a replay of the first editor's answer: a write of its own, refused because the alias exists.
    expect(other.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(other.errors?.[0]?.message).toMatch(/already a name/);
  });
});
