/**
 * Apollo's own conformance suite (@apollo/server-integration-testsuite) against the project's Lambda
 * adapter (src/lambda/http-handler.ts): every server the suite builds is wrapped by the adapter the
 * production handler uses, and reached over real HTTP through a tiny API Gateway stand-in that turns
 * each request into a payload-2.0 event, as API Gateway's HTTP API does. Runs under Jest (the suite
 * is written for it): `npm run test:apollo-suite`, see jest.apollo-suite.config.cjs.
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type BaseContext } from '@apollo/server';
import {
  defineIntegrationTestSuite,
  type CreateServerForIntegrationTestsOptions,
} from '@apollo/server-integration-testsuite';
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { createHttpApiHandler, type HttpApiHandler } from '../../src/lambda/http-handler.js';

/** A Lambda context as the Node.js runtime passes it (the suite's requests are short). */
function lambdaContext(): Context {
  const deadline = Date.now() + 30_000;
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName: 'apollo-suite',
    functionVersion: '$LATEST',
    invokedFunctionArn: 'arn:aws:lambda:eu-west-3:000000000000:function:apollo-suite',
    memoryLimitInMB: '1024',
    awsRequestId: randomUUID(),
    logGroupName: '/aws/lambda/apollo-suite',
    logStreamName: 'suite',
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}

/** The HTTP API's event for one request (payload format 2.0: lower-case headers, joined values). */
function eventFrom(req: http.IncomingMessage, body: string): APIGatewayProxyEventV2 {
  // Split by hand: the suite also sends request targets that WHATWG URL parsing refuses.
  const target = req.url ?? '/';
  const q = target.indexOf('?');
  const url =
    q < 0 ? { pathname: target, search: '' } : { pathname: target.slice(0, q), search: target.slice(q) };
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) {
    if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(',') : v;
  }
  const method = req.method ?? 'GET';
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: url.pathname,
    rawQueryString: url.search.slice(1),
    headers,
    requestContext: {
      accountId: '000000000000',
      apiId: 'suite',
      domainName: 'localhost',
      domainPrefix: 'localhost',
      http: {
        method,
        path: url.pathname,
        protocol: 'HTTP/1.1',
        sourceIp: req.socket.remoteAddress ?? '127.0.0.1',
        userAgent: headers['user-agent'] ?? '',
      },
      requestId: randomUUID(),
      routeKey: '$default',
      stage: '$default',
      time: new Date().toUTCString(),
      timeEpoch: Date.now(),
    },
    body: body === '' ? undefined : body,
    isBase64Encoded: false,
  };
}

/** API Gateway in front of the handler: HTTP in, event to the handler, its result back as HTTP. */
function apiGateway(handler: HttpApiHandler): http.Server {
  return http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      handler(eventFrom(req, Buffer.concat(chunks).toString('utf8')), lambdaContext()).then(
        (result) => {
          res.statusCode = result.statusCode ?? 200;
          for (const [k, v] of Object.entries(result.headers ?? {})) res.setHeader(k, String(v));
          if (result.cookies?.length) res.setHeader('set-cookie', result.cookies);
          res.end(result.isBase64Encoded ? Buffer.from(result.body ?? '', 'base64') : (result.body ?? ''));
        },
        // A handler that throws is a Lambda invocation error: API Gateway answers 502.
        () => {
          res.statusCode = 502;
          res.end();
        },
      );
    });
  });
}

defineIntegrationTestSuite(
  async (config, options?: CreateServerForIntegrationTestsOptions) => {
    const server = new ApolloServer<BaseContext>(config);
    const handler = createHttpApiHandler(server, {
      logger: { error: () => undefined },
      // The suite's own context function, when it gives one (it reads no request facts).
      context: async () => ((await options?.context?.()) ?? {}) as BaseContext,
    });
    const gateway = apiGateway(handler);
    await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
    const { port } = gateway.address() as AddressInfo;
    return {
      server,
      url: `http://127.0.0.1:${port}/`,
      async extraCleanup() {
        gateway.closeAllConnections();
        await new Promise<void>((resolve) => gateway.close(() => resolve()));
      },
    };
  },
  // The integration starts the server in the background; Lambda answers are never streamed.
  { serverIsStartedInBackground: true, noIncrementalDelivery: true },
);
