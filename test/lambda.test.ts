/**
 * The Lambda handlers, invoked as the Lambda runtime would (API Gateway events and a context from
 * test/fixtures), against this worker's real Neo4j (test/setup/neo4j.ts).
 */
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { MAX_BODY_BYTES } from '../src/http-shared.js';
import { checkRequest, factsFromV1, factsFromV2 } from '../src/lambda/http-adapter.js';
import { LAMBDA_POOL_SIZE, lambdaEnvironment } from '../src/lambda/runtime.js';
import { seedGraphCounts } from './support/db.js';
import { fixture, httpApiEvent, lambdaContext, restApiEvent } from './support/lambda.js';

type GraphqlModule = typeof import('../src/lambda/graphql.js');
type InvokeModule = typeof import('../src/lambda/invoke.js');
type RuntimeModule = typeof import('../src/lambda/runtime.js');

interface Health {
  health: { nodeCount: number; neo4jVersion?: string };
}
interface GraphQLBody<T = Health> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; field?: string } }[];
}

let graphql: GraphqlModule;
let invoke: InvokeModule;
let runtime: RuntimeModule;

beforeAll(async () => {
  // As on AWS: the handlers take their Lambda code paths (pool size, required NEO4J_URI).
  vi.stubEnv('AWS_LAMBDA_FUNCTION_NAME', 'influence-graph-api-test-graphql');
  runtime = await import('../src/lambda/runtime.js');
  graphql = await import('../src/lambda/graphql.js');
  invoke = await import('../src/lambda/invoke.js');
});

afterAll(async () => {
  await runtime.closeRuntime();
  vi.unstubAllEnvs();
});

async function directNodeCount(): Promise<number> {
  const { driver, config } = runtime.getRuntime();
  const res = await driver.executeQuery(
    'MATCH (n) WHERE n:Entity OR n:Claim RETURN count(n) AS n',
    {},
    { routing: neo4j.routing.READ, database: config.NEO4J_DATABASE },
  );
  return res.records[0]?.get('n') as number;
}

/**
 * Runs `call` and checks the node count it reports: the database's own count, which for this file's
 * database (reloaded before the file, written by no one else) is the seed graph's.
 */
async function expectDatabaseNodeCount(call: () => Promise<number | undefined>): Promise<void> {
  const reported = await call();
  expect(reported).toBe(await directNodeCount());
  expect(reported).toBe(seedGraphCounts().nodes);
}

