/**
 * `npm run export -- …`: the subgraph of a query as GraphML (Gephi), CSV or JSON, without a running
 * server. The query runs in-process through the same Apollo Server as the API (src/export/execute.ts),
 * against NEO4J_URI or the local Neo4j (started for the export if none is running).
 *
 *   npm run export -- --id org:pjd --depth 2 --format graphml --out pjd.graphml
 *   npm run export -- --from person:loubna-el-meskine --to org:pjd --format csv-edges
 *   npm run export -- --query-file my.graphql --variables '{"of":"platform:la-coopol"}' --format json
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../src/config.js';
import { runExport } from '../src/export/execute.js';
import { EXPORT_FORMATS, FORMATS } from '../src/export/formats.js';
import { ExportParamsError, planExport, type ExportKind, type ExportPlan } from '../src/export/params.js';
import { createDriver } from '../src/graph/driver.js';
import { createVerifier } from '../src/graphql/auth.js';
import { createContext } from '../src/graphql/context.js';
import { createApolloServer } from '../src/graphql/server.js';
import { createLogger } from '../src/logger.js';
import { withLocalNeo4j } from './lib/with-neo4j.js';

const USAGE = `Usage: npm run export -- <what> [--format ${EXPORT_FORMATS.join('|')}] [--out FILE]

What (one of):
  --id ID [--depth 1-3] [--types T1,T2] [--since DATE] [--until DATE] [--include-undated true|false] [--limit N]
                                 ego network (API neighbourhood)
  --from ID --to ID [--max-hops N] [--types T1,T2] [--limit N]
                                 shortest paths (API connection)
  --query-file FILE | --query 'GRAPHQL' [--variables JSON] [--operation-name NAME]
                                 any query: every entity and relation in its result

--format defaults to graphml; without --out the file goes to stdout (messages to stderr).`;

/** Command-line options → the flat parameters the HTTP route takes (same zod validation). */
const OPTION_TO_PARAM: Record<string, string> = {
  id: 'id',
  depth: 'depth',
  types: 'relationTypes',
  since: 'since',
  until: 'until',
  'include-undated': 'includeUndated',
  limit: 'limit',
  from: 'from',
  to: 'to',
  'max-hops': 'maxHops',
  query: 'query',
  variables: 'variables',
  'operation-name': 'operationName',
  format: 'format',
};

class UsageError extends Error {}

function parseCommandLine(argv: string[]): { plan: ExportPlan; out: string | null } {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        ...Object.fromEntries(Object.keys(OPTION_TO_PARAM).map((k) => [k, { type: 'string' as const }])),
        'query-file': { type: 'string' },
        out: { type: 'string', short: 'o' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  if (values.help) throw new UsageError('');
  const file = values['query-file'];
  if (typeof file === 'string') {
    if (values.query !== undefined) throw new UsageError('Give --query or --query-file, not both.');
    try {
      values.query = readFileSync(file, 'utf8');
    } catch (e) {
      throw new UsageError(`Cannot read --query-file ${file}: ${(e as Error).message}`);
    }
  }
  const kinds: ExportKind[] = [];
  if (values.id !== undefined) kinds.push('neighbourhood');
  if (values.from !== undefined || values.to !== undefined) kinds.push('connection');
  if (values.query !== undefined) kinds.push('query');
  if (kinds.length !== 1)
    throw new UsageError('Say what to export: --id, or --from/--to, or --query(-file).');
  const params: Record<string, string> = {};
  for (const [option, param] of Object.entries(OPTION_TO_PARAM)) {
    const v = values[option];
    if (typeof v === 'string') params[param] = v;
  }
  try {
    const plan = planExport(kinds[0] as ExportKind, params);
    return { plan, out: typeof values.out === 'string' && values.out !== '-' ? values.out : null };
  } catch (e) {
    if (e instanceof ExportParamsError) {
      const option = Object.entries(OPTION_TO_PARAM).find(([, p]) => p === e.field)?.[0] ?? e.field;
      throw new UsageError(`Invalid --${option}: ${e.message.replace(/^Invalid parameter "[^"]+": /, '')}`);
    }
    throw e;
  }
}

function describe(plan: ExportPlan): string {
  const v = plan.variables;
  if (plan.kind === 'neighbourhood')
    return `neighbourhood of ${String(v.id)} (depth ${String(v.depth ?? 1)})`;
  if (plan.kind === 'connection') return `paths from ${String(v.from)} to ${String(v.to)}`;
  return `query ${plan.operationName ?? ''}`.trim();
}

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseCommandLine(process.argv.slice(2));
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    if (e.message) console.error(`${e.message}\n`);
    console.error(USAGE);
    return e.message ? 2 : 0;
  }
  const { plan, out } = parsed;
  const started = performance.now();
  const config = loadConfig();
  return withLocalNeo4j(config, async () => {
    const driver = createDriver(config);
    const apollo = createApolloServer(config, createLogger('silent'));
    await apollo.start();
    try {
      const context = createContext(
        { driver, database: config.NEO4J_DATABASE, verifier: createVerifier(config) },
        'cli-export',
      );
      const result = await runExport(apollo, context, plan);
      if (!result.ok) {
        for (const e of result.errors) {
          const code = e.extensions?.code ?? 'ERROR';
          const field = e.extensions?.field ? ` (${String(e.extensions.field)})` : '';
          console.error(`${String(code)}${field}: ${e.message}`);
        }
        return 1;
      }
      if (out) writeFileSync(out, result.body);
      else process.stdout.write(result.body);
      const g = result.subgraph;
      const kb = (Buffer.byteLength(result.body) / 1024).toFixed(1);
      console.error(
        `Exported ${describe(plan)}: ${g.nodes.length} nodes, ${g.edges.length} edges → ` +
          `${out ?? 'stdout'} (${FORMATS[plan.format].title}, ${kb} kB) in ${Math.round(performance.now() - started)} ms.`,
      );
      if (g.truncated) console.error('Warning: the node limit cut the neighbourhood short; raise --limit.');
      return 0;
    } finally {
      await apollo.stop();
      await driver.close();
    }
  });
}

// Status lines of the Neo4j helpers go to stderr: stdout may be the exported file itself.
console.log = (...args: unknown[]) => console.error(...args);

main()
  .then((code) => process.exit(code))
  .catch((e: unknown) => {
    if (e instanceof ConfigError || (e as Error).name === 'LocalNeo4jError')
      console.error((e as Error).message);
    else console.error(e);
    process.exit(1);
  });
