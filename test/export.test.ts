/**
 * Exports: the pure serialisers (GraphML, CSV, JSON, the subgraph collector, parameter validation),
 * then the HTTP routes and the CLI against the real Neo4j — every count checked against the API's
 * own answer for the same query.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { toCsvEdges, toCsvNodes } from '../src/export/csv.js';
import { FORMATS, exportFileName } from '../src/export/formats.js';
import { toGraphml, xmlEscape } from '../src/export/graphml.js';
import { CONNECTION_EXPORT, NEIGHBOURHOOD_EXPORT } from '../src/export/operations.js';
import { ExportParamsError, planExport } from '../src/export/params.js';
import { collectSubgraph, type ExportSubgraph } from '../src/export/subgraph.js';
import { createLogger } from '../src/logger.js';
import { startApp, type App } from '../src/server/app.js';
import { createTestApi, type TestApi } from './support/api.js';

const run = promisify(execFile);

const relation = (over: Record<string, unknown> = {}) => ({
  id: 'HOLDS_ROLE:person:a>org:b@article:x',
  type: 'HOLDS_ROLE',
  label: 'holds a role',
  date: '2015-06',
  start: null,
  end: null,
  weight: null,
  metric: null,
  title: 'secrétaire général',
  source: { id: 'person:a', kind: 'PERSON', name: 'A' },
  target: { id: 'org:b', kind: 'ORGANIZATION', name: 'B' },
  evidence: { excerpt: 'A dirige B', article: { id: 'article:x', title: 'X' } },
  ...over,
});

/** Counts the elements of a GraphML document we wrote (its layout is ours: one element per line). */
function graphmlCounts(xml: string): { nodes: number; edges: number } {
  return {
    nodes: xml.match(/^\s*<node id=/gm)?.length ?? 0,
    edges: xml.match(/^\s*<edge id=/gm)?.length ?? 0,
  };
}

describe('collectSubgraph', () => {
  it('collects entities and relations anywhere in a result, once each, and adds missing edge ends', () => {
    const data = {
      connection: [
        {
          nodes: [{ id: 'person:a', kind: 'PERSON', name: 'A' }],
          hops: [{ relation: relation() }, { relation: relation() }],
        },
        { hops: [{ relation: relation({ id: 'R2', type: 'MEMBER_OF', target: { id: 'org:c' } }) }] },
      ],
    };
    const g = collectSubgraph(data);
    expect(g.edges.map((e) => e.id)).toEqual(['HOLDS_ROLE:person:a>org:b@article:x', 'R2']);
    expect(g.nodes.map((n) => n.id).sort()).toEqual(['org:b', 'org:c', 'person:a']);
    // An end selected without kind/name gets its kind from the id prefix and its id as name.
    expect(g.nodes.find((n) => n.id === 'org:c')).toEqual({
      id: 'org:c',
      kind: 'ORGANIZATION',
      name: 'org:c',
    });
    expect(g.edges[0]).toMatchObject({
      article: 'article:x',
      excerpt: 'A dirige B',
      title: 'secrétaire général',
    });
    expect(g.truncated).toBe(false);
    expect(collectSubgraph({ neighbourhood: { truncated: true, nodes: [], edges: [] } }).truncated).toBe(
      true,
    );
  });

  it('ignores objects that only look alike (unknown kinds or relation types)', () => {
    const g = collectSubgraph({ a: { id: 'x', kind: 'MOVIE', name: 'n' }, b: relation({ type: 'LIKES' }) });
    expect(g.edges).toEqual([]);
    // The relation's ends are real entities, so they stay; the MOVIE does not.
    expect(g.nodes.map((n) => n.id)).toEqual(['person:a', 'org:b']);
  });
});