describe('HTTP API handler (API Gateway payload 2.0)', () => {
  it('answers the health query with data from the real database', async () => {
    const context = lambdaContext();
    await expectDatabaseNodeCount(async () => {
      const res = await graphql.handler(httpApiEvent(), context);
      expect(res.statusCode).toBe(200);
      expect(res.headers?.['content-type']).toMatch(/application\/json/);
      expect(res.headers?.['x-request-id']).toBe(context.awsRequestId);
      const body = JSON.parse(res.body!) as GraphQLBody;
      expect(body.errors).toBeUndefined();
      expect(body.data?.health.neo4jVersion).toMatch(/^5\./);
      return body.data?.health.nodeCount;
    });
  });

  it('runs on a container-sized driver pool', () => {
    expect(runtime.getRuntime().config.NEO4J_MAX_POOL_SIZE).toBe(LAMBDA_POOL_SIZE);
  });

  it('answers GET /graphql with the query in the query string', async () => {
    const query = encodeURIComponent('{ health { nodeCount } }');
    await expectDatabaseNodeCount(async () => {
      const res = await graphql.handler(
        httpApiEvent({
          method: 'GET',
          body: null,
          rawQueryString: `query=${query}`,
          headers: { 'apollo-require-preflight': 'true' },
        }),
        lambdaContext(),
      );
      expect(res.statusCode).toBe(200);
      return (JSON.parse(res.body!) as GraphQLBody).data?.health.nodeCount;
    });
  });

  it('decodes a base64-encoded body', async () => {
    const body = Buffer.from(JSON.stringify({ query: '{ health { nodeCount } }' })).toString('base64');
    const res = await graphql.handler(httpApiEvent({ body, isBase64Encoded: true }), lambdaContext());
    expect(res.statusCode).toBe(200);
    expect((JSON.parse(res.body!) as GraphQLBody).data?.health.nodeCount).toBe(seedGraphCounts().nodes);
  });

  it('answers a malformed JSON body with 400 and a clear, GraphQL-shaped error', async () => {
    const res = await graphql.handler(httpApiEvent({ body: '{"query": ' }), lambdaContext());
    expect(res.statusCode).toBe(400);
    expect(res.headers?.['content-type']).toMatch(/application\/json/);
    const body = JSON.parse(res.body!) as GraphQLBody;
    expect(body.errors?.[0]?.message).toMatch(/^Request body is not valid JSON: /);
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
  });

  it.each(['PUT', 'DELETE'])('refuses %s with 405 and an Allow header', async (method) => {
    const res = await graphql.handler(httpApiEvent({ method }), lambdaContext());
    expect(res.statusCode).toBe(405);
    expect(res.headers?.allow).toBe('GET, POST');
    const body = JSON.parse(res.body!) as GraphQLBody;
    expect(body.errors?.[0]?.message).toContain(`Method ${method} is not allowed`);
  });

  it('refuses an oversized body with 413 before parsing it', async () => {
    const body = JSON.stringify({ query: `{ health { ok } }${' '.repeat(1_100_000)}` });
    const res = await graphql.handler(httpApiEvent({ body }), lambdaContext());
    expect(res.statusCode).toBe(413);
    const parsed = JSON.parse(res.body!) as GraphQLBody;
    expect(parsed.errors?.[0]?.message).toBe(`Request body too large: the limit is ${MAX_BODY_BYTES} bytes.`);
  });

  it('passes GraphQL errors through as a normal GraphQL response', async () => {
    const res = await graphql.handler(
      httpApiEvent({ body: JSON.stringify({ query: '{ health { noSuchField } }' }) }),
      lambdaContext(),
    );
    expect(res.statusCode).toBe(400);
    const body = JSON.parse(res.body!) as GraphQLBody;
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('REST API handler (API Gateway payload 1.0)', () => {
  it('answers the health query', async () => {
    const context = lambdaContext();
    await expectDatabaseNodeCount(async () => {
      const res = await graphql.restHandler(restApiEvent(), context);
      expect(res.statusCode).toBe(200);
      expect(res.headers?.['x-request-id']).toBe(context.awsRequestId);
      return (JSON.parse(res.body) as GraphQLBody).data?.health.nodeCount;
    });
  });

  it('applies the same request checks', async () => {
    const res = await graphql.restHandler(restApiEvent('{"query": '), lambdaContext());
    expect(res.statusCode).toBe(400);
    expect((JSON.parse(res.body) as GraphQLBody).errors?.[0]?.message).toMatch(/not valid JSON/);
  });
});

describe('deadline on Lambda', () => {
  it('answers TIMEOUT when the invocation has no time left for Neo4j, instead of being killed mid-query', async () => {
    const res = await graphql.handler(
      httpApiEvent({ body: JSON.stringify({ query: '{ health { nodeCount } }' }) }),
      lambdaContext({ getRemainingTimeInMillis: () => 400 }),
    );
    expect(res.statusCode).toBe(200);
    const body = JSON.parse(res.body!) as GraphQLBody;
    expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['TIMEOUT']);
  });
});

describe('direct-invoke handler', () => {
  const context = () => lambdaContext({ functionName: 'influence-graph-api-dev-invoke' });

  it('returns the GraphQL result for a valid event', async () => {
    await expectDatabaseNodeCount(async () => {
      const res = await invoke.handler(fixture('invoke-health.json'), context());
      expect(res.errors).toBeUndefined();
      const data = res.data as unknown as Health;
      expect(data.health.neo4jVersion).toMatch(/^5\./);
      return data.health.nodeCount;
    });
  });

  it('works without a Lambda context (e.g. called in-process)', async () => {
    const res = await invoke.handler({ query: '{ health { nodeCount } }' });
    expect((res.data as unknown as Health).health.nodeCount).toBe(seedGraphCounts().nodes);
  });

  it.each([
    ['missing query', { variables: {} }, 'query', /"query" must be a non-empty string .*\(it is missing\)/],
    ['query not a string', { query: 42 }, 'query', /"query" must be a non-empty string .*\(got number\)/],
    ['empty query', { query: '   ' }, 'query', /"query" .*\(it is empty\)/],
    [
      'variables not an object',
      { query: '{ health { ok } }', variables: [1] },
      'variables',
      /"variables" must be an object .*\(got an array\)/,
    ],
    [
      'variables a string',
      { query: '{ health { ok } }', variables: '{"a":1}' },
      'variables',
      /"variables" must be an object .*\(got string\)/,
    ],
    [
      'operationName not a string',
      { query: '{ health { ok } }', operationName: 1 },
      'operationName',
      /"operationName" must be a string/,
    ],
    [
      'unknown field',
      { query: '{ health { ok } }', varaibles: {} },
      'varaibles',
      /unknown field "varaibles"/,
    ],
  ])('returns a BAD_USER_INPUT error for %s, without throwing', async (_name, event, field, message) => {
    const res = await invoke.handler(event, context());
    expect(res.data).toBeUndefined();
    expect(res.errors).toHaveLength(1);
    expect(res.errors?.[0]?.message).toMatch(message);
    expect(res.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field });
  });

  it.each([null, 'query { health { ok } }', [1, 2], 7])('rejects a non-object event (%j)', async (event) => {
    const res = await invoke.handler(event, context());
    expect(res.errors?.[0]?.message).toMatch(/expected an object \{ query, variables\?, operationName\? \}/);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('returns parse and validation errors as coded results', async () => {
    const parse = await invoke.handler({ query: '{ health { ' }, context());
    expect(parse.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    const invalid = await invoke.handler({ query: '{ nope }' }, context());
    expect(invalid.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('pure adapters', () => {
  it('requires NEO4J_URI on Lambda and sizes the pool for a container', () => {
    expect(() => lambdaEnvironment({ AWS_LAMBDA_FUNCTION_NAME: 'f' })).toThrow(
      /NEO4J_URI: required on AWS Lambda/,
    );
    expect(
      lambdaEnvironment({ AWS_LAMBDA_FUNCTION_NAME: 'f', NEO4J_URI: 'neo4j+s://x' }).NEO4J_MAX_POOL_SIZE,
    ).toBe(String(LAMBDA_POOL_SIZE));
    expect(
      lambdaEnvironment({
        AWS_LAMBDA_FUNCTION_NAME: 'f',
        NEO4J_URI: 'neo4j+s://x',
        NEO4J_MAX_POOL_SIZE: '20',
      }).NEO4J_MAX_POOL_SIZE,
    ).toBe('20');
    expect(lambdaEnvironment({})).toEqual({});
  });

  it('maps both event versions to the same facts and checks them in order', () => {
    const v2 = factsFromV2(httpApiEvent({ method: 'put', body: 'x' }));
    const v1 = factsFromV1({ ...restApiEvent('x'), httpMethod: 'PUT' });
    expect(v1).toEqual(v2);
    // REST APIs keep the client's header casing; HTTP APIs lower-case names.
    expect(factsFromV1({ ...restApiEvent(), headers: { Authorization: 'Bearer t' } }).authorization).toBe(
      'Bearer t',
    );
    expect(factsFromV2(httpApiEvent({ headers: { authorization: 'Bearer t' } })).authorization).toBe(
      'Bearer t',
    );
    expect(checkRequest(v2, 10)?.status).toBe(405);
    expect(checkRequest({ ...v2, method: 'POST', body: 'x'.repeat(11) }, 10)?.status).toBe(413);
    expect(checkRequest({ ...v2, method: 'POST', body: '{' }, 10)?.status).toBe(400);
    expect(checkRequest({ ...v2, method: 'POST', body: '{}' }, 10)).toBeUndefined();
    // base64: the limit applies to the decoded size.
    const b64 = Buffer.from('x'.repeat(10)).toString('base64');
    expect(
      checkRequest(
        { ...v2, method: 'POST', contentType: 'text/plain', body: b64, isBase64Encoded: true },
        10,
      ),
    ).toBeUndefined();
  });
});
