/**
 * What may be cached beyond the schema's hints (schema/cache.graphql, applied by Apollo's
 * cache-control plugin, which writes the `Cache-Control` header). Some answers depend on who asks or
 * change the graph, whatever fields they read: those are `no-store`.
 */
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { Kind, visit, type ArgumentNode, type DocumentNode, type ObjectFieldNode } from 'graphql';

/** Arguments (or input fields) that show what only editors see: retracted relations. */
const EDITOR_VISIBLE_INPUTS = new Set(['includeRetracted']);

/** Whether the operation asks for editor-visible data: such an input set to anything but `false`. */
export function asksEditorView(document: DocumentNode, variables: Record<string, unknown> = {}): boolean {
  let editorView = false;
  const check = (node: ArgumentNode | ObjectFieldNode) => {
    if (!EDITOR_VISIBLE_INPUTS.has(node.name.value)) return;
    const v = node.value;
    if (v.kind === Kind.BOOLEAN && !v.value) return;
    if (v.kind === Kind.NULL) return;
    if (v.kind === Kind.VARIABLE && !truthy(variables[v.name.value])) return;
    editorView = true;
  };
  visit(document, { Argument: check, ObjectField: check });
  return editorView || containsEditorInput(variables);
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

/** Mutations, requests with credentials and editor-visible reads: never cached (maxAge 0 → no-store). */
export function cachePolicy<T extends BaseContext>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request, overallCachePolicy }) {
          const uncacheable =
            operation?.operation !== 'query' ||
            Boolean(request.http?.headers.get('authorization')) ||
            asksEditorView(document, request.variables);
          if (uncacheable) overallCachePolicy.restrict({ maxAge: 0 });
        },
      };
    },
  };
}
