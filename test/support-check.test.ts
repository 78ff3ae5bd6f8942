/**
 * The support check (src/data/support.ts) and one fact with many sources (src/data/facts.ts), on
 * the pure functions and on the dataset files: a relation whose excerpt does not name both ends is
 * refused, naming file and entry, unless an editor declared it inferred with a basis.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DatasetError, readDataset } from '../src/data/dataset.js';
import { orderSources, storedSources, sourceProps, type RelationSource } from '../src/data/facts.js';
import { loadDataset } from '../src/data/loader.js';
import { supportOf, type NamedEnd } from '../src/data/support.js';
import type { GraphRepository } from '../src/graph/repository.js';
import { cypher, testDriver } from './support/db.js';

const DATA = path.resolve('data');
const A4 = 'article:les-createurs-de-possibles-2017-en-ligne-de-mire';
const FILE_004 = 'les-createurs-de-possibles-2017-en-ligne-de-mire.yaml';

const person = (id: string, name: string, extra: Partial<NamedEnd> = {}): NamedEnd => ({
  id,
  kind: 'Person',
  name,
  aliases: [],
  ...extra,
});
const HARMACH = person('person:marouane-harmach', 'Marouane Harmach');
const NKM = person('person:nkm', 'Nathalie Kosciusko-Morizet', { aliases: ['NKM'] });
const MONITOR: NamedEnd = { id: 'org:monitor', kind: 'Organization', name: 'Monitor', aliases: [] };
const ARTICLE: NamedEnd = { id: 'article:x', kind: 'Article', name: 'Un titre', aliases: [] };
const support = (excerpt: string, from: NamedEnd, to: NamedEnd, extra: object = {}, authors: string[] = []) =>
  supportOf(
    { article: 'article:x', from: from.id, to: to.id, excerpt, ...extra },
    { from, to },
    new Set(authors),
  );

function copyData(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'support-'));
  cpSync(DATA, dir, { recursive: true });
  return dir;
}
/** A relation of 004 whose excerpt names neither of its ends. */
const UNSUPPORTED = `- type: SUPPORTS
  from: person:luc-mandret
  to: person:nathalie-kosciusko-morizet
  excerpt: Les temps changent, les mécaniques restent.`;

/** Appends relation rows (YAML, indented as list items) to one relations file of a copy. */
function appendRelations(dir: string, file: string, rows: string): void {
  const p = path.join(dir, 'relations', file);
  writeFileSync(p, readFileSync(p, 'utf8').replace(/\nclaims:/, `\n${rows.trimEnd()}\nclaims:`));
}

describe('the support check, on one relation', () => {
  it('finds an end by name, alias, surname or initials, accents and case folded', () => {
    expect(support('nous explique encore HARMACH', HARMACH, MONITOR).kind).toBe('unsupported');
    expect(support('nous explique encore Harmach, directeur de monitor', HARMACH, MONITOR)).toEqual({
      kind: 'excerpt',
      naming: ['name', 'name'],
    });
    expect(support('« On ne veut pas » nkm, chez MONITOR', NKM, MONITOR).kind).toBe('excerpt');
    expect(support('Nathalie Kosciusko Morizet chez Monitor', NKM, MONITOR).kind).toBe('excerpt');
    // A word inside another is not a name: "monitoring" is not Monitor.
    expect(support('Harmach fait du monitoring', HARMACH, MONITOR)).toEqual({
      kind: 'unsupported',
      unnamed: ['org:monitor'],
    });
  });

  it('counts an article end as named, and the first person only for the article’s author', () => {
    const author = person('person:blogger', 'Auteur anonyme', { anonymous: true });
    expect(support('J’étais dépêché sur place', author, ARTICLE, {}, ['person:blogger'])).toEqual({
      kind: 'excerpt',
      naming: ['first-person', 'name'],
    });
    expect(support('J’étais dépêché sur place', author, ARTICLE).kind).toBe('unsupported');
    // The title "M." is not the first person "m’".
    expect(
      support('M. Benkirane a fait son intervention', author, ARTICLE, {}, ['person:blogger']).kind,
    ).toBe('unsupported');
  });

  it('names an unnamed end by the passage that introduces it, never a named person', () => {
    const group: NamedEnd = {
      id: 'account:group',
      kind: 'Account',
      name: 'Groupe Facebook des Créateurs de Possibles',
      aliases: [],
      passages: [
        { article: 'article:x', excerpt: 'mais un groupe. Celui-ci rassemble uniquement 229 membres' },
      ],
    };
    const facebook: NamedEnd = { id: 'platform:facebook', kind: 'Platform', name: 'Facebook', aliases: [] };
    const excerpt =
      'sur Facebook les « Créateurs » ne possèdent pas de « fan page », mais un groupe. Celui-ci rassemble uniquement 229 membres';
    expect(support(excerpt, group, facebook)).toEqual({ kind: 'excerpt', naming: ['passage', 'name'] });
    // The passage must come from the excerpt's own article.
    const elsewhere = { ...group, passages: [{ ...group.passages![0]!, article: 'article:y' }] };
    expect(support(excerpt, elsewhere, facebook).kind).toBe('unsupported');
    const named = person('person:p', 'Jean Dupont', { passages: group.passages! });
    expect(support(excerpt, named, facebook).kind).toBe('unsupported');
  });

  it('takes an editor’s inference only with a basis, even when the excerpt names both ends', () => {
    const excerpt = 'Harmach, directeur de monitor';
    expect(support(excerpt, HARMACH, MONITOR, { inferred: true, basis: 'lu du contexte' })).toEqual({
      kind: 'inferred',
      basis: 'lu du contexte',
    });
    expect(support('rien', HARMACH, MONITOR, { inferred: true }).kind).toBe('unsupported');
  });
});

