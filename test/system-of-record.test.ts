/**
 * The dataset (data/) and editors' changes live side by side: reloading data/ — what `npm run load`
 * and `npm start` do — applies the dataset's own changes and keeps every editor change; where both
 * changed the same value the editor's is kept and the load reports it. Afterwards the audit log
 * still describes the graph.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { loadDataset } from '../src/data/loader.js';
import { GraphRepository } from '../src/graph/repository.js';
import { createTestApi, type TestApi } from './support/api.js';
import { cypher } from './support/db.js';

const ARTICLE = 'article:les-createurs-de-possibles-a-la-fete';
const LANCAR = 'person:benjamin-lancar';
const ASSOULINE = 'person:david-assouline';
const BERTRAND = 'person:xavier-bertrand';
const LEFEBVRE = 'person:frederic-lefebvre';
const ROLE = 'HOLDS_ROLE:person:david-assouline>org:ps';

type Entry = { id: string; name: string; aliases?: string[]; description?: string };

/** A copy of data/ with the dataset's own changes: a description both sides changed, new aliases. */
function changedDataset(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'system-of-record-'));
  cpSync(path.resolve('data'), dir, { recursive: true });
  const file = path.join(dir, 'entities', 'people.yaml');
  const people = YAML.parse(readFileSync(file, 'utf8')) as Entry[];
  const at = (id: string) => people.find((p) => p.id === id)!;
  at(LANCAR).description = 'Description revised in the dataset.';
  at(ASSOULINE).aliases = [...(at(ASSOULINE).aliases ?? []), 'D. Assouline'];
  at(BERTRAND).description = 'Changed in the dataset after an editor merged him away.';
  writeFileSync(file, YAML.stringify(people));
  return dir;
}

