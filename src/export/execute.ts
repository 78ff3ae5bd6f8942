/**
 * Runs an export plan through the one Apollo Server (executeOperation: same schema, resolvers,
 * limits, auth plugin and error masking as /graphql; no Cypher here) and serialises its subgraph.
 * Used by the local server's /export routes and by `npm run export`.
 */
import type { ApolloServer } from '@apollo/server';
import { getOperationAST, parse, type GraphQLFormattedError } from 'graphql';
import type { GraphContext } from '../graphql/context.js';
import { FORMATS, exportFileName } from './formats.js';
import type { ExportPlan } from './params.js';
import { collectSubgraph, type ExportSubgraph } from './subgraph.js';

export type ExportResult =
  | {
      ok: true;
      body: string;
      mediaType: string;
      fileName: string;
      subgraph: ExportSubgraph;
    }
  | { ok: false; errors: readonly GraphQLFormattedError[] };

/** Exports are reads: a mutation (or subscription) sent to an export is refused before it runs. */
function nonQueryOperation(plan: ExportPlan): string | null {
  try {
    const op = getOperationAST(parse(plan.query), plan.operationName);
    return op && op.operation !== 'query' ? op.operation : null;
  } catch {
    return null; // a syntax error: Apollo reports it with its usual code
  }
}

export async function runExport(
  apollo: ApolloServer<GraphContext>,
  contextValue: GraphContext,
  plan: ExportPlan,
): Promise<ExportResult> {
  const forbidden = nonQueryOperation(plan);
  if (forbidden) {
    return {
      ok: false,
      errors: [
        {
          message: `Invalid parameter "query": exports run queries only, not a ${forbidden}`,
          extensions: { code: 'BAD_USER_INPUT', field: 'query' },
        },
      ],
    };
  }
  const res = await apollo.executeOperation(
    { query: plan.query, variables: plan.variables, operationName: plan.operationName },
    { contextValue },
  );
  if (res.body.kind !== 'single') {
    return { ok: false, errors: [{ message: 'Incremental delivery is not supported by exports' }] };
  }
  const { data, errors } = res.body.singleResult;
  // No partial exports: a file that silently lacks what failed would mislead.
  if (errors?.length || !data) return { ok: false, errors: errors ?? [{ message: 'No data' }] };
  const subgraph = collectSubgraph(data);
  const meta = {
    kind: plan.kind,
    variables: plan.variables,
    ...(plan.kind === 'query' ? { query: plan.query } : {}),
  };
  const spec = FORMATS[plan.format];
  return {
    ok: true,
    body: spec.serialize(subgraph, meta),
    mediaType: spec.mediaType,
    fileName: exportFileName(plan.stem, plan.format),
    subgraph,
  };
}

/** HTTP status for a failed export, from the first error's code. */
export function statusOfErrors(errors: readonly GraphQLFormattedError[]): number {
  const code = errors[0]?.extensions?.code;
  switch (code) {
    case 'BAD_USER_INPUT':
    case 'GRAPHQL_PARSE_FAILED':
    case 'GRAPHQL_VALIDATION_FAILED':
    case 'BAD_REQUEST':
    case 'OPERATION_RESOLUTION_FAILURE':
    case 'PERSISTED_QUERY_NOT_SUPPORTED':
    case 'PERSISTED_QUERY_NOT_FOUND':
      return 400;
    case 'UNAUTHENTICATED':
      return 401;
    case 'FORBIDDEN':
      return 403;
    case 'NOT_FOUND':
      return 404;
    case 'SERVICE_UNAVAILABLE':
      return 503;
    case 'TIMEOUT':
      return 504;
    default:
      return 500;
  }
}
