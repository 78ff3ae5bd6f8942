/**
 * The support check: does a relation's excerpt show what the relation says? It must name both ends,
 * or the relation is declared `inferred` with a one-line `basis` an editor wrote. Pure: the dataset
 * reader, `npm run data:check` and the curation writes all call it.
 *
 * An end is named in an excerpt (accents, case and punctuation folded, whole words) by
 * - its name or one of its aliases (a closing parenthesised note such as "(5 mai)" left out),
 * - its handle or web address,
 * - for a person with a name: its initials (three letters or more) or a surname form, as the name
 *   index of the ingestion finds them ("Harmach" for Marouane Harmach, "El Khalfi");
 * and, for what has no name of its own in the text:
 * - the author of the excerpt's own article, by the first person ("je", "j’", "mon", "nous", "nos"…):
 *   the narrator of a first-person text is its author;
 * - any other end but a named person, by the passage that introduces it in the dataset (one of its
 *   evidence excerpts from the same article, contained in this one): "un groupe. Celui-ci rassemble
 *   uniquement 229 membres" is the Créateurs de possibles' Facebook group;
 * and an Article end always counts as named: the relation is about the text the excerpt comes from.
 * The report counts the relations that needed one of the last two rules, so they stay visible.
 */
import type { NodeKind } from './model.js';
import { nameInitials, nameTokens, surnameForms } from './names.js';

/** What the check needs to know about one end of a relation. */
export interface NamedEnd {
  id: string;
  kind: NodeKind;
  name: string;
  aliases: readonly string[];
  handle?: string | null;
  url?: string | null;
  /** Unnamed actors: their descriptive name counts too, but they have no surname or initials. */
  anonymous?: boolean | null;
  /** The entity's evidence excerpts: the passages that introduce it. */
  passages?: readonly { article: string; excerpt: string }[];
}

export interface SupportInput {
  article: string;
  from: string;
  to: string;
  excerpt: string;
  inferred?: boolean | undefined;
  basis?: string | undefined;
}

/** How an excerpt names an end. */
export type Naming = 'name' | 'first-person' | 'passage';

export type Support =
  | { kind: 'excerpt'; naming: Naming[] }
  | { kind: 'inferred'; basis: string }
  /** `unnamed`: the ids of the ends the excerpt does not name. */
  | { kind: 'unsupported'; unnamed: string[] };

const ROMAN = /^[ivxlcdm]+$/;
/** French first-person words, accents stripped; "m’" is left out (it reads like the title "M."). */
const FIRST_PERSON = /(?<![\p{L}\p{N}.])(?:j['’]|(?:je|moi|me|mon|ma|mes|nous|nos|notre)(?![\p{L}\p{N}]))/iu;

const withoutNote = (s: string) => s.replace(/\s*\([^()]*\)\s*$/, '');

/** Every form under which the excerpt may name `end`, as folded word lists. */
export function nameForms(end: NamedEnd): string[][] {
  const forms: string[] = [end.name, ...end.aliases];
  if (end.handle) forms.push(end.handle);
  if (end.url) forms.push(end.url.replace(/^[a-z]+:\/\//i, '').replace(/^www\./i, '').split('/')[0] ?? '');
  const words = forms.map((f) => nameTokens(withoutNote(f)));
  if (end.kind === 'Person' && !end.anonymous) {
    const name = withoutNote(end.name);
    const initials = nameInitials(name);
    if (initials.length >= 3) words.push([initials]);
    for (const form of surnameForms(name)) {
      const last = form[form.length - 1] ?? '';
      if (form.join('').length >= 4 && !ROMAN.test(last)) words.push(form);
    }
  }
  return words.filter((w) => w.length > 0);
}

function containsWords(text: readonly string[], words: readonly string[]): boolean {
  outer: for (let i = 0; i + words.length <= text.length; i++) {
    for (let j = 0; j < words.length; j++) if (text[i + j] !== words[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * How `excerpt`, from `article`, names `end`, or null. `isAuthor`: the end wrote that article, so the
 * first person names it.
 */
export function namingOf(excerpt: string, article: string, end: NamedEnd, isAuthor = false): Naming | null {
  if (end.kind === 'Article') return 'name';
  const text = nameTokens(excerpt);
  if (nameForms(end).some((form) => containsWords(text, form))) return 'name';
  if (isAuthor && FIRST_PERSON.test(excerpt.normalize('NFD').replace(/\p{M}+/gu, ''))) return 'first-person';
  const namedPerson = end.kind === 'Person' && !end.anonymous;
  if (
    !namedPerson &&
    end.passages?.some((p) => p.article === article && containsWords(text, nameTokens(p.excerpt)))
  )
    return 'passage';
  return null;
}

/**
 * The support of one relation. `authors`: the ids of the authors of the excerpt's article. A relation
 * an editor marked inferred is inferred even when its excerpt names both ends (it names them without
 * stating the link); it needs its basis.
 */
export function supportOf(
  r: SupportInput,
  ends: { from: NamedEnd; to: NamedEnd },
  authors: ReadonlySet<string> = new Set(),
): Support {
  if (r.inferred) {
    if (r.basis?.trim()) return { kind: 'inferred', basis: r.basis.trim() };
    return { kind: 'unsupported', unnamed: [] };
  }
  const naming = [ends.from, ends.to].map((end) => namingOf(r.excerpt, r.article, end, authors.has(end.id)));
  const unnamed = [ends.from, ends.to].filter((_, i) => naming[i] === null).map((end) => end.id);
  if (unnamed.length) return { kind: 'unsupported', unnamed };
  return { kind: 'excerpt', naming: naming as Naming[] };
}

/** Counts of a dataset's support check, as `npm run data:check` prints them. */
export interface SupportReport {
  checked: number;
  byExcerpt: number;
  /** Of those, relations that name an end only by the first person, or only by its passage. */
  byFirstPerson: number;
  byPassage: number;
  inferred: number;
  /** One line per failing relation: where it is and which ends its excerpt does not name. */
  failing: string[];
}

export function emptySupportReport(): SupportReport {
  return { checked: 0, byExcerpt: 0, byFirstPerson: 0, byPassage: 0, inferred: 0, failing: [] };
}

/** Adds one relation's support to a report. */
export function recordSupport(report: SupportReport, where: string, s: Support): void {
  report.checked++;
  if (s.kind === 'excerpt') {
    report.byExcerpt++;
    if (s.naming.includes('first-person')) report.byFirstPerson++;
    if (s.naming.includes('passage')) report.byPassage++;
  } else if (s.kind === 'inferred') report.inferred++;
  else report.failing.push(`${where}: ${supportProblem(s.unnamed)}`);
}

/** The message for a relation without support. */
export function supportProblem(unnamed: readonly string[]): string {
  return unnamed.length
    ? `the excerpt does not name ${unnamed.join(' nor ')}: quote a passage that names both ends, or mark the relation inferred with a one-line basis`
    : 'an inferred relation needs a one-line basis';
}

export function formatSupportReport(r: SupportReport): string {
  const pct = r.checked ? Math.round((1000 * r.byExcerpt) / r.checked) / 10 : 100;
  return (
    `support check: ${r.checked} relations checked, ${r.byExcerpt} supported by their excerpt (${pct} %; ` +
    `${r.byFirstPerson} naming their author by the first person, ${r.byPassage} an end by its introducing passage), ` +
    `${r.inferred} declared inferred, ${r.failing.length} failing`
  );
}