describe('reloading data/ keeps editors’ changes', () => {
  let api: TestApi;
  let editor: string;
  const run = async <T>(query: string, variables: Record<string, unknown>) => {
    const r = await api.run<T>(query, variables, editor);
    expect(r.errors).toBeUndefined();
    return r.data!;
  };
  const node = async (id: string) =>
    (
      await cypher<{ props: Record<string, unknown> | null }>(
        api.driver,
        'OPTIONAL MATCH (n:Entity {id: $id}) RETURN properties(n) AS props',
        { id },
      )
    )[0]!.props;
  const relationsOf = async (id: string) =>
    (
      await cypher<{ ids: string[] }>(
        api.driver,
        'MATCH (:Entity {id: $id})-[r]-() WHERE r.id IS NOT NULL RETURN collect(r.id) AS ids',
        { id },
      )
    )[0]!.ids.sort();

  beforeAll(async () => {
    api = await createTestApi();
    editor = await api.token('record-editor');
  });
  afterAll(() => api.close());

  it('composes: editor edits, merges, relations and claims survive; dataset changes land; conflicts reported', async () => {
    // Editors' changes through the API.
    await run('mutation { addAlias(id: "person:david-assouline", alias: "Assouline (PS)") { id } }', {});
    await run(
      'mutation($d: String!) { updateEntity(id: "person:benjamin-lancar", input: { description: $d }) { id } }',
      { d: 'Description written by an editor.' },
    );
    await run(
      'mutation { updateEntity(id: "person:frederic-lefebvre", input: { name: "Frédéric Lefebvre (UMP)" }) { id } }',
      {},
    );
    await run(`mutation { retractRelation(id: "${ROLE}", reason: "test: disputed") { id } }`, {});
    const added = await run<{ addRelation: { id: string } }>(
      'mutation($input: AddRelationInput!) { addRelation(input: $input) { id } }',
      {
        input: {
          type: 'HOLDS_ROLE',
          from: ASSOULINE,
          to: 'org:ps',
          title: 'porte-parole (editor)',
          evidence: {
            article: ARTICLE,
            excerpt: 'David Assouline, secrétaire national à la communication du PS',
          },
        },
      },
    );
    await run('mutation($input: AddClaimInput!) { addClaim(input: $input) { predicate } }', {
      input: {
        subject: ASSOULINE,
        predicate: 'editorNote',
        value: 'kept across reloads',
        evidence: {
          article: ARTICLE,
          excerpt: 'David Assouline, secrétaire national à la communication du PS',
        },
      },
    });
    const bertrandRelations = await relationsOf(BERTRAND);
    expect(bertrandRelations.length).toBeGreaterThan(0);
    await run(
      `mutation { mergeEntities(keep: "${LEFEBVRE}", merge: "${BERTRAND}", reason: "test merge") { id } }`,
      {},
    );
    const lefebvreBefore = await relationsOf(LEFEBVRE);

    // The reload, with the dataset's own changes.
    const summary = await loadDataset(
      new GraphRepository(api.driver, api.config.NEO4J_DATABASE).runner,
      changedDataset(),
    );
    expect(summary.editors.overridden).toEqual([`${LANCAR}.description`]);
    expect(summary.editors.merged).toEqual([BERTRAND]);

    // The editor's value wins where both changed it; the dataset's other changes land beside the editor's.
    expect((await node(LANCAR))!.description).toBe('Description written by an editor.');
    const assouline = (await node(ASSOULINE))!;
    expect(assouline.aliases).toEqual(expect.arrayContaining(['D. Assouline', 'Assouline (PS)']));
    const lefebvre = (await node(LEFEBVRE))!;
    expect(lefebvre.name).toBe('Frédéric Lefebvre (UMP)');
    // The merge holds: no node under the merged id, its dataset relations stay on the kept node.
    expect(await node(BERTRAND)).toBeNull();
    expect(await relationsOf(LEFEBVRE)).toEqual(lefebvreBefore);
    expect(lefebvreBefore).toEqual(expect.arrayContaining(bertrandRelations));
    expect(lefebvre.aliases).toEqual(expect.arrayContaining(['Xavier Bertrand']));
    const [role] = await cypher<{ retractedBy: string | null }>(
      api.driver,
      'MATCH ()-[r:HOLDS_ROLE {id: $id}]->() RETURN r.retractedBy AS retractedBy',
      { id: ROLE },
    );
    expect(role?.retractedBy).toBe('record-editor');
    expect(await relationsOf(ASSOULINE)).toContain(added.addRelation.id);
    const claims = await cypher<{ n: number }>(
      api.driver,
      "MATCH (c:Claim {subject: $s, predicate: 'editorNote'}) RETURN count(c) AS n",
      { s: ASSOULINE },
    );
    expect(claims[0]?.n).toBe(1);

    // The audit log still describes the graph: every logged change is there.
    const log = await cypher<{ action: string; targets: string[]; details: string }>(
      api.driver,
      "MATCH (a:Audit) WHERE a.by = 'record-editor' RETURN a.action AS action, a.targets AS targets, a.details AS details",
    );
    expect(log).toHaveLength(7);
    for (const entry of log) {
      const details = JSON.parse(entry.details) as Record<string, unknown>;
      const [target] = entry.targets;
      if (entry.action === 'addAlias') expect((await node(target!))!.aliases).toContain(details.alias);
      if (entry.action === 'updateEntity') {
        const changes = details.changes as Record<string, string>;
        const now = (await node(target!))!;
        for (const [k, v] of Object.entries(changes)) expect(now[k]).toBe(v);
      }
      if (entry.action === 'retractRelation') {
        const [r] = await cypher<{ at: string | null }>(
          api.driver,
          'MATCH ()-[r {id: $id}]->() RETURN r.retractedAt AS at',
          { id: target },
        );
        expect(r?.at).toBeTruthy();
      }
      if (entry.action === 'addRelation') expect(await relationsOf(entry.targets[1]!)).toContain(target);
      if (entry.action === 'addClaim') {
        const [c] = await cypher<{ n: number }>(
          api.driver,
          'MATCH (c:Claim {id: $id}) RETURN count(c) AS n',
          {
            id: target,
          },
        );
        expect(c?.n).toBe(1);
      }
      if (entry.action === 'mergeEntities') expect(await node(entry.targets[1]!)).toBeNull();
    }

    // A second reload of the same data changes nothing more.
    const again = await loadDataset(
      new GraphRepository(api.driver, api.config.NEO4J_DATABASE).runner,
      changedDataset(),
    );
    expect(again.editors.overridden).toEqual([`${LANCAR}.description`]);
    expect((await node(ASSOULINE))!.aliases).toEqual(assouline.aliases);
  });
});
