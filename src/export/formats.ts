/** The export formats, one registry for the HTTP route, the CLI and the explorer's buttons. */
import { toCsvEdges, toCsvNodes } from './csv.js';
import { toGraphml } from './graphml.js';
import type { ExportSubgraph } from './subgraph.js';

export const EXPORT_FORMATS = ['graphml', 'csv-nodes', 'csv-edges', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface FormatSpec {
  /** What the explorer's button says. */
  title: string;
  mediaType: string;
  extension: string;
  serialize(g: ExportSubgraph, meta: Record<string, unknown>): string;
}

export const FORMATS: Record<ExportFormat, FormatSpec> = {
  graphml: {
    title: 'GraphML (Gephi)',
    mediaType: 'application/graphml+xml; charset=utf-8',
    extension: 'graphml',
    serialize: (g) => toGraphml(g),
  },
  'csv-nodes': {
    title: 'CSV nodes',
    mediaType: 'text/csv; charset=utf-8',
    extension: 'nodes.csv',
    serialize: (g) => toCsvNodes(g),
  },
  'csv-edges': {
    title: 'CSV edges',
    mediaType: 'text/csv; charset=utf-8',
    extension: 'edges.csv',
    serialize: (g) => toCsvEdges(g),
  },
  json: {
    title: 'JSON',
    mediaType: 'application/json; charset=utf-8',
    extension: 'json',
    // `query` says what the subgraph is (operation and arguments), so a file explains itself.
    serialize: (g, meta) =>
      JSON.stringify(
        {
          query: meta,
          truncated: g.truncated,
          nodeCount: g.nodes.length,
          edgeCount: g.edges.length,
          nodes: g.nodes,
          edges: g.edges,
        },
        null,
        2,
      ) + '\n',
  },
};

/** A file name that says what was exported: `neighbourhood-org-pjd-depth2.graphml`. */
export function exportFileName(stem: string, format: ExportFormat): string {
  const safe = stem
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100);
  return `${safe || 'subgraph'}.${FORMATS[format].extension}`;
}
