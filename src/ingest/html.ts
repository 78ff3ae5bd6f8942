/**
 * HTML → readable text plus the page's own metadata (title, site, author, date, language, canonical
 * URL). A small tag scanner, not a DOM: it only needs to drop markup, scripts and page chrome and keep
 * paragraph breaks, and it must never throw on broken HTML. Entities are decoded by `entities`.
 */
import { decodeHTML, decodeHTMLAttribute } from 'entities';

export interface HtmlMetadata {
  title?: string;
  outlet?: string;
  authorName?: string;
  /** As written by the page (ISO datetime or date); normalised by the caller. */
  date?: string;
  language?: string;
  url?: string;
}

export interface HtmlExtraction {
  text: string;
  meta: HtmlMetadata;
}

/** True when the content is an HTML document or fragment rather than plain text. */
export function looksLikeHtml(content: string, fileName?: string): boolean {
  if (fileName && /\.x?html?$/i.test(fileName)) return true;
  const head = content.trimStart().slice(0, 500).toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || head.startsWith('<?xml')) return true;
  const tags = content.match(
    /<\/?(?:p|div|br|span|a|h[1-6]|body|head|article|section|li|ul|em|strong)\b[^>]*>/gi,
  );
  return (tags?.length ?? 0) >= 3;
}

/** Elements whose content is never text of the article. */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'canvas',
  'head',
  'nav',
  'aside',
  'footer',
  'form',
  'button',
  'select',
  'textarea',
]);
/** Elements whose content is raw text up to their closing tag (no tags inside). */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
/** Elements that start a new paragraph (blank line) or a new line. */
const PARAGRAPH = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'ul',
  'ol',
  'table',
  'figure',
  'section',
  'article',
  'main',
  'header',
  'address',
  'dl',
  'hr',
]);
const LINE = new Set(['br', 'div', 'li', 'tr', 'dt', 'dd', 'figcaption', 'caption', 'option']);

