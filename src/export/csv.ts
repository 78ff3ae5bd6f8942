/**
 * CSV (RFC 4180: comma, CRLF, double quotes doubled) with Gephi's spreadsheet-import column names:
 * `Id`/`Label` for nodes, `Source`/`Target`/`Type` (Directed)/`Id`/`Label`/`Weight` for edges. The
 * relation type is therefore in a `relation` column. A UTF-8 byte-order mark lets Excel read accents.
 */
import { RELATION_PROPERTY_NAMES } from '../data/model.js';
import { exportColumn, type ExportSubgraph } from './subgraph.js';

/** Every relation property in the model's order; the figure under Gephi's name for edge weights. */
const PROPERTY_COLUMNS = RELATION_PROPERTY_NAMES.map(exportColumn);
const header = (c: (typeof PROPERTY_COLUMNS)[number]) => (c === 'weight' ? 'Weight' : c);

type Cell = string | number | null;

/**
 * Spreadsheets run cells starting with = + - @ (or tab/CR) as formulas; excerpts are third-party
 * text, so such cells get a leading apostrophe (the OWASP "CSV injection" advice). Numbers are left
 * alone.
 */
function cell(v: Cell): string {
  if (v === null) return '';
  if (typeof v === 'number') return String(v);
  const s = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function table(header: string[], rows: Cell[][]): string {
  return '\uFEFF' + [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

export function toCsvNodes(g: ExportSubgraph): string {
  return table(
    ['Id', 'Label', 'kind', 'name'],
    g.nodes.map((n) => [n.id, n.name, n.kind, n.name]),
  );
}

export function toCsvEdges(g: ExportSubgraph): string {
  return table(
    [
      'Source',
      'Target',
      'Type',
      'Id',
      'Label',
      'relation',
      ...PROPERTY_COLUMNS.map(header),
      'article',
      'articleTitle',
      'excerpt',
    ],
    g.edges.map((e) => [
      e.source,
      e.target,
      'Directed',
      e.id,
      e.label,
      e.type,
      ...PROPERTY_COLUMNS.map((c) => e[c]),
      e.article,
      e.articleTitle,
      e.excerpt,
    ]),
  );
}
