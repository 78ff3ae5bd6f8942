/**
 * Local HTTP adapter: node:http in front of the shared Apollo Server. Mirrors what API Gateway does
 * for the Lambda handler (body size limit, JSON parsing with a clear 400) and serves static pages.
 */
import { randomUUID } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { GraphContext } from '../graphql/context.js';
import { httpErrorBody } from '../http-shared.js';

export interface HttpOptions {
  maxBodyBytes: number;
  /** Extra routes (the explorer's static files); return true when handled. */
  staticRoutes?: (req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) {
      reject(new HttpError(413, `Request body too large: the limit is ${limit} bytes.`));
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        reject(new HttpError(413, `Request body too large: the limit is ${limit} bytes.`));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

export { httpErrorBody };

export function createRequestListener(
  apollo: ApolloServer<GraphContext>,
  makeContext: (requestId: string, authorization?: string) => GraphContext,
  opts: HttpOptions,
) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const requestId = (req.headers['x-request-id'] as string | undefined) ?? randomUUID();
    res.setHeader('x-request-id', requestId);
    try {
      if (url.pathname !== '/graphql') {
        if (url.pathname === '/healthz') return sendJson(res, 200, { ok: true });
        if (opts.staticRoutes && (await opts.staticRoutes(req, res))) return;
        return sendJson(res, 404, httpErrorBody(`No route for ${url.pathname}`, 'NOT_FOUND'));
      }
      const headers = new HeaderMap();
      for (const [k, v] of Object.entries(req.headers)) {
        if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
      }
      let body: unknown = undefined;
      if (req.method === 'POST') {
        const raw = await readBody(req, opts.maxBodyBytes);
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
        context: async () => makeContext(requestId, headers.get('authorization')),
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
