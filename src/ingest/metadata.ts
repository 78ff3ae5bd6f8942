/**
 * Metadata a plain-text article gives away in its first lines: title, byline, publication date.
 * Heuristics, all optional — the review file lets an editor correct them.
 */
import { foldName } from '../data/names.js';
import { PartialDate } from '../data/schema.js';
import { MONTHS } from './words.js';

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.replace(/[\s\u00a0]+/g, ' ').trim())
    .filter(Boolean);

const wordCount = (s: string) => s.split(' ').filter((w) => /\p{L}/u.test(w)).length;

/** First line that reads like a title (skipping a breadcrumb's path and a one- or two-word banner). */
export function titleFromText(text: string): string | undefined {
  const head = lines(text).slice(0, 4);
  const candidates = head.map((l) => (l.includes(' > ') ? (l.split(' > ').pop() ?? l) : l).trim());
  const title = candidates.find((l) => wordCount(l) >= 3 && l.length <= 250) ?? candidates[0];
  if (!title) return undefined;
  if (title.length <= 250) return title;
  const cut = title.slice(0, 200);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 100 ? cut.lastIndexOf(' ') : 200)}…`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A date as written ("07 janvier 2010", "June 13, 2015", "2015-06-13T10:00Z") → ISO, possibly partial. */
export function normalizeDate(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const iso = /\b(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(raw);
  const candidates: string[] = [];
  if (iso) candidates.push(iso[3] ? `${iso[1]}-${iso[2]}-${iso[3]}` : `${iso[1]}-${iso[2]}`);
  const folded = foldName(raw);
  const dayMonthYear = /\b(\d{1,2})(?: ?er)? ([a-z]+) (\d{4})\b/.exec(folded);
  const monthDayYear = /\b([a-z]+) (\d{1,2})(?: ?(?:st|nd|rd|th))? (\d{4})\b/.exec(folded);
  const parts: (string | undefined)[][] = [];
  if (dayMonthYear) parts.push([dayMonthYear[1], dayMonthYear[2], dayMonthYear[3]]);
  if (monthDayYear) parts.push([monthDayYear[2], monthDayYear[1], monthDayYear[3]]);
  for (const [day, month, year] of parts) {
    const m = month ? MONTHS[month] : undefined;
    if (m && day && year) candidates.push(`${year}-${pad(m)}-${pad(Number(day))}`);
  }
  return candidates.find((c) => PartialDate.safeParse(c).success);
}

const PUBLISHED =
  /(?<!\p{L})(?:publi[ée]e?|published|posted|mis en ligne|mis à jour|updated|date)(?!\p{L})/iu;

/** Publication date: on a "Publié le …" line near the top, else the first full date of the header. */
export function dateFromText(text: string): string | undefined {
  const head = lines(text).slice(0, 15);
  const marked = head.find((l) => PUBLISHED.test(l) && normalizeDate(l));
  return normalizeDate(marked) ?? normalizeDate(text.slice(0, 800).replace(/\n/g, ' '));
}

const BYLINE = [
  /^(?:par|by|posted by|written by|auteur|author)\s*:?\s+(.+)$/i,
  /(?<!\p{L})(?:publi[ée]e?|published|posted)(?!\p{L}).*?(?<!\p{L})(?:par|by)\s+(.+)$/iu,
];

/** Author from a byline near the top ("Par Jean Dupont", "Publié le … par Lilzeon", "By Jane Roe"). */
export function authorFromText(text: string): string | undefined {
  for (const line of lines(text).slice(0, 15)) {
    if (line.length > 100) continue;
    for (const re of BYLINE) {
      const name = re
        .exec(line)?.[1]
        ?.trim()
        .replace(/[.,;:]+$/, '');
      if (name && /^[\p{L}][\p{L}\p{M} .'’-]{1,60}$/u.test(name) && wordCount(name) <= 5) return name;
    }
  }
  return undefined;
}