describe('one fact, many sources (pure)', () => {
  const s = (status: RelationSource['status'], inferred: boolean, date?: string): RelationSource => ({
    article: `article:${status}-${inferred}-${date ?? ''}`,
    excerpt: 'x',
    status,
    inferred,
    date,
  });

  it('puts first a source with the fact’s status, then supported, then the most precise date', () => {
    const ordered = orderSources([
      s('planned', false, '2015-06-13'),
      s('done', true, '2015'),
      s('done', false, '2015-06'),
    ]);
    expect(ordered.map((x) => [x.status, x.inferred, x.date])).toEqual([
      ['done', false, '2015-06'],
      ['done', true, '2015'],
      ['planned', false, '2015-06-13'],
    ]);
  });

  it('stores the sources as parallel lists and reads them back', () => {
    const sources = [s('announced', true, '2010-01'), s('done', false, '2010-01-07')];
    const props = sourceProps(sources);
    expect(props).toMatchObject({ status: 'done', article: sources[1]!.article, inferred: false });
    expect(storedSources(props)).toEqual(orderSources(sources).map((x) => ({ ...x, basis: undefined })));
    // A relation stored before sources were kept: its one article and excerpt.
    expect(storedSources({ article: 'article:a', excerpt: 'e' })).toEqual([
      {
        article: 'article:a',
        excerpt: 'e',
        status: 'done',
        date: undefined,
        inferred: false,
        basis: undefined,
      },
    ]);
  });
});

