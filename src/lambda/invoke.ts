/**
 * Direct-invoke Lambda handler for other services (no API Gateway in between):
 *
 *   event  { query: string, variables?: object, operationName?: string, extensions?: object }
 *   result { data?, errors?, extensions? } — the GraphQL result, as JSON
 *
 * It never throws: an invalid event or an unexpected failure comes back as a result with a coded error
 * (BAD_USER_INPUT naming the field, or INTERNAL_SERVER_ERROR), so callers handle one shape. Config,
 * driver and the Apollo server are created once per container, like the HTTP handler's.
 */
import { randomUUID } from 'node:crypto';
import type { Context } from 'aws-lambda';
import type { GraphQLFormattedError } from 'graphql';
import { z } from 'zod';
import { createContext } from '../graphql/context.js';
import { ErrorCode } from '../graphql/errors.js';
import { createApolloServer } from '../graphql/server.js';
import type { WarmUpReport } from '../graphql/warm-up.js';
import { getRuntime, lambdaDeadline, warmUpAtInit } from './runtime.js';

export interface InvokeResult {
  data?: Record<string, unknown> | null;
  errors?: readonly GraphQLFormattedError[];
  extensions?: Record<string, unknown>;
}

const jsonObject = z.record(z.string(), z.unknown());

export const InvokeEventSchema = z.strictObject({
  query: z.string().trim().min(1),
  variables: jsonObject.nullish(),
  operationName: z.string().nullish(),
  extensions: jsonObject.nullish(),
});
export type InvokeEvent = z.infer<typeof InvokeEventSchema>;

const EXPECTED: Record<string, string> = {
  query: 'a non-empty string holding the GraphQL document',
  variables: 'an object mapping variable names to values',
  operationName: 'a string',
  extensions: 'an object',
};

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}

/** One BAD_USER_INPUT error per problem, each naming the field. Pure. */
export function invalidEventErrors(
  event: unknown,
  issues: readonly z.core.$ZodIssue[],
): GraphQLFormattedError[] {
  return issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return {
        message:
          `Invalid invoke event: unknown field${issue.keys.length > 1 ? 's' : ''} ` +
          `${issue.keys.map((k) => `"${k}"`).join(', ')}; expected { query, variables?, operationName? }.`,
        extensions: { code: ErrorCode.BAD_USER_INPUT, field: issue.keys[0] },
      };
    }
    const field = issue.path[0];
    if (typeof field !== 'string') {
      return {
        message: `Invalid invoke event: expected an object { query, variables?, operationName? }, got ${describe(event)}.`,
        extensions: { code: ErrorCode.BAD_USER_INPUT },
      };
    }
    const value = (event as Record<string, unknown>)[field];
    const got = value === undefined ? 'it is missing' : `got ${describe(value)}`;
    const detail = issue.code === 'too_small' ? 'it is empty' : got;
    return {
      message: `Invalid invoke event: "${field}" must be ${EXPECTED[field] ?? 'valid'} (${detail}).`,
      extensions: { code: ErrorCode.BAD_USER_INPUT, field },
    };
  });
}

const runtime = getRuntime();
const apollo = createApolloServer(runtime.config, runtime.logger);
// Start during init, like the HTTP handler; executeOperation waits for it. A startup failure is logged
// and then reported by every operation (as an internal error) rather than crashing the container.
apollo.startInBackgroundHandlingStartupErrorsByLoggingAndFailingAllRequests();
// During init: each known journalist query in the shapes real calls take (../graphql/warm-up.ts).
export const warmedUp: Promise<WarmUpReport | null> = warmUpAtInit(runtime, apollo);

export async function handler(event: unknown, context?: Context): Promise<InvokeResult> {
  const parsed = InvokeEventSchema.safeParse(event);
  if (!parsed.success) return { errors: invalidEventErrors(event, parsed.error.issues) };
  const { query, variables, operationName, extensions } = parsed.data;
  const requestId = context?.awsRequestId ?? randomUUID();
  try {
    const response = await apollo.executeOperation(
      {
        query,
        variables: variables ?? undefined,
        operationName: operationName ?? undefined,
        extensions: extensions ?? undefined,
      },
      { contextValue: createContext(runtime.deps, requestId, undefined, lambdaDeadline(context)) },
    );
    if (response.body.kind !== 'single') {
      // Incremental delivery (@defer/@stream) is not enabled; a direct invoke returns one result.
      throw new Error(`unexpected ${response.body.kind} response`);
    }
    const { data, errors, extensions: ext } = response.body.singleResult;
    return {
      ...(data !== undefined ? { data } : {}),
      ...(errors ? { errors } : {}),
      ...(ext ? { extensions: ext } : {}),
    };
  } catch (e) {
    runtime.logger.error('invoke failed', {
      requestId,
      error: e instanceof Error ? { message: e.message, stack: e.stack } : String(e),
    });
    return {
      errors: [{ message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } }],
    };
  }
}