const TOKEN =
  /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<![^>]*>?|<\?[\s\S]*?(?:\?>|$)|<(\/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

function attributes(raw: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of raw.matchAll(ATTRIBUTE)) {
    const name = m[1]?.toLowerCase();
    if (name && !(name in out)) out[name] = decodeHTMLAttribute(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return out;
}

const squash = (s: string) => s.replace(/[\s\u00a0]+/g, ' ').trim();

/** Metadata from one JSON-LD block (schema.org NewsArticle and friends), when it parses. */
function jsonLd(raw: string, meta: HtmlMetadata): void {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return;
  }
  const items: unknown[] = Array.isArray(data) ? data : [data];
  for (const item of items.flatMap((x) => {
    const graph = (x as { '@graph'?: unknown })?.['@graph'];
    return Array.isArray(graph) ? graph : [x];
  })) {
    if (!item || typeof item !== 'object') continue;
    const o = item as Record<string, unknown>;
    const type = String(o['@type'] ?? '');
    if (!/Article|Posting|Report/i.test(type)) continue;
    const nameOf = (v: unknown): string | undefined => {
      const first = Array.isArray(v) ? v[0] : v;
      if (typeof first === 'string') return first;
      const n = (first as { name?: unknown } | undefined)?.name;
      return typeof n === 'string' ? n : undefined;
    };
    if (typeof o.headline === 'string') meta.title ??= squash(o.headline);
    if (typeof o.datePublished === 'string') meta.date ??= o.datePublished;
    meta.authorName ??= nameOf(o.author);
    meta.outlet ??= nameOf(o.publisher);
  }
}

export function htmlToText(html: string): HtmlExtraction {
  const out: string[] = [];
  const meta: HtmlMetadata = {};
  const found: { ogTitle?: string; title?: string; h1?: string; siteName?: string } = {};
  /** Open skipped elements (innermost last); text is kept only when none is open. */
  const skipping: string[] = [];
  let h1: string[] | null = null;
  let pre = 0;
  let last = 0;
  const emitText = (raw: string) => {
    if (!raw) return;
    const decoded = decodeHTML(raw);
    if (h1) h1.push(decoded);
    if (skipping.length) return;
    out.push(pre > 0 ? decoded : decoded.replace(/[\s]+/g, ' '));
  };
  const breakLine = (blank: boolean) => {
    if (!skipping.length) out.push(blank ? '\n\n' : '\n');
  };

  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(html); m; m = TOKEN.exec(html)) {
    emitText(html.slice(last, m.index));
    last = TOKEN.lastIndex;
    const name = m[2]?.toLowerCase();
    if (!name) continue; // comment, doctype, CDATA, processing instruction
    const closing = m[1] === '/';
    const attrs = closing ? {} : attributes(m[3] ?? '');
    if (!closing && name === 'html' && attrs.lang) meta.language = attrs.lang;
    if (!closing && name === 'meta') {
      const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? '').toLowerCase();
      const content = squash(attrs.content ?? '');
      if (content) {
        if (key === 'og:title' || key === 'twitter:title') found.ogTitle ??= content;
        else if (key === 'og:site_name' || key === 'application-name') found.siteName ??= content;
        else if (key === 'author' || key === 'article:author' || key === 'byl' || key === 'dc.creator')
          meta.authorName ??= content.replace(/^by\s+/i, '');
        else if (
          key === 'article:published_time' ||
          key === 'datepublished' ||
          key === 'date' ||
          key === 'dc.date' ||
          key === 'pubdate'
        )
          meta.date ??= content;
        else if (key === 'og:url') meta.url ??= content;
        else if (key === 'og:locale' || key === 'language' || key === 'content-language')
          meta.language ??= content;
      }
    }
    if (!closing && name === 'link' && /\bcanonical\b/i.test(attrs.rel ?? '') && attrs.href)
      meta.url ??= attrs.href;
    if (!closing && name === 'time' && attrs.datetime) meta.date ??= attrs.datetime;

    if (!closing && RAW_TEXT.has(name)) {
      // Raw text runs to the matching close tag, whatever it contains.
      const end = html.toLowerCase().indexOf(`</${name}`, last);
      const body = html.slice(last, end < 0 ? html.length : end);
      if (name === 'title') found.title ??= squash(decodeHTML(body));
      if (name === 'script' && /ld\+json/i.test(attrs.type ?? '')) jsonLd(body, meta);
      const close = end < 0 ? html.length : html.indexOf('>', end);
      last = TOKEN.lastIndex = close < 0 ? html.length : close + 1;
      continue;
    }
    if (VOID.has(name)) {
      if (name === 'br') breakLine(false);
      else if (name === 'hr') breakLine(true);
      else if (name === 'img' && !skipping.length && attrs.alt?.trim()) out.push(` ${squash(attrs.alt)} `);
      continue;
    }
    // <head> is often left unclosed: the body starts the article text whatever is still open.
    if (name === 'body' && !closing) skipping.length = 0;
    if (SKIPPED.has(name)) {
      if (!closing) skipping.push(name);
      else if (skipping.includes(name)) skipping.length = skipping.lastIndexOf(name);
      continue;
    }
    if (name === 'h1') {
      if (!closing) h1 = [];
      else if (h1) {
        found.h1 ??= squash(h1.join(''));
        h1 = null;
      }
    }
    if (name === 'pre') pre = Math.max(0, pre + (closing ? -1 : 1));
    if (PARAGRAPH.has(name)) breakLine(true);
    else if (LINE.has(name)) breakLine(false);
    else if (name === 'td' || name === 'th') out.push(' ');
  }
  emitText(html.slice(last));

  meta.title = found.ogTitle ?? meta.title ?? found.h1 ?? found.title;
  meta.outlet ??= found.siteName;
  const text = out
    .join('')
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { text, meta };
}
