/**
 * Export buttons for what is on screen: the same serialisers as the API route and the CLI
 * (src/export/), run in the page on the data already drawn, so the file is exactly the view and the
 * export also works from a static deployment. "Reproduce" shows the equivalent route and command.
 */
import { EXPORT_FORMATS, FORMATS, exportFileName, type ExportFormat } from '../../src/export/formats.js';
import { collectSubgraph } from '../../src/export/subgraph.js';
import { append, clear, h } from './dom.js';

export interface ExportSource {
  /** The GraphQL `data` the view was drawn from. */
  data: unknown;
  /** File name stem, and what the JSON export records as its query. */
  stem: string;
  meta: Record<string, unknown>;
  /** Equivalent `GET /export/…` URL and `npm run export -- …` arguments, when there is one. */
  route?: string;
  cli?: string;
}

function download(text: string, fileName: string, mediaType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mediaType }));
  const a = h('a', { href: url, download: fileName, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function exportFile(source: ExportSource, format: ExportFormat): { fileName: string; text: string } {
  const spec = FORMATS[format];
  const text = spec.serialize(collectSubgraph(source.data), source.meta);
  return { fileName: exportFileName(source.stem, format), text };
}

export function exportMenu(getSource: () => ExportSource | null): HTMLElement {
  const buttons = EXPORT_FORMATS.map((format) =>
    h(
      'button',
      {
        type: 'button',
        class: 'button small',
        'data-export': format,
        onclick: () => {
          const source = getSource();
          if (!source) return;
          const { fileName, text } = exportFile(source, format);
          download(text, fileName, FORMATS[format].mediaType);
        },
      },
      FORMATS[format].title,
    ),
  );
  const reproduce = h('details', { class: 'reproduce' }, h('summary', {}, 'Reproduce'));
  reproduce.addEventListener('toggle', () => {
    const s = getSource();
    clear(reproduce);
    append(reproduce, [
      h('summary', {}, 'Reproduce'),
      s?.route ? h('p', {}, 'HTTP: ', h('code', {}, `GET ${s.route}`)) : null,
      s?.cli ? h('p', {}, 'CLI: ', h('code', {}, `npm run export -- ${s.cli}`)) : null,
      !s?.route && !s?.cli ? h('p', {}, 'The JSON export records the query and its variables.') : null,
    ]);
  });
  return h('div', { class: 'export-menu' }, h('span', { class: 'muted' }, 'Export'), ...buttons, reproduce);
}