describe('serialisers', () => {
  const tricky: ExportSubgraph = {
    truncated: false,
    nodes: [
      { id: 'person:a', kind: 'PERSON', name: 'Tom & "Jerry" <3> \'x\'\u0001' },
      { id: 'org:b', kind: 'ORGANIZATION', name: '=HYPERLINK("http://evil")' },
    ],
    edges: [
      {
        ...collectSubgraph({ r: relation() }).edges[0]!,
        excerpt: 'ligne 1\nligne 2, avec « guillemets » et "quotes"',
        weight: 7002,
        metric: 'members',
      },
    ],
  };

  it('GraphML: declares the Gephi keys, escapes markup, drops XML-illegal characters, omits nulls', () => {
    const xml = toGraphml(tricky);
    for (const k of ['label', 'kind', 'name']) expect(xml).toContain(`for="node" attr.name="${k}"`);
    for (const k of ['type', 'label', 'article', 'excerpt', 'weight', 'date'])
      expect(xml).toContain(`for="edge" attr.name="${k}"`);
    expect(xml).toContain('attr.name="weight" attr.type="double"');
    expect(xml).toContain('Tom &amp; &quot;Jerry&quot; &lt;3&gt; &apos;x&apos;</data>');
    expect(xml).not.toContain('\u0001');
    expect(xml).toContain('<data key="e_weight">7002</data>');
    expect(xml).not.toContain('key="e_dateStart"></data>');
    expect(xml).toContain(
      '<edge id="HOLDS_ROLE:person:a&gt;org:b@article:x" source="person:a" target="org:b">',
    );
    expect(graphmlCounts(xml)).toEqual({ nodes: 2, edges: 1 });
    expect(xmlEscape('a\r\nb')).toBe('a&#13;\nb');
  });

  it('CSV: Gephi column names, RFC 4180 quoting, a BOM for Excel, formulas neutralised', () => {
    const nodes = toCsvNodes(tricky);
    const edges = toCsvEdges(tricky);
    expect(nodes.startsWith('\uFEFFId,Label,kind,name\r\n')).toBe(true);
    expect(nodes).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(edges.split('\r\n')[0]).toBe(
      '\uFEFFSource,Target,Type,Id,Label,relation,date,dateStart,dateEnd,Weight,metric,title,role,response,reason,quote,what,event,organization,article,articleTitle,excerpt',
    );
    expect(edges).toContain(',Directed,');
    expect(edges).toContain('"ligne 1\nligne 2, avec « guillemets » et ""quotes"""');
    expect(edges).toContain(',HOLDS_ROLE,2015-06,,,7002,members,');
    expect(edges.trimEnd().split('\r\n')).toHaveLength(2);
  });

  it('JSON: the subgraph with its counts and the query it answers', () => {
    const parsed = JSON.parse(
      FORMATS.json.serialize(tricky, { kind: 'neighbourhood', variables: { id: 'x' } }),
    ) as {
      query: unknown;
      nodeCount: number;
      edgeCount: number;
      nodes: unknown[];
    };
    expect(parsed).toMatchObject({
      query: { kind: 'neighbourhood', variables: { id: 'x' } },
      nodeCount: 2,
      edgeCount: 1,
    });
    expect(parsed.nodes).toEqual(tricky.nodes);
  });

  it('file names say what was exported and stay safe in a header', () => {
    expect(exportFileName('neighbourhood-org:pjd-depth2', 'graphml')).toBe(
      'neighbourhood-org-pjd-depth2.graphml',
    );
    expect(exportFileName('Créateurs "de" possibles/../x', 'csv-edges')).toBe(
      'Createurs-de-possibles-..-x.edges.csv',
    );
    expect(exportFileName('***', 'json')).toBe('subgraph.json');
  });
});

describe('planExport (parameters of the route and the CLI)', () => {
  it('turns flat parameters into the operation and typed variables', () => {
    const plan = planExport('neighbourhood', {
      id: 'org:pjd',
      depth: '2',
      relationTypes: 'holds_role, MEMBER_OF',
      includeUndated: 'false',
      format: 'csv-edges',
    });
    expect(plan).toMatchObject({
      query: NEIGHBOURHOOD_EXPORT,
      variables: {
        id: 'org:pjd',
        depth: 2,
        relationTypes: ['HOLDS_ROLE', 'MEMBER_OF'],
        includeUndated: false,
      },
      format: 'csv-edges',
      stem: 'neighbourhood-org:pjd-depth2',
    });
    expect(planExport('connection', { from: 'a', to: 'b' })).toMatchObject({
      query: CONNECTION_EXPORT,
      format: 'graphml',
    });
  });

  it.each([
    ['neighbourhood', { id: 'org:pjd', depth: 'two' }, 'depth'],
    ['neighbourhood', { id: 'org:pjd', relationTypes: 'HOLDS_ROLE,LIKES' }, 'relationTypes'],
    ['neighbourhood', { id: 'org:pjd', format: 'xlsx' }, 'format'],
    ['neighbourhood', { id: 'org:pjd', colour: 'red' }, 'colour'],
    ['neighbourhood', { depth: '1' }, 'id'],
    ['connection', { from: 'a' }, 'to'],
    ['query', { query: '{ health { ok } }', variables: '[1]' }, 'variables'],
  ] as const)('%s %j → an error naming "%s"', (kind, params, field) => {
    let error: unknown;
    try {
      planExport(kind, params as Record<string, string>);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ExportParamsError);
    expect((error as ExportParamsError).field).toBe(field);
    expect((error as Error).message).toContain(`"${field}"`);
  });
});

