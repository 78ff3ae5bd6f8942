/**
 * The `Cache-Control` header: the policy the schema's hints give the operation's fields
 * (schema/cache.graphql, read from the operation: ./cache-hints.ts), restricted further here. Some
 * answers depend on who asks or change the graph, whatever fields they read: those are `no-store`.
 */
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { Kind, visit, type ArgumentNode, type DocumentNode, type ObjectFieldNode } from 'graphql';
import { cacheHintOf } from './cache-hints.js';

/** Arguments (or input fields) that show what only editors see: retracted relations. */
const EDITOR_VISIBLE_INPUTS = new Set(['includeRetracted']);

/** Where a document sets editor-visible inputs: to a literal that is not `false`, or to these variables. */
interface EditorInputs {
  literal: boolean;
  variables: readonly string[];
}

/** Per parsed document, which Apollo keeps and reuses for every request sending the same text. */
const editorInputsOf = new WeakMap<DocumentNode, EditorInputs>();

function editorInputs(document: DocumentNode): EditorInputs {
  const known = editorInputsOf.get(document);
  if (known) return known;
  let literal = false;
  const variables: string[] = [];
  const check = (node: ArgumentNode | ObjectFieldNode) => {
    if (!EDITOR_VISIBLE_INPUTS.has(node.name.value)) return;
    const v = node.value;
    if (v.kind === Kind.VARIABLE) variables.push(v.name.value);
    else if (v.kind !== Kind.NULL && !(v.kind === Kind.BOOLEAN && !v.value)) literal = true;
  };
  visit(document, { Argument: check, ObjectField: check });
  const found = { literal, variables };
  editorInputsOf.set(document, found);
  return found;
}

/** Whether the operation asks for editor-visible data: such an input set to anything but `false`. */
export function asksEditorView(document: DocumentNode, variables: Record<string, unknown> = {}): boolean {
  const inputs = editorInputs(document);
  return (
    inputs.literal ||
    inputs.variables.some((name) => truthy(variables[name])) ||
    containsEditorInput(variables)
  );
}

const truthy = (v: unknown) => v !== undefined && v !== null && v !== false;

/** An editor-visible input passed inside a variable's value (e.g. `when: $window`). */
function containsEditorInput(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(containsEditorInput);
  if (value === null || typeof value !== 'object') return false;
  return Object.entries(value).some(
    ([k, v]) => (EDITOR_VISIBLE_INPUTS.has(k) && truthy(v)) || containsEditorInput(v),
  );
}

/**
 * The schema's hints for the operation; mutations, requests with credentials and editor-visible
 * reads never cached (maxAge 0 → no-store), nor answers with errors. Replaces Apollo's cache-control
 * plugin (disabled in ./server.ts), with the same header.
 */
export function cachePolicy<T extends BaseContext>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, operation, document, request, overallCachePolicy }) {
          const uncacheable =
            !operation ||
            operation.operation !== 'query' ||
            Boolean(request.http?.headers.get('authorization')) ||
            asksEditorView(document, request.variables);
          if (uncacheable) overallCachePolicy.restrict({ maxAge: 0 });
          else overallCachePolicy.restrict(cacheHintOf(schema, document, operation));
        },
        async willSendResponse({ response, overallCachePolicy }) {
          const policy = overallCachePolicy.policyIfCacheable();
          const cacheable = policy && response.body.kind === 'single' && !response.body.singleResult.errors;
          response.http.headers.set(
            'cache-control',
            cacheable ? `max-age=${policy.maxAge}, ${policy.scope.toLowerCase()}` : 'no-store',
          );
        },
      };
    },
  };
}