describe('the support check, on the dataset', () => {
  const ds = readDataset(DATA);

  it('passes: every relation named by its excerpt or declared inferred, at least 85 % by the excerpt', () => {
    const rows = readdirSync(path.join(DATA, 'relations')).flatMap(
      (f) =>
        (parse(readFileSync(path.join(DATA, 'relations', f), 'utf8')) as { relations: object[] }).relations,
    ) as { inferred?: boolean; basis?: string }[];
    expect(ds.support.failing).toEqual([]);
    expect(ds.support.checked).toBe(rows.length);
    expect(ds.support.inferred).toBe(rows.filter((r) => r.inferred).length);
    expect(ds.support.byExcerpt + ds.support.inferred).toBe(rows.length);
    expect(ds.support.byExcerpt / ds.support.checked).toBeGreaterThanOrEqual(0.85);
    for (const r of rows.filter((x) => x.inferred)) expect(r.basis?.trim().length).toBeGreaterThan(10);
  });

  it('refuses a relation whose excerpt does not name both ends, naming file and entry', () => {
    const dir = copyData();
    const before = (
      parse(readFileSync(path.join(dir, 'relations', FILE_004), 'utf8')) as { relations: object[] }
    ).relations.length;
    appendRelations(dir, FILE_004, UNSUPPORTED);
    expect(() => readDataset(dir)).toThrow(DatasetError);
    try {
      readDataset(dir);
    } catch (e) {
      const err = e as DatasetError;
      expect(err.problems).toEqual([
        expect.stringMatching(
          new RegExp(
            `${FILE_004.replace(/\./g, '\\.')}: relations: entry #${before + 1} \\(SUPPORTS person:luc-mandret → person:nathalie-kosciusko-morizet\\): the excerpt does not name person:luc-mandret nor person:nathalie-kosciusko-morizet`,
          ),
        ),
      ]);
      expect(err.support?.failing).toHaveLength(1);
    }
  });

  it('accepts the same relation declared inferred with a basis, and refuses a basis without inferred', () => {
    const dir = copyData();
    appendRelations(
      dir,
      FILE_004,
      UNSUPPORTED.replace('  excerpt:', '  inferred: true\n  basis: un test qui le déclare\n  excerpt:'),
    );
    const ok = readDataset(dir);
    expect(ok.support.inferred).toBe(ds.support.inferred + 1);
    const rel = ok.relations.find(
      (r) => r.id === 'SUPPORTS:person:luc-mandret>person:nathalie-kosciusko-morizet',
    );
    expect(rel).toMatchObject({ inferred: true, basis: 'un test qui le déclare' });

    const bad = copyData();
    appendRelations(bad, FILE_004, UNSUPPORTED.replace('  excerpt:', '  basis: oublié inferred\n  excerpt:'));
    expect(() => readDataset(bad)).toThrow(/field "inferred": `basis` is for inferred relations/);
  });

  it('merges two articles stating one relation into one fact with both sources and the most precise date', () => {
    const launched = ds.relations.filter(
      (r) => r.type === 'LAUNCHED' && r.from === 'org:ump' && r.to === 'platform:les-createurs-de-possibles',
    );
    expect(launched).toHaveLength(1);
    const [fact] = launched;
    expect(fact!.id).toBe('LAUNCHED:org:ump>platform:les-createurs-de-possibles');
    expect(fact!.date).toBe('2010-01-07');
    expect(fact!.status).toBe('done');
    expect(fact!.sources.map((s) => [s.article, s.status, s.date])).toEqual([
      ['article:les-createurs-de-possibles-a-la-fete', 'done', '2010-01-07'],
      [A4, 'announced', '2010-01'],
    ]);
    // No two relations share an id: every restatement was merged.
    expect(new Set(ds.relations.map((r) => r.id)).size).toBe(ds.relations.length);
  });

  it('refuses two rows of one relation whose dates exclude each other', () => {
    const dir = copyData();
    appendRelations(
      dir,
      FILE_004,
      `- type: LAUNCHED
  from: org:ump
  to: platform:les-createurs-de-possibles
  date: '2011'
  inferred: true
  basis: un test
  excerpt: 'Première annonce : le lancement de la plateforme « les créateurs de possibles » dans les 48h.'`,
    );
    expect(() => readDataset(dir)).toThrow(
      /states the same relation as .* with a date that excludes the other \(2011 vs/,
    );
  });

  it('`npm run data:check` prints the support summary with 0 failing', async () => {
    const { stdout } = await promisify(execFile)('npx', ['tsx', 'scripts/check-data.ts'], {
      cwd: process.cwd(),
    });
    const line = stdout.split('\n').find((l) => l.startsWith('support check:'));
    expect(line).toMatch(
      new RegExp(
        `^support check: ${ds.support.checked} relations checked, ${ds.support.byExcerpt} supported by their excerpt .*${ds.support.inferred} declared inferred, 0 failing$`,
      ),
    );
  });
});

describe('the loader refuses an unsupported relation', () => {
  let driver: Driver;
  let repo: GraphRepository;
  beforeAll(() => {
    ({ driver, repo } = testDriver());
  });
  afterAll(() => driver.close());

  it('and writes nothing', async () => {
    const dir = copyData();
    appendRelations(dir, FILE_004, UNSUPPORTED);
    const count = async () =>
      (await cypher<{ n: number }>(driver, "MATCH ()-[r {origin: 'dataset'}]->() RETURN count(r) AS n"))[0]
        ?.n;
    const before = await count();
    await expect(loadDataset(repo.runner, dir)).rejects.toThrow(
      /les-createurs-de-possibles-2017-en-ligne-de-mire\.yaml: relations: entry #\d+ \(SUPPORTS .*\): the excerpt does not name/,
    );
    expect(await count()).toBe(before);
  });
});
