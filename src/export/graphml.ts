/**
 * GraphML (http://graphml.graphdrawing.org/) for Gephi, yEd, Cytoscape desktop, networkx, igraph.
 * Gephi maps the node attribute `label` to node labels and the edge attributes `label` and `weight`
 * to edge labels and weights; everything else becomes a column of its data laboratory.
 */
import { RELATION_PROPERTIES, RELATION_PROPERTY_NAMES } from '../data/model.js';
import { exportColumn, type ExportEdge, type ExportNode, type ExportSubgraph } from './subgraph.js';

interface Key<T> {
  id: string;
  name: string;
  type: 'string' | 'double';
  value: (x: T) => string | number | null;
}

const NODE_KEYS: Key<ExportNode>[] = [
  { id: 'label', name: 'label', type: 'string', value: (n) => n.name },
  { id: 'kind', name: 'kind', type: 'string', value: (n) => n.kind },
  { id: 'name', name: 'name', type: 'string', value: (n) => n.name },
];

const EDGE_KEYS: Key<ExportEdge>[] = [
  { id: 'e_type', name: 'type', type: 'string', value: (e) => e.type },
  { id: 'e_label', name: 'label', type: 'string', value: (e) => e.label },
  { id: 'e_article', name: 'article', type: 'string', value: (e) => e.article },
  { id: 'e_articleTitle', name: 'articleTitle', type: 'string', value: (e) => e.articleTitle },
  { id: 'e_excerpt', name: 'excerpt', type: 'string', value: (e) => e.excerpt },
  // Every relation property of the model; numbers as doubles (Gephi's edge weight among them).
  ...RELATION_PROPERTY_NAMES.map((p): Key<ExportEdge> => {
    const column = exportColumn(p);
    const type = RELATION_PROPERTIES[p].type.kind === 'number' ? 'double' : 'string';
    return { id: `e_${column}`, name: column, type, value: (e) => e[column] };
  }),
];

/** Characters XML 1.0 forbids outright (C0 controls but tab/newline/CR, lone surrogates, U+FFFE/F). */
const INVALID_XML =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes text for element content and double-quoted attributes alike. */
export function xmlEscape(s: string): string {
  return s
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;');
}

function dataLines<T>(keys: Key<T>[], item: T): string[] {
  const lines: string[] = [];
  for (const k of keys) {
    const v = k.value(item);
    if (v === null || v === '') continue;
    const text = typeof v === 'number' ? String(v) : xmlEscape(v);
    lines.push(`      <data key="${k.id}">${text}</data>`);
  }
  return lines;
}

const keyLine = (target: 'node' | 'edge', k: Key<never>) =>
  `  <key id="${k.id}" for="${target}" attr.name="${k.name}" attr.type="${k.type}"/>`;

export function toGraphml(g: ExportSubgraph): string {
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"' +
      ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns' +
      ' http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...NODE_KEYS.map((k) => keyLine('node', k as Key<never>)),
    ...EDGE_KEYS.map((k) => keyLine('edge', k as Key<never>)),
    '  <graph id="G" edgedefault="directed">',
  ];
  for (const n of g.nodes) {
    out.push(`    <node id="${xmlEscape(n.id)}">`, ...dataLines(NODE_KEYS, n), '    </node>');
  }
  for (const e of g.edges) {
    out.push(
      `    <edge id="${xmlEscape(e.id)}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}">`,
      ...dataLines(EDGE_KEYS, e),
      '    </edge>',
    );
  }
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}