describe('export routes and CLI (real Neo4j)', () => {
  let app: App;
  let api: TestApi;
  let tmp: string;
  beforeAll(async () => {
    app = await startApp(loadConfig(), createLogger('silent'), { port: 0 });
    api = await createTestApi();
    tmp = mkdtempSync(path.join(os.tmpdir(), 'export-test-'));
  });
  afterAll(async () => {
    await app?.close();
    await api?.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  async function neighbourhood(variables: Record<string, unknown>) {
    const r = await api.run<{ neighbourhood: { nodes: { id: string }[]; edges: { id: string }[] } }>(
      NEIGHBOURHOOD_EXPORT,
      variables,
    );
    expect(r.errors).toBeUndefined();
    return r.data!.neighbourhood;
  }

  it('GET /export/neighbourhood: the same nodes and edges as the API, in every format', async () => {
    const expected = await neighbourhood({ id: 'org:pjd', depth: 2 });
    expect(expected.edges.length).toBeGreaterThan(20);
    const base = `${app.url}/export/neighbourhood?id=org:pjd&depth=2`;

    const json = await fetch(`${base}&format=json`);
    expect(json.status).toBe(200);
    const body = (await json.json()) as { nodes: { id: string }[]; edges: { id: string; excerpt: string }[] };
    expect(body.nodes.map((n) => n.id).sort()).toEqual(expected.nodes.map((n) => n.id).sort());
    expect(body.edges.map((e) => e.id).sort()).toEqual(expected.edges.map((e) => e.id).sort());
    expect(body.edges.every((e) => e.excerpt.length > 0)).toBe(true);

    const graphml = await fetch(`${base}&format=graphml`);
    expect(graphml.headers.get('content-type')).toContain('application/graphml+xml');
    expect(graphml.headers.get('content-disposition')).toBe(
      'attachment; filename="neighbourhood-org-pjd-depth2.graphml"',
    );
    expect(graphml.headers.get('x-export-nodes')).toBe(String(expected.nodes.length));
    expect(graphmlCounts(await graphml.text())).toEqual({
      nodes: expected.nodes.length,
      edges: expected.edges.length,
    });

    const csvNodes = await (await fetch(`${base}&format=csv-nodes`)).text();
    const csvEdges = await (await fetch(`${base}&format=csv-edges`)).text();
    // Rows = header + one per item; quoted excerpts may hold newlines, so count ids instead of lines.
    expect(csvNodes.trimEnd().split('\r\n')).toHaveLength(expected.nodes.length + 1);
    for (const e of expected.edges) expect(csvEdges).toContain(e.id);
  });

  it('applies the filters the API applies (relation types, dates)', async () => {
    const variables = {
      id: 'org:pjd',
      depth: 2,
      relationTypes: ['HOLDS_ROLE', 'ORGANIZED'],
      since: '2015',
      until: '2015',
      includeUndated: false,
    };
    const expected = await neighbourhood(variables);
    const res = await fetch(
      `${app.url}/export/neighbourhood?id=org:pjd&depth=2&relationTypes=HOLDS_ROLE,ORGANIZED&since=2015&until=2015&includeUndated=false&format=json`,
    );
    const body = (await res.json()) as { edges: { type: string }[]; nodes: unknown[] };
    expect(body.edges).toHaveLength(expected.edges.length);
    expect(body.nodes).toHaveLength(expected.nodes.length);
    expect(body.edges.length).toBeGreaterThan(0);
    for (const e of body.edges) expect(['HOLDS_ROLE', 'ORGANIZED']).toContain(e.type);
  });

  it('GET /export/connection: the path hops and their ends', async () => {
    const r = await api.run<{
      connection: { nodes: { id: string }[]; hops: { relation: { id: string } }[] }[];
    }>(CONNECTION_EXPORT, { from: 'person:loubna-el-meskine', to: 'org:pjd' });
    const paths = r.data!.connection;
    expect(paths.length).toBeGreaterThan(0);
    const res = await fetch(
      `${app.url}/export/connection?from=person:loubna-el-meskine&to=org:pjd&format=json`,
    );
    const body = (await res.json()) as { nodes: { id: string }[]; edges: { id: string }[] };
    expect(new Set(body.edges.map((e) => e.id))).toEqual(
      new Set(paths.flatMap((p) => p.hops.map((h) => h.relation.id))),
    );
    expect(body.nodes.map((n) => n.id)).toEqual(
      expect.arrayContaining(['person:loubna-el-meskine', 'org:pjd']),
    );
  });

  it('GET /export?query=…: the subgraph of any query (here the amplifiers of the UMP’s network)', async () => {
    const query = `query Amp($of: ID!) { amplifiers(of: $of, first: 100) { totalCount edges { node {
      id type label weight metric source { id kind name } target { id kind name } evidence { excerpt article { id title } } } } } }`;
    const expected = await api.run<{ amplifiers: { totalCount: number } }>(query, {
      of: 'platform:les-createurs-de-possibles',
    });
    const q = new URLSearchParams({
      query,
      variables: JSON.stringify({ of: 'platform:les-createurs-de-possibles' }),
      format: 'csv-edges',
    });
    const res = await fetch(`${app.url}/export?${q}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('x-export-edges')).toBe(String(expected.data!.amplifiers.totalCount));
    expect(await res.text()).toContain(',AMPLIFIES,,,,1705,members,');
  });

  it.each([
    ['/export/neighbourhood?id=org:does-not-exist', 404, 'NOT_FOUND', undefined],
    ['/export/neighbourhood?id=org:pjd&depth=9', 400, 'BAD_USER_INPUT', 'depth'],
    ['/export/neighbourhood?id=org:pjd&format=xlsx', 400, 'BAD_USER_INPUT', 'format'],
    ['/export/neighbourhood?id=org:pjd&id=org:ps', 400, 'BAD_USER_INPUT', 'id'],
    ['/export?query=mutation%20%7B%20x%20%7D', 400, 'BAD_USER_INPUT', 'query'],
    ['/export?query=%7B%20nope%20%7D', 400, 'GRAPHQL_VALIDATION_FAILED', undefined],
  ])('GET %s → %i %s', async (url, status, code, field) => {
    const res = await fetch(`${app.url}${url}`);
    expect(res.status).toBe(status);
    const body = (await res.json()) as {
      errors: { message: string; extensions: { code: string; field?: string } }[];
    };
    expect(body.errors[0]?.extensions.code).toBe(code);
    expect(body.errors[0]?.extensions.field).toBe(field);
    expect(JSON.stringify(body)).not.toMatch(/MATCH|stack|\.ts:/);
  });

  it('refuses other methods than GET', async () => {
    const res = await fetch(`${app.url}/export/neighbourhood?id=org:pjd`, { method: 'POST' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD');
  });

  it('npm run export: writes the file and prints a summary', { timeout: 60_000 }, async () => {
    const expected = await neighbourhood({ id: 'org:pjd', depth: 2 });
    const out = path.join(tmp, 'pjd.graphml');
    const { stderr, stdout } = await run(
      process.execPath,
      [
        'node_modules/tsx/dist/cli.mjs',
        'scripts/export.ts',
        '--id',
        'org:pjd',
        '--depth',
        '2',
        '--format',
        'graphml',
        '--out',
        out,
      ],
      { env: process.env },
    );
    expect(stdout).toBe('');
    expect(stderr).toContain(
      `Exported neighbourhood of org:pjd (depth 2): ${expected.nodes.length} nodes, ${expected.edges.length} edges → ${out}`,
    );
    expect(graphmlCounts(readFileSync(out, 'utf8'))).toEqual({
      nodes: expected.nodes.length,
      edges: expected.edges.length,
    });
  });

  it(
    'npm run export: bad arguments exit 2 naming the option; API errors exit 1 with their code',
    { timeout: 60_000 },
    async () => {
      const cli = (args: string[]) =>
        run(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/export.ts', ...args], {
          env: process.env,
        }).then(
          () => ({ code: 0, stderr: '' }),
          (e: { code: number; stderr: string }) => ({ code: e.code, stderr: e.stderr }),
        );
      const [bad, missing] = await Promise.all([
        cli(['--id', 'org:pjd', '--depth', 'deep']),
        cli(['--id', 'org:does-not-exist', '--format', 'json']),
      ]);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain('Invalid --depth: must be an integer');
      expect(missing.code).toBe(1);
      expect(missing.stderr).toContain('NOT_FOUND');
    },
  );
});
