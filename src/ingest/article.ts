/**
 * From raw input (a file's bytes, or text sent to the API) to an article ready to store: readable text,
 * title, outlet, date, author, language and content hash — validated with the dataset's own article
 * schema, so an ingested article obeys the same rules as a curated one.
 */
import { firstProblem } from '../data/issues.js';
import { z } from 'zod';
import { contentHash } from '../data/dataset.js';
import { slugOf } from '../data/names.js';
import { ArticleEntry } from '../data/schema.js';
import { checkText, decodeText } from './decode.js';
import { IngestInputError } from './errors.js';
import { htmlToText, looksLikeHtml } from './html.js';
import { authorFromText, dateFromText, normalizeDate, titleFromText } from './metadata.js';
import { detectLanguage, type Language } from './words.js';

/** Largest text accepted (characters): a long feature article is ~50 000. */
export const MAX_TEXT_CHARS = 500_000;
/** Fewest letters for a text to count as an article rather than a stray fragment. */
const MIN_LETTERS = 20;

export interface ArticleInput {
  /** Plain text or HTML. */
  text: string;
  title?: string | undefined;
  url?: string | undefined;
  /** fr, en or ar (checked); detected when absent. */
  language?: string | undefined;
  /** Where it comes from (a file name), for format detection and messages. */
  source?: string | undefined;
}

export interface PreparedArticle {
  title: string;
  /** Readable text, as stored; mention offsets point into it. */
  text: string;
  contentHash: string;
  language: Language;
  outlet?: string;
  url?: string;
  authorName?: string;
  date?: string;
  format: 'text' | 'html';
  source?: string;
  /** Slug for the article id and the review file name. */
  slug: string;
}

/** The metadata fields an article node carries, checked with the dataset's ArticleEntry rules. */
const ArticleMetadata = ArticleEntry.omit({ id: true, file: true });

/** Options given by the caller (CLI flags, API input): validated before anything else. */
export const ArticleOptions = z.strictObject({
  title: z.string().trim().min(1, { message: 'must not be empty' }).max(300).optional(),
  url: z
    .url({ protocol: /^https?$/, message: 'must be an http(s) URL' })
    .max(2000)
    .optional(),
  language: ArticleEntry.shape.language.optional(),
});

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return undefined;
  }
}

function shortLanguage(tag: string | undefined): Language | undefined {
  const l = tag?.slice(0, 2).toLowerCase();
  return l === 'fr' || l === 'en' || l === 'ar' ? l : undefined;
}

/** Throws IngestInputError (naming the field) for anything that is not a readable article. */
export function prepareArticle(input: ArticleInput): PreparedArticle {
  const options = ArticleOptions.safeParse({ title: input.title, url: input.url, language: input.language });
  if (!options.success) {
    const { field, message } = firstProblem(options.error, { topLevel: true });
    throw new IngestInputError(message, field);
  }
  const field = input.source ? 'file' : 'text';
  if (input.text.length > MAX_TEXT_CHARS)
    throw new IngestInputError(
      `is too long (${input.text.length} characters; at most ${MAX_TEXT_CHARS})`,
      field,
    );
  const raw = checkText(input.text, field).replace(/\r\n?/g, '\n');

  const html = looksLikeHtml(raw, input.source);
  const extracted = html ? htmlToText(raw) : { text: raw, meta: {} };
  const text = extracted.text.replace(/^\uFEFF/, '');
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS) {
    throw new IngestInputError(
      html
        ? 'has no readable text (only markup, scripts or page chrome)'
        : 'has no readable text (too short)',
      field,
    );
  }
  const visible = text.replace(/\s/g, '').length;
  if (letters / visible < 0.5)
    throw new IngestInputError('does not read as prose (mostly symbols or digits)', field);

  const language =
    options.data.language ?? shortLanguage(extracted.meta.language) ?? detectLanguage(text) ?? undefined;
  if (!language)
    throw new IngestInputError(
      'language could not be told from the text; pass it (fr, en or ar)',
      'language',
    );
  const url = options.data.url ?? extracted.meta.url;
  const title = options.data.title ?? extracted.meta.title ?? titleFromText(text);
  if (!title) throw new IngestInputError('has no title line; pass one', 'title');

  const meta = ArticleMetadata.safeParse({
    title: title.slice(0, 300),
    outlet: extracted.meta.outlet ?? hostOf(url),
    url,
    authorName: extracted.meta.authorName ?? authorFromText(text),
    date: normalizeDate(extracted.meta.date) ?? dateFromText(text),
    language,
  });
  if (!meta.success) {
    const { field, message } = firstProblem(meta.error, { topLevel: true });
    throw new IngestInputError(message, field);
  }
  const m = meta.data;
  return {
    title: m.title,
    text,
    contentHash: contentHash(text),
    language: m.language,
    ...(m.outlet ? { outlet: m.outlet } : {}),
    ...(m.url ? { url: m.url } : {}),
    ...(m.authorName ? { authorName: m.authorName } : {}),
    ...(m.date ? { date: m.date } : {}),
    format: html ? 'html' : 'text',
    ...(input.source ? { source: input.source } : {}),
    slug: slugOf(m.title, 80) || 'article',
  };
}

/** A file's bytes → prepared article (binary and empty files are refused with a clear message). */
export function prepareFile(
  bytes: Uint8Array,
  source: string,
  options: Omit<ArticleInput, 'text' | 'source'> = {},
) {
  return prepareArticle({ ...options, text: decodeText(bytes, 'file'), source });
}
