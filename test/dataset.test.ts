import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatasetError, normalizeWhitespace, readDataset } from '../src/data/dataset.js';
import { loadDataset, toGraphRows } from '../src/data/loader.js';
import { replaceOrigin } from '../src/graph/dataset-writer.js';
import type { GraphRepository } from '../src/graph/repository.js';
import { cypher, testDriver } from './support/db.js';

const DATA = path.resolve('data');
const LUNCH = 'event:benkirane-influencers-lunch-2015-06-13';

function copyData(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dataset-'));
  cpSync(DATA, dir, { recursive: true });
  return dir;
}

describe('the curated dataset', () => {
  const ds = readDataset(DATA);

  it('covers the five articles, each with relations and mentions', () => {
    expect(ds.articles).toHaveLength(5);
    for (const a of ds.articles) {
      expect(ds.relations.filter((r) => r.article === a.id).length, a.id).toBeGreaterThan(3);
      expect(ds.mentions.filter((m) => m.article === a.id).length, a.id).toBeGreaterThan(3);
    }
  });

  it('has every excerpt verbatim in its article (whitespace aside)', () => {
    const text = new Map(ds.articles.map((a) => [a.id, normalizeWhitespace(a.text)]));
    const excerpts = [
      ...ds.relations.map((r) => [r.article, r.excerpt, r.id]),
      ...ds.claims.map((c) => [c.article, c.excerpt, c.id]),
      ...ds.mentions.map((m) => [m.article, m.excerpt, m.id]),
      ...ds.entities.flatMap((e) => e.evidence.map((ev) => [ev.article, ev.excerpt, e.id])),
    ] as [string, string, string][];
    expect(excerpts.length).toBeGreaterThan(300);
    const missing = excerpts.filter(([a, ex]) => !text.get(a)?.includes(normalizeWhitespace(ex)));
    expect(missing.map(([, , id]) => id)).toEqual([]);
  });

  it('keeps both sides of the venue conflict, one per article', () => {
    const venues = ds.relations.filter((r) => r.type === 'HELD_AT' && r.from === LUNCH);
    expect(new Set(venues.map((v) => v.to)).size).toBe(2);
    expect(new Set(venues.map((v) => v.article)).size).toBe(2);
  });

  it('keeps homonyms apart: Slimane El Amrani is not Youssef Amrani', () => {
    const ids = ds.entities.filter((e) => /amrani/i.test(e.name)).map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining(['person:slimane-el-amrani', 'person:youssef-amrani']));
  });
});

