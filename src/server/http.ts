/**
 * Local HTTP adapter: node:http in front of the shared Apollo Server. Mirrors what API Gateway does
 * for the Lambda handler (body size limit, JSON parsing with a clear 400) and serves static pages.
 */
import { randomUUID } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { GraphContext } from '../graphql/context.js';
import { httpErrorBody, isHashOnlyGet, PREFLIGHT_HEADER } from '../http-shared.js';

export interface HttpOptions {
  maxBodyBytes: number;
  /** Extra routes (the explorer's static files); return true when handled. */
  staticRoutes?: (req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean>;
  /**
   * Readiness: whether the server may answer GraphQL yet (false while `npm start` seeds the graph),
   * and whether Neo4j answers (`/readyz`). Liveness (`/healthz`) never asks the database.
   */
  readiness: Readiness;
}

export interface Readiness {
  /** False until the application says it is ready (e.g. the graph is seeded). */
  started(): boolean;
  /** Asks Neo4j (quickly): null when it answers, else why not. */
  database(): Promise<string | null>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** How long the rest of an oversized body is read and dropped before the connection is cut. */
const DISCARD_MS = 10_000;

/**
 * Reads the body up to `limit` bytes. Over the limit it stops buffering and rejects with 413, and
 * the connection closes after the answer. The rest of the body is read and dropped (never kept in
 * memory): a body that streams past the limit is answered only once the client has sent it all, since
 * closing while the client still sends resets the connection and loses the 413 (the client's next
 * write meets a closed socket). A declared length over the limit is answered at once, as the client
 * may wait for that answer before sending. A client that keeps sending is cut after 10 s.
 */
function readBody(req: IncomingMessage, res: ServerResponse, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const refuse = () => reject(new HttpError(413, `Request body too large: the limit is ${limit} bytes.`));
    const tooLarge = (whenSent: boolean) => {
      res.shouldKeepAlive = false;
      req.removeAllListeners('data');
      req.removeAllListeners('end');
      if (whenSent) req.once('end', refuse);
      req.resume();
      setTimeout(() => {
        refuse();
        req.destroy();
      }, DISCARD_MS).unref();
      if (!whenSent) refuse();
    };
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) return tooLarge(false);
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) tooLarge(true);
      else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

/** Until the application is ready: a coded 503 that clients (the explorer included) retry. */
function sendStarting(res: ServerResponse): void {
  sendJson(
    res,
    503,
    httpErrorBody(
      'The server is starting (loading the graph); try again in a few seconds.',
      'SERVICE_UNAVAILABLE',
    ),
    { 'retry-after': '2' },
  );
}

export { httpErrorBody };

export function createRequestListener(
  apollo: ApolloServer<GraphContext>,
  makeContext: (requestId: string, authorization?: string, idempotencyKey?: string) => GraphContext,
  opts: HttpOptions,
) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const requestId = (req.headers['x-request-id'] as string | undefined) ?? randomUUID();
    res.setHeader('x-request-id', requestId);
    try {
      if (url.pathname === '/healthz') return sendJson(res, 200, { ok: true });
      if (url.pathname === '/readyz') {
        const why = opts.readiness.started() ? await opts.readiness.database() : 'starting';
        return sendJson(res, why ? 503 : 200, why ? { ready: false, reason: why } : { ready: true });
      }
      const api = url.pathname === '/graphql' || url.pathname.startsWith('/export');
      if (api && !opts.readiness.started()) return sendStarting(res);
      if (url.pathname !== '/graphql') {
        if (opts.staticRoutes && (await opts.staticRoutes(req, res))) return;
        return sendJson(res, 404, httpErrorBody(`No route for ${url.pathname}`, 'NOT_FOUND'));
      }
      const headers = new HeaderMap();
      for (const [k, v] of Object.entries(req.headers)) {
        if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
      }
      if (isHashOnlyGet(req.method, url.search)) headers.set(PREFLIGHT_HEADER, 'true');
      let body: unknown = undefined;
      if (req.method === 'POST') {
        const raw = await readBody(req, res, opts.maxBodyBytes);
        const type = headers.get('content-type') ?? '';
        if (type.includes('json')) {
          try {
            body = raw === '' ? undefined : JSON.parse(raw);
          } catch (e) {
            throw new HttpError(400, `Request body is not valid JSON: ${(e as Error).message}`);
          }
        } else body = raw;
      }
      const response = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
        context: async () =>
          makeContext(requestId, headers.get('authorization'), headers.get('idempotency-key')),
      });
      for (const [k, v] of response.headers) res.setHeader(k, v);
      res.statusCode = response.status ?? 200;
      if (response.body.kind === 'complete') {
        res.end(response.body.string);
      } else {
        for await (const chunk of response.body.asyncIterator) res.write(chunk);
        res.end();
      }
    } catch (e) {
      if (e instanceof HttpError) {
        if (!res.headersSent) sendJson(res, e.status, httpErrorBody(e.message, 'BAD_REQUEST'));
        return;
      }
      if (!res.headersSent)
        sendJson(res, 500, httpErrorBody('Internal server error', 'INTERNAL_SERVER_ERROR'));
      else res.end();
    }
  };
}

export function createHttpServer(listener: ReturnType<typeof createRequestListener>): http.Server {
  return http.createServer((req, res) => void listener(req, res));
}
