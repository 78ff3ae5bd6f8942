// Local codegen plugin: the trusted-documents manifest (hash → document) of every operation the
// SDK, the explorer and the exports send. Each operation is printed with the fragments it uses, in
// the normalised form of @graphql-tools/documents, and keyed by the SHA-256 of that text — the same
// computation the SDK makes at run time (src/sdk/document-hash.ts), so a client can send the hash alone.
const { createHash } = require('node:crypto');
const { Kind, visit } = require('graphql');
const { printExecutableGraphQLDocument } = require('@graphql-tools/documents');

/** Names of the fragments a definition spreads, directly. */
function spreads(definition) {
  const names = new Set();
  visit(definition, { FragmentSpread: (node) => void names.add(node.name.value) });
  return names;
}

module.exports = {
  plugin(_schema, documents) {
    const definitions = documents.flatMap((file) => (file.document ? file.document.definitions : []));
    const fragments = new Map(
      definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
    );
    const manifest = {};
    for (const operation of definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION)) {
      const used = new Map();
      const pending = [...spreads(operation)];
      while (pending.length > 0) {
        const name = pending.pop();
        if (used.has(name)) continue;
        const fragment = fragments.get(name);
        if (!fragment)
          throw new Error(
            `operation ${operation.name?.value ?? '(anonymous)'} uses unknown fragment ${name}`,
          );
        used.set(name, fragment);
        pending.push(...spreads(fragment));
      }
      const text = printExecutableGraphQLDocument({
        kind: Kind.DOCUMENT,
        definitions: [operation, ...used.values()],
      });
      manifest[`sha256:${createHash('sha256').update(text).digest('hex')}`] = text;
    }
    const sorted = Object.fromEntries(Object.entries(manifest).sort(([a], [b]) => a.localeCompare(b)));
    return `${JSON.stringify(sorted, null, 2)}\n`;
  },
};
