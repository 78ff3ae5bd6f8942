/**
 * Figures and dates as French articles write them: "7.002 membres", "2 704 fans", "100.000 visiteurs
 * uniques", "500 000 €", "samedi 13 juin", "le 24 octobre 2021", "en 2008".
 */
import { foldName } from '../../data/names.js';
import { MONTHS } from '../words.js';
import { METRIC_NOUNS, type FigureCount } from './lexicon.js';

export interface Figure {
  value: number;
  start: number;
  end: number;
  /** What it counts, when a metric noun follows ("membres" → members). */
  metric?: FigureCount;
  /** Set for sums of money: the currency as written. */
  currency?: string;
}

/** Thousands grouped by '.', space or a no-break space, or a plain integer; a year is not a figure. */
const NUMBER = /(?<![\p{L}\p{N}.,])(\d{1,3}(?:[.\u0020\u00a0\u202f]\d{3})+|\d+)(?![\p{N}]|[.,]\d)/gu;
const CURRENCY = /^\s*(€|euros?|dollars?|\$|dhs?|dirhams?|mad)(?!\p{L})/iu;

export function figuresIn(text: string, from = 0, to = text.length): Figure[] {
  const out: Figure[] = [];
  const part = text.slice(from, to);
  for (const m of part.matchAll(NUMBER)) {
    const raw = m[1]!;
    const value = Number(raw.replace(/[.\u0020\u00a0\u202f]/g, ''));
    const start = from + m.index;
    const end = start + raw.length;
    const after = text.slice(end, end + 40);
    const currency = CURRENCY.exec(after)?.[1];
    const next = foldName(after).split(' ').slice(0, 2);
    // Days and years of a date are not counts.
    if (!currency && (MONTHS[next[0] ?? ''] || (value >= 1900 && value <= 2100 && /^\d+$/.test(raw))))
      continue;
    const metric = next.map((w) => METRIC_NOUNS[w]).find(Boolean);
    out.push({
      value,
      start,
      end,
      ...(metric ? { metric } : {}),
      ...(currency ? { currency } : {}),
    });
  }
  return out;
}

export interface FoundDate {
  /** ISO, possibly partial (YYYY, YYYY-MM, YYYY-MM-DD). */
  iso?: string;
  /** Day and month without a year ("samedi 13 juin"): matched against known events' dates. */
  monthDay?: string;
  /** The year was taken from the article's date, not the text. */
  yearInferred: boolean;
  /** Day and month as the text gives them, folded ("13 juin"). */
  written?: string;
}

const DAY_MONTH_YEAR =
  /\b(\d{1,2})(?:er)?\s+(janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)(?:\s+(\d{4}))?\b/;
const MONTH_YEAR =
  /\b(janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)\s+(\d{4})\b/;
const YEAR = /\b(?:en|depuis|de|des)\s+((?:19|20)\d{2})\b/;

const pad = (n: number) => String(n).padStart(2, '0');

/** The first date a passage gives, completed with the article's year when it gives none. */
export function dateIn(passage: string, articleDate?: string): FoundDate | undefined {
  const f = foldName(passage);
  const articleYear = articleDate?.slice(0, 4);
  const dmy = DAY_MONTH_YEAR.exec(f);
  if (dmy) {
    const monthDay = `${pad(MONTHS[dmy[2]!]!)}-${pad(Number(dmy[1]))}`;
    const year = dmy[3] ?? articleYear;
    return {
      ...(year ? { iso: `${year}-${monthDay}` } : {}),
      monthDay,
      yearInferred: !dmy[3] && !!year,
      written: `${Number(dmy[1])} ${dmy[2]}`,
    };
  }
  const my = MONTH_YEAR.exec(f);
  if (my) return { iso: `${my[2]}-${pad(MONTHS[my[1]!]!)}`, yearInferred: false };
  const y = YEAR.exec(f);
  if (y) return { iso: y[1]!, yearInferred: false };
  return undefined;
}
