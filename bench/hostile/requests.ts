/**
 * What an anonymous attacker sends, as request specs: queries built to exhaust memory or time
 * (nested pages by variables and defaults, deep nesting, alias and directive floods, huge lists and
 * names), protocol corners (subscriptions, persisted queries, batches, GET without the CSRF header,
 * chunked bodies over the limit, malformed JSON), forged tokens, and the heaviest requests the API
 * accepts. Deterministic for a seed, so two runs send the same mix.
 */
import { randomBytes } from 'node:crypto';
import { SignJWT } from 'jose';
import { int, pick, seeded } from '../lib/random.js';

export interface HostileRequest {
  kind: string;
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  /** A string body, or `chunked` bytes streamed without a content length. */
  body?: string;
  chunkedBytes?: number;
}

const json = { 'content-type': 'application/json' };
const post = (kind: string, body: unknown, headers: Record<string, string> = {}): HostileRequest => ({
  kind,
  method: 'POST',
  path: '/graphql',
  headers: { ...json, ...headers },
  body: typeof body === 'string' ? body : JSON.stringify(body),
});

const BENKIRANE = 'person:abdelilah-benkirane';

function nested(levels: number, first: string): string {
  let inner = 'id name';
  for (let i = 0; i < levels; i++)
    inner = `relations${first} { totalCount edges { node { id evidence { excerpt article { id text } } } other { id ${inner} } } }`;
  return `query($n: Int) { person(id: "${BENKIRANE}") { ${inner} } }`;
}

/** Tokens an attacker can make: unsigned, signed with a guessed key, without exp, far in time. */
async function forgedTokens(): Promise<string[]> {
  const guess = new TextEncoder().encode('local-development-only-secret-do-not-deploy');
  const other = randomBytes(32);
  const now = Math.floor(Date.now() / 1000);
  const sign = (claims: Record<string, unknown>, key: Uint8Array) =>
    new SignJWT({ roles: ['editor'], ...claims })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('mallory')
      .sign(key);
  const unsigned = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(`{"sub":"m","roles":["editor"],"exp":${now + 60}}`).toString('base64url')}.`;
  return [
    unsigned,
    'not.a.jwt',
    await sign({ iat: now, exp: now + 3600 }, guess),
    await sign({ iat: now }, other),
    await sign({ iat: now, exp: Date.UTC(2200, 0, 1) / 1000 }, other),
    await sign({ iat: now + 86_400, exp: now + 90_000 }, other),
  ];
}

export async function hostileRequests(count: number, seed: number): Promise<HostileRequest[]> {
  const rng = seeded(seed);
  const rnd = {
    int: (lo: number, hi: number) => lo + int(rng, hi - lo + 1),
    pick: <T>(xs: readonly T[]) => pick(rng, xs),
  };
  const tokens = await forgedTokens();
  const strings = [
    '") MATCH (n) DETACH DELETE n //',
    "' OR 1=1 --",
    'a'.repeat(5000),
    '\u0000\u202e',
    'benkirane~~~***?',
  ];
  const makers: (() => HostileRequest)[] = [
    () => post('nested pages by variables', { query: nested(6, '(first: $n)'), variables: { n: 100 } }),
    () => post('nested pages by defaults', { query: nested(6, '').replace('query($n: Int) ', '') }),
    () =>
      post('nested pages, 3 levels', { query: nested(3, '(first: $n)'), variables: { n: rnd.int(5, 100) } }),
    () => {
      let deep = 'id';
      for (let i = 0; i < 25; i++) deep = `... on Person { accounts { edges { other { id ${deep} } } } }`;
      return post('deep nesting', { query: `{ node(id: "${BENKIRANE}") { ${deep} } }` });
    },
    () =>
      post('alias bomb', {
        query: `{ ${Array.from({ length: 300 }, (_, i) => `a${i}: search(text: "benkirane", first: 100) { totalCount }`).join(' ')} }`,
      }),
    () => post('directive flood', { query: `{ health { ok ${'@include(if: true) '.repeat(200)} } }` }),
    () => post('token flood', { query: `{ health { ${'ok '.repeat(20_000)} } }` }),
    () =>
      post('huge id list', {
        query: 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }',
        variables: { ids: Array.from({ length: 20_000 }, (_, i) => `person:p${i}`) },
      }),
    () =>
      post('999 KB operation name', {
        query: '{ health { ok } }',
        operationName: `Op${'x'.repeat(999_000)}`,
      }),
    () => ({
      kind: '2 MB chunked body',
      method: 'POST',
      path: '/graphql',
      headers: json,
      chunkedBytes: 2_000_000,
    }),
    () => post('malformed JSON', '{"query": "{ health { ok } }"'),
    () => post('wrong content type', '{ health { ok } }', { 'content-type': 'text/plain' }),
    () => post('subscription', { query: 'subscription { health { ok } }' }),
    () =>
      post('persisted query', { extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } }),
    () => post('batch', [{ query: '{ health { ok } }' }, { query: '{ health { ok } }' }]),
    () => post('introspection', { query: '{ __schema { types { name fields { name } } } }' }),
    () => ({
      kind: 'GET without CSRF header',
      method: 'GET',
      path: `/graphql?query=${encodeURIComponent('query($id: ID!) { node(id: $id) { id } }')}&variables=${encodeURIComponent(JSON.stringify({ id: BENKIRANE }))}`,
      headers: {},
    }),
    () => ({
      kind: 'export, unknown operation',
      method: 'GET',
      path: `/export?query=${encodeURIComponent('{ health { ok } }')}&operationName=${'F'.repeat(5000)}`,
      headers: {},
    }),
    () => ({
      kind: 'export, bad parameters',
      method: 'GET',
      path: '/export/neighbourhood?id=org:pjd&depth=99&format=exe',
      headers: {},
    }),
    () =>
      post(
        'forged token on a mutation',
        { query: 'mutation { addAlias(id: "person:abdelilah-benkirane", alias: "pwned") { id } }' },
        { authorization: `Bearer ${rnd.pick(tokens)}` },
      ),
    () =>
      post('injection strings', {
        query: 'query($t: String!, $id: ID!) { search(text: $t) { totalCount } node(id: $id) { id } }',
        variables: { t: rnd.pick(strings), id: rnd.pick(strings) },
      }),
    () =>
      post('largest neighbourhood accepted', {
        query: 'query($id: ID!) { neighbourhood(id: $id, depth: 3, limit: 1000) { truncated nodes { id } } }',
        variables: { id: rnd.pick([BENKIRANE, 'org:pjd', 'org:ump']) },
      }),
    () =>
      post('longest paths accepted', {
        query:
          'query($a: ID!, $b: ID!) { connection(from: $a, to: $b, maxHops: 6, limit: 50) { length hops { relation { id } } } }',
        variables: { a: 'person:loubna-el-meskine', b: rnd.pick(['org:ump', 'org:ps', 'org:pjd']) },
      }),
    () =>
      post('fuzzy search everywhere', {
        query:
          'query($t: String!) { search(text: $t, first: 100) { totalCount edges { node { score node { id } } } } }',
        variables: { t: rnd.pick(['a* b* c* d* e*', 'benkirane~2 sarkozy~2 ump~2', '*', '?'.repeat(50)]) },
      }),
  ];
  return Array.from({ length: count }, (_, i) => makers[i % makers.length]!());
}
