/**
 * The in-browser GraphQL IDE (GraphiQL) for the local server, served from node_modules so it works
 * offline: no CDN. Routes: /ide (page) and /ide/assets/* (scripts and styles); / is the explorer.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';

const require = createRequire(import.meta.url);

const ASSETS: Record<string, { module: string; type: string }> = {
  'react.js': { module: 'react/umd/react.production.min.js', type: 'text/javascript' },
  'react-dom.js': { module: 'react-dom/umd/react-dom.production.min.js', type: 'text/javascript' },
  'graphiql.js': { module: 'graphiql/graphiql.min.js', type: 'text/javascript' },
  'graphiql.css': { module: 'graphiql/graphiql.min.css', type: 'text/css' },
};

const DEFAULT_QUERY = `# Influence graph API — try Ctrl-Enter.
query Amplifiers {
  amplifiers(of: "platform:les-createurs-de-possibles", first: 5) {
    totalCount
    edges {
      other { id name }
      node { weight metric evidence { excerpt article { title } } }
    }
  }
}
`;

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Influence graph — GraphQL IDE</title>
<link rel="stylesheet" href="/ide/assets/graphiql.css">
<style>html,body,#ide{height:100%;margin:0}</style></head>
<body><div id="ide"></div>
<script src="/ide/assets/react.js"></script>
<script src="/ide/assets/react-dom.js"></script>
<script src="/ide/assets/graphiql.js"></script>
<script>
  const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
  ReactDOM.createRoot(document.getElementById('ide')).render(
    React.createElement(GraphiQL, { fetcher, defaultQuery: ${JSON.stringify(DEFAULT_QUERY)} }));
</script></body></html>`;

const cache = new Map<string, Buffer>();

/** Path of a file inside an installed package, bypassing its `exports` map (UMD builds aren't exported). */
function packageFile(spec: string): string {
  const [scopeOrName = '', ...rest] = spec.split('/');
  const name = scopeOrName;
  let dir = path.dirname(require.resolve(name));
  while (dir !== path.dirname(dir)) {
    const pkg = path.join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === name) {
      return path.join(dir, ...rest);
    }
    dir = path.dirname(dir);
  }
  throw new Error(`package ${name} not found`);
}

export async function serveIde(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  const route = new URL(req.url ?? '/', 'http://localhost').pathname;
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if (route === '/ide') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
    return true;
  }
  const asset = route.startsWith('/ide/assets/') ? ASSETS[route.slice('/ide/assets/'.length)] : undefined;
  if (!asset) return false;
  let body = cache.get(asset.module);
  if (!body) {
    body = await readFile(packageFile(asset.module));
    cache.set(asset.module, body);
  }
  res.writeHead(200, { 'content-type': asset.type, 'cache-control': 'public, max-age=3600' }).end(body);
  return true;
}