describe('loading into Neo4j', () => {
  let driver: Driver;
  let repo: GraphRepository;
  beforeAll(() => {
    ({ driver, repo } = testDriver());
  });
  afterAll(() => driver.close());

  // The whole graph: this file's database holds the seed graph and whatever this file writes. The
  // load's write locks (one WriteLock node per node it wrote) are bookkeeping, not the graph.
  const counts = async () => ({
    labels: await cypher(
      driver,
      'MATCH (n) WHERE NOT n:WriteLock UNWIND labels(n) AS l RETURN l, count(*) AS n ORDER BY l',
    ),
    types: await cypher(driver, 'MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS n ORDER BY t'),
  });

  it('is idempotent: loading twice leaves identical counts', async () => {
    const before = await counts();
    await loadDataset(repo.runner, DATA);
    const after = await counts();
    expect(after).toEqual(before);
    // Exactly the rows of the dataset: one node per entity, article and claim, one relation per row.
    const rows = toGraphRows(readDataset(DATA));
    const tally = (keys: string[]) =>
      Object.entries(keys.reduce<Record<string, number>>((m, k) => ({ ...m, [k]: (m[k] ?? 0) + 1 }), {}));
    const labelOf = (l: { l: string; n: number }) => [l.l, l.n];
    expect((after.labels as { l: string; n: number }[]).map(labelOf).sort()).toEqual(
      tally([...rows.nodes.flatMap((n) => ['Entity', n.kind]), ...rows.claims.map(() => 'Claim')]).sort(),
    );
    expect((after.types as { t: string; n: number }[]).map((t) => [t.t, t.n]).sort()).toEqual(
      tally([...rows.relations.map((r) => r.type), ...rows.claims.map(() => 'ABOUT')]).sort(),
    );
  });

  it('rejects a malformed file naming the file, the entry and the field, and writes nothing', async () => {
    const dir = copyData();
    const file = path.join(dir, 'entities', 'events.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('kind: lunch', 'kind: picnic'));
    const rel = path.join(dir, 'relations', 'pourquoi-benkirane-invite-des-influenceurs-du-web.yaml');
    writeFileSync(
      rel,
      readFileSync(rel, 'utf8').replace('excerpt: Cette rencontre', 'excerpt: Cette réunion'),
    );
    const before = await counts();
    let error: unknown;
    try {
      await loadDataset(repo.runner, dir);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DatasetError);
    const message = (error as Error).message;
    expect(message).toMatch(/events\.yaml: entry #\d+ \(event:[a-z0-9-]+\): field "kind"/);
    expect(message).toMatch(
      /pourquoi-benkirane-invite-des-influenceurs-du-web\.yaml: relations: entry #\d+: excerpt not found/,
    );
    expect(await counts()).toEqual(before);
  });

  it('rejects relations whose ends are unknown or of the wrong kind', () => {
    const dir = copyData();
    const rel = path.join(dir, 'relations', 'pourquoi-je-n-ai-pas-assiste-au-dejeuner-de-benkirane.yaml');
    const text = readFileSync(rel, 'utf8');
    writeFileSync(
      rel,
      text.replace(/to: event:benkirane-influencers-lunch-2015-06-13/, 'to: event:no-such-lunch'),
    );
    expect(() => readDataset(dir)).toThrow(/unknown entity event:no-such-lunch/);
  });

  it('rolls back a load that fails half-way: the previous graph stays intact', async () => {
    const before = await counts();
    const rows = toGraphRows(readDataset(DATA));
    // A property value Neo4j refuses (a nested map), in the last node: earlier rows were already written.
    const bad = {
      ...rows,
      nodes: [
        ...rows.nodes.map((n) => ({
          ...n,
          props: { ...n.props, name: `${String(n.props.name)} (changed)` },
        })),
        { id: 'person:broken', kind: 'Person', props: { id: 'person:broken', nested: { no: 'maps' } } },
      ],
    };
    await expect(replaceOrigin(repo.runner, 'dataset', bad)).rejects.toThrow();
    expect(await counts()).toEqual(before);
    const [changed] = await cypher<{ n: number }>(
      driver,
      "MATCH (n:Entity) WHERE n.name ENDS WITH '(changed)' RETURN count(n) AS n",
    );
    expect(changed?.n).toBe(0);
  });
});

describe('questions the graph answers, each with evidence', () => {
  let driver: Driver;
  beforeAll(() => {
    ({ driver } = testDriver());
  });
  afterAll(() => driver.close());

  it('who was invited to the Benkirane lunch, by whom, and who declined and why', async () => {
    const rows = await cypher<{
      inviter: string;
      invitee: string;
      response: string | null;
      reason: string | null;
      excerpt: string;
    }>(
      driver,
      `MATCH (a)-[r:INVITED {event: $event, origin: 'dataset'}]->(b)
       RETURN a.id AS inviter, b.id AS invitee, r.response AS response, r.reason AS reason, r.excerpt AS excerpt`,
      { event: LUNCH },
    );
    const invitees = rows.map((r) => r.invitee);
    expect(invitees).toEqual(
      expect.arrayContaining([
        'person:loubna-el-meskine',
        'person:anas-khoumane',
        'person:anonymous-author-dejeuner-benkirane',
      ]),
    );
    expect(new Set(rows.map((r) => r.inviter))).toContain('person:abdelilah-benkirane');
    const declined = rows.filter((r) => r.response === 'declined');
    expect(declined.map((d) => d.invitee)).toEqual(['person:anonymous-author-dejeuner-benkirane']);
    expect(declined[0]?.reason).toMatch(/siège|format|parti/i);
    for (const r of rows) expect(r.excerpt.length).toBeGreaterThan(10);
  });

  it('who hosted, organised and attended the lunch', async () => {
    const rows = await cypher<{ type: string; who: string; article: string }>(
      driver,
      `MATCH (p)-[r:HOSTED|ORGANIZED|ATTENDED]->(:Event {id: $event}) WHERE r.origin = 'dataset'
       RETURN type(r) AS type, p.id AS who, r.article AS article`,
      { event: LUNCH },
    );
    const by = (t: string) => new Set(rows.filter((r) => r.type === t).map((r) => r.who));
    expect(by('HOSTED')).toContain('person:abdelilah-benkirane');
    expect(by('ORGANIZED')).toContain('person:ghassan-benchiheb');
    expect(by('ATTENDED')).toEqual(new Set(['person:mustapha-el-khalfi', 'person:slimane-el-amrani']));
    expect(rows.every((r) => r.article.startsWith('article:'))).toBe(true);
  });

  it('which platforms UMP and PS launched, with the figures the articles give', async () => {
    const rows = await cypher<{ party: string; platform: string }>(
      driver,
      `MATCH (o:Organization)-[:LAUNCHED]->(p:Platform) WHERE o.id IN ['org:ump', 'org:ps']
       RETURN o.id AS party, p.id AS platform`,
    );
    expect(rows).toEqual(
      expect.arrayContaining([
        { party: 'org:ump', platform: 'platform:les-createurs-de-possibles' },
        { party: 'org:ps', platform: 'platform:la-coopol' },
      ]),
    );
    // A page relaying La Coopol has its fans; the network's own audience is a claim about it.
    const figures = await cypher<{ weight: number; metric: string; excerpt: string }>(
      driver,
      `MATCH (a)-[r:AMPLIFIES]->(t) WHERE t.id IN ['platform:la-coopol', 'org:ps'] RETURN r.weight AS weight, r.metric AS metric, r.excerpt AS excerpt`,
    );
    expect(figures.map((f) => f.weight)).toEqual(expect.arrayContaining([2704]));
    const audience = await cypher<{ value: string }>(
      driver,
      `MATCH (c:Claim)-[:ABOUT]->(:Platform {id: 'platform:la-coopol'}) WHERE c.predicate = 'registrations'
       RETURN c.value AS value`,
    );
    expect(audience.map((a) => a.value)).toEqual(['20000']);
  });

  it('who appointed whom in 2021', async () => {
    const rows = await cypher<{ by: string; who: string; date: string }>(
      driver,
      `MATCH (a)-[r:APPOINTED]->(p:Person) WHERE r.validFrom >= '2021-01-01' AND r.validFrom <= '2021-12-31'
       RETURN a.id AS by, p.id AS who, r.date AS date`,
    );
    expect(rows.map((r) => r.who).sort()).toEqual(['person:mohamed-benchaaboun', 'person:youssef-amrani']);
    expect(new Set(rows.map((r) => r.by))).toEqual(new Set(['person:mohammed-vi']));
  });

  it('finds names by alias and accent-folded, misspelled forms', async () => {
    const q = (lucene: string) =>
      cypher<{ id: string }>(
        driver,
        "CALL db.index.fulltext.queryNodes('entity_search', $q) YIELD node RETURN node.id AS id LIMIT 3",
        { q: lucene },
      );
    expect((await q('nkm'))[0]?.id).toBe('person:nathalie-kosciusko-morizet');
    expect((await q('kociusko~1'))[0]?.id).toBe('person:nathalie-kosciusko-morizet');
    expect((await q('frederic AND lefebvre'))[0]?.id).toBe('person:frederic-lefebvre');
    // « Les Créateurs de possibles », its accent folded by the index's analyzer.
    expect((await q('createurs AND possibles'))[0]?.id).toBe('platform:les-createurs-de-possibles');
  });
});
