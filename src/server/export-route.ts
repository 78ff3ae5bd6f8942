/**
 * GET /export/neighbourhood, /export/connection and /export (any query, like GraphQL over HTTP GET):
 * the subgraph of a query as GraphML, CSV or JSON, as a download. Parameters are validated with zod
 * (src/export/params.ts); the query runs inside the shared Apollo Server with the caller's
 * Authorization header, so limits, auth and error codes are those of /graphql.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import type { GraphContext } from '../graphql/context.js';
import { runExport, statusOfErrors } from '../export/execute.js';
import { ExportParamsError, planExport, type ExportKind } from '../export/params.js';
import { httpErrorBody } from '../http-shared.js';

const ROUTES: Record<string, ExportKind> = {
  '/export/neighbourhood': 'neighbourhood',
  '/export/connection': 'connection',
  '/export': 'query',
};

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

/** Query string → flat parameters; a repeated parameter is an error, not a silent pick. */
function flatParams(url: URL): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of url.searchParams) {
    if (k in out) throw new ExportParamsError(`Invalid parameter "${k}": given more than once`, k);
    out[k] = v;
  }
  return out;
}

export function createExportRoute(
  apollo: ApolloServer<GraphContext>,
  makeContext: (requestId: string, authorization?: string) => GraphContext,
) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const kind = ROUTES[url.pathname];
    if (!kind) return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('allow', 'GET, HEAD');
      sendJson(res, 405, httpErrorBody('Exports are read with GET', 'METHOD_NOT_ALLOWED'));
      return true;
    }
    let plan;
    try {
      plan = planExport(kind, flatParams(url));
    } catch (e) {
      if (!(e instanceof ExportParamsError)) throw e;
      sendJson(res, 400, {
        errors: [{ message: e.message, extensions: { code: 'BAD_USER_INPUT', field: e.field } }],
      });
      return true;
    }
    const requestId = String(res.getHeader('x-request-id') ?? randomUUID());
    const result = await runExport(apollo, makeContext(requestId, req.headers.authorization), plan);
    if (!result.ok) {
      sendJson(res, statusOfErrors(result.errors), { errors: result.errors });
      return true;
    }
    res.writeHead(200, {
      'content-type': result.mediaType,
      'content-disposition': `attachment; filename="${result.fileName}"`,
      'cache-control': 'no-store',
      // Scripts can check the size of what they got without parsing it.
      'x-export-nodes': String(result.subgraph.nodes.length),
      'x-export-edges': String(result.subgraph.edges.length),
      'x-export-truncated': String(result.subgraph.truncated),
    });
    res.end(req.method === 'HEAD' ? undefined : result.body);
    return true;
  };
}
