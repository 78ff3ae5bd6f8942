/**
 * The explorer in a real headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core)
 * against the local server and the test Neo4j: search with a typo, the actor page and its network,
 * an edge's evidence highlighted in the article, filters, conflicts, the path finder, amplifiers and
 * a GraphML export parsed back by the browser's XML parser. Every figure on screen is checked
 * against the API's own answer. Screenshots go to test/artifacts/ (git-ignored).
 *
 * Needs Chromium: scripts/install-chromium.sh (CI runs it).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as explorerQueries from '../explorer/src/queries.js';
import { ARTICLE_RELATIONS } from '../explorer/src/kinds.js';
import { loadConfig } from '../src/config.js';
import { RELATION_TYPES } from '../src/data/model.js';
import { typeDefs } from '../src/generated/type-defs.js';
import { createLogger } from '../src/logger.js';
import { startApp, type App } from '../src/server/app.js';
import { ensureExplorerBuilt } from '../scripts/lib/explorer-build.js';
import { createTestApi, type TestApi } from './support/api.js';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = path.resolve('test/artifacts');
/** What the explorer's network shows by default: every relation type but the articles' own. */
const DEFAULT_TYPES = RELATION_TYPES.filter((t) => !ARTICLE_RELATIONS.has(t));
const ws = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, ' ').trim();

// The few browser globals the functions run in the page use (this project's tsconfig has no DOM lib).
interface Point {
  x: number;
  y: number;
}
interface CyLike {
  nodes(): {
    length: number;
    some(
      f: (n: {
        renderedBoundingBox(o: object): { x1: number; x2: number; y1: number; y2: number };
      }) => boolean,
    ): boolean;
  };
  edges(): { length: number };
  getElementById(id: string): {
    renderedMidpoint(): Point;
    renderedSourceEndpoint(): Point;
    renderedTargetEndpoint(): Point;
  };
  container(): { getBoundingClientRect(): { left: number; top: number } } | null;
  zoom(): number;
  pan(): Point;
  /** Cytoscape's renderer; its hit test is what a click on the canvas selects. */
  renderer?(): {
    findNearestElement?(
      x: number,
      y: number,
      interactiveOnly: boolean,
      touch: boolean,
    ): { id?(): string } | undefined;
  };
}
interface XmlElement {
  textContent: string | null;
  getAttribute(name: string): string | null;
  querySelector(selector: string): XmlElement | null;
  getElementsByTagName(name: string): Iterable<XmlElement>;
}
declare const window: { __explorer?: { cy: CyLike | null } };
declare const DOMParser: new () => { parseFromString(text: string, type: string): XmlElement };

interface Neighbourhood {
  nodes: { id: string }[];
  edges: {
    id: string;
    type: string;
    source: { id: string };
    target: { id: string };
    evidence: { excerpt: string; article: { id: string; title: string } };
  }[];
}

describe('explorer operations', () => {
  it('every document the explorer sends is valid against the schema', () => {
    const schema = buildSchema(typeDefs);
    // Typed documents (String objects) generated from explorer/src/operations and the export documents.
    const documents = Object.entries(explorerQueries).filter(([, v]) => v instanceof String);
    expect(documents.length).toBeGreaterThanOrEqual(9);
    for (const [name, doc] of documents) {
      expect(validate(schema, parse(String(doc))).map((e) => `${name}: ${e.message}`)).toEqual([]);
    }
  });
});

// A real browser on a 2-core machine shared with the rest of the suite: generous, explicit timeouts.
describe('explorer in headless Chromium', { timeout: 120_000 }, () => {
  let app: App;
  let api: TestApi;
  let context: BrowserContext;
  let page: Page;
  let profile: string;
  const offsite: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`${CHROMIUM} is missing: run scripts/install-chromium.sh (apt-get install chromium)`);
    }
    mkdirSync(ARTIFACTS, { recursive: true });
    await ensureExplorerBuilt();
    // Server-side failures (internal errors, with their cause) reach the test output.
    app = await startApp(loadConfig(), createLogger('error'), { port: 0 });
    api = await createTestApi();
    profile = mkdtempSync(path.join(os.tmpdir(), 'explorer-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      acceptDownloads: true,
      viewport: { width: 1440, height: 900 },
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    // Offline proof: anything not served by the local server is refused and recorded.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(app.url) || url.startsWith('data:') || url.startsWith('blob:'))
        return route.continue();
      offsite.push(url);
      return route.abort();
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(90_000);
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') pageErrors.push(m.text());
    });
  }, 180_000);

  afterAll(async () => {
    await context?.close();
    await app?.close();
    await api?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  // Transitions finished (the evidence drawer slides in), so the picture shows the settled page.
  const shot = (name: string) =>
    page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), animations: 'disabled' });

  async function neighbourhood(variables: Record<string, unknown>): Promise<Neighbourhood> {
    const r = await api.run<{ neighbourhood: Neighbourhood }>(
      String(explorerQueries.NEIGHBOURHOOD_EXPORT),
      variables,
    );
    expect(r.errors).toBeUndefined();
    return r.data!.neighbourhood;
  }

  /**
   * Waits for the network to settle and returns its status line; a network that settled on an error
   * fails with the message the page shows (rather than waiting for a drawing that never comes). Every
   * change of filters marks the network not ready before it reloads (explorer/src/actor-view.ts), so
   * after an action this reads the drawing of that action, not the one before.
   */
  async function networkStatus(): Promise<string> {
    const settled = page.locator('[data-testid=network]:is([data-ready=true], [data-ready=error])');
    await settled.waitFor({ timeout: 45_000 });
    if ((await settled.getAttribute('data-ready')) === 'error') {
      const shown = await page.locator('.network-card .note-error').textContent();
      throw new Error(`the explorer showed an error: ${shown}`);
    }
    return (await page.getByTestId('network-status').textContent()) ?? '';
  }

  /**
   * Clicks an edge where Cytoscape draws it, like a reader would. The layout is a force layout from
   * random starting positions, so the midpoint may sit under a node or its label, or where another
   * edge crosses: candidate points along the curve that no node covers are tried in turn, those
   * Cytoscape's own hit test gives to this edge first, until the drawer opens on this edge. A click
   * that opened another edge's drawer closes it before the next point (the open drawer covers part
   * of the network, and stayed open into the next test when this was not done).
   */
  async function clickEdge(id: string): Promise<void> {
    const points = await page.evaluate((edgeId) => {
      const cy = window.__explorer?.cy;
      if (!cy) throw new Error('no network on screen');
      const edge = cy.getElementById(edgeId);
      const box = cy.container()!.getBoundingClientRect();
      const [p0, m, p2] = [
        edge.renderedSourceEndpoint(),
        edge.renderedMidpoint(),
        edge.renderedTargetEndpoint(),
      ];
      // The quadratic Bézier through both endpoints and the midpoint (a straight line when unbent).
      const c = { x: 2 * m.x - (p0.x + p2.x) / 2, y: 2 * m.y - (p0.y + p2.y) / 2 };
      const at = (t: number) => ({
        x: (1 - t) ** 2 * p0.x + 2 * t * (1 - t) * c.x + t ** 2 * p2.x,
        y: (1 - t) ** 2 * p0.y + 2 * t * (1 - t) * c.y + t ** 2 * p2.y,
      });
      const covered = (p: { x: number; y: number }) =>
        cy.nodes().some((n) => {
          const b = n.renderedBoundingBox({ includeLabels: true });
          return p.x >= b.x1 - 3 && p.x <= b.x2 + 3 && p.y >= b.y1 - 3 && p.y <= b.y2 + 3;
        });
      // What a click there would select, by the renderer's hit test (model coordinates).
      const renderer = cy.renderer?.();
      const [zoom, pan] = [cy.zoom(), cy.pan()];
      const selects = (p: { x: number; y: number }) =>
        renderer?.findNearestElement?.((p.x - pan.x) / zoom, (p.y - pan.y) / zoom, true, false)?.id?.() ===
        edgeId;
      const free = [0.5, 0.4, 0.6, 0.3, 0.7, 0.35, 0.65, 0.25, 0.75].map(at).filter((p) => !covered(p));
      return [...free.filter(selects), ...free.filter((p) => !selects(p))].map((p) => ({
        x: box.left + p.x,
        y: box.top + p.y,
      }));
    }, id);
    expect(points.length).toBeGreaterThan(0);
    for (const p of points) {
      await page.mouse.click(p.x, p.y);
      const opened = await page
        .locator(`#drawer.open[data-key="${id}"]`)
        .waitFor({ timeout: 1500 })
        .then(() => true)
        .catch(() => false);
      if (opened) return;
      if (await page.locator('#drawer.open').count()) {
        await page.keyboard.press('Escape');
        await page.locator('#drawer.open').waitFor({ state: 'detached' });
      }
    }
    throw new Error(`no visible point of edge ${id} opened its evidence`);
  }

  it('serves the page and its bundled assets from the local server only', async () => {
    const res = await page.goto(`${app.url}/`);
    expect(res?.status()).toBe(200);
    expect(res?.headers()['content-security-policy']).toContain("default-src 'self'");
    await page.locator('main[data-ready=true]').waitFor();
    const html = await (await fetch(`${app.url}/`)).text();
    expect(html).not.toMatch(/https?:\/\//);
    await page.locator('.stats', { hasText: /\d+ nodes · \d+ relations/ }).waitFor({ timeout: 15_000 });
  });

  it('finds an actor from a misspelled name and opens its page', async () => {
    await page.getByTestId('home-search').fill('benkiran');
    const option = page.locator('.search-option[data-id="person:abdelilah-benkirane"]');
    await option.waitFor();
    expect(await option.textContent()).toContain('Abdelilah Benkirane');
    await shot('01-search-typo');
    await option.click();
    await page.waitForURL(/#\/actor\/person%3Aabdelilah-benkirane/);
    expect(await page.getByTestId('actor-name').textContent()).toBe('Abdelilah Benkirane');
    expect(await page.getByTestId('aliases').textContent()).toContain('Benkirane');
    expect(await page.getByTestId('roles').textContent()).toContain(
      'Parti de la justice et du développement',
    );
    expect(await page.getByTestId('roles').textContent()).toContain('secrétaire général');
    expect(await page.getByTestId('accounts').textContent()).toContain('Page Facebook');
    expect(await page.getByTestId('events').textContent()).toContain('Déjeuner de Benkirane');
  });

  it('draws the neighbourhood the API returns, and an edge click shows its excerpt highlighted in the article', async () => {
    const expected = await neighbourhood({
      id: 'person:abdelilah-benkirane',
      depth: 1,
      relationTypes: DEFAULT_TYPES,
    });
    expect(await networkStatus()).toBe(`${expected.nodes.length} nodes · ${expected.edges.length} relations`);
    const drawn = await page.evaluate(() => ({
      nodes: window.__explorer!.cy!.nodes().length,
      edges: window.__explorer!.cy!.edges().length,
    }));
    expect(drawn).toEqual({ nodes: expected.nodes.length, edges: expected.edges.length });
    await shot('02-actor-network');

    const edge = expected.edges.find((e) => e.type === 'HOLDS_ROLE' && e.target.id === 'org:pjd');
    expect(edge).toBeDefined();
    await clickEdge(edge!.id);
    const drawer = page.locator('#drawer.open');
    await drawer.waitFor();
    expect(await drawer.getAttribute('data-key')).toBe(edge!.id);
    const mark = page.getByTestId('excerpt-mark');
    await mark.waitFor();
    expect(ws((await mark.textContent()) ?? '')).toBe(ws(edge!.evidence.excerpt));
    expect(await page.getByTestId('article-title').textContent()).toBe(edge!.evidence.article.title);
    expect(await page.getByTestId('article-source').textContent()).toContain('TelQuel');
    // The excerpt stands inside the full text, not alone.
    const full = (await page.getByTestId('article-text').textContent()) ?? '';
    expect(full.length).toBeGreaterThan(ws(edge!.evidence.excerpt).length * 5);
    expect(await mark.isVisible()).toBe(true);
    await shot('03-edge-evidence');
    await page.keyboard.press('Escape');
    await page.locator('#drawer.open').waitFor({ state: 'detached', timeout: 15_000 });
  });

  it('filters the network by relation type and dates, as the API does', async () => {
    await page.locator('.type-chip[data-type=INVITED] input').uncheck();
    const withoutInvited = await neighbourhood({
      id: 'person:abdelilah-benkirane',
      depth: 1,
      relationTypes: DEFAULT_TYPES.filter((t) => t !== 'INVITED'),
    });
    expect(await networkStatus()).toBe(
      `${withoutInvited.nodes.length} nodes · ${withoutInvited.edges.length} relations`,
    );
    expect(page.url()).toContain('types=');

    await page.getByTestId('since').fill('2015-06');
    await page.getByTestId('until').fill('2015-06');
    await page.getByTestId('undated').uncheck();
    const dated = await neighbourhood({
      id: 'person:abdelilah-benkirane',
      depth: 1,
      relationTypes: DEFAULT_TYPES.filter((t) => t !== 'INVITED'),
      since: '2015-06',
      until: '2015-06',
      includeUndated: false,
    });
    expect(dated.edges.length).toBeLessThan(withoutInvited.edges.length);
    // Unchecking "keep undated" applies both dates at once: one reload.
    expect(await networkStatus()).toBe(`${dated.nodes.length} nodes · ${dated.edges.length} relations`);
  });

  it('exports the subgraph on screen as GraphML that parses back to the API neighbourhood', async () => {
    await page.goto(`${app.url}/#/actor/org%3Apjd?depth=2`);
    const expected = await neighbourhood({ id: 'org:pjd', depth: 2, relationTypes: DEFAULT_TYPES });
    expect(await networkStatus()).toBe(`${expected.nodes.length} nodes · ${expected.edges.length} relations`);
    await shot('04-network-depth-2');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-export=graphml]'),
    ]);
    expect(download.suggestedFilename()).toBe('neighbourhood-org-pjd-depth2.graphml');
    const xml = readFileSync((await download.path())!, 'utf8');
    // The browser's own XML parser reads it back: well-formed, and the same graph as the API's.
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const data = (el: XmlElement, key: string) =>
        el.querySelector(`data[key="${key}"]`)?.textContent ?? null;
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        nodes: [...doc.getElementsByTagName('node')].map((n) => ({
          id: n.getAttribute('id'),
          kind: data(n, 'kind'),
        })),
        edges: [...doc.getElementsByTagName('edge')].map((e) => ({
          id: e.getAttribute('id'),
          type: data(e, 'e_type'),
          excerpt: data(e, 'e_excerpt'),
          article: data(e, 'e_article'),
        })),
      };
    }, xml);
    expect(parsed.error).toBeNull();
    expect(parsed.nodes.map((n) => n.id).sort()).toEqual(expected.nodes.map((n) => n.id).sort());
    expect(parsed.edges.map((e) => e.id).sort()).toEqual(expected.edges.map((e) => e.id).sort());
    expect(parsed.nodes.every((n) => n.kind)).toBe(true);
    expect(parsed.edges.every((e) => e.type && e.excerpt && e.article)).toBe(true);

    // The route the "Reproduce" box shows gives the same file.
    await page.locator('.reproduce summary').click();
    const route = ((await page.locator('.reproduce code').first().textContent()) ?? '').replace(/^GET /, '');
    const viaRoute = await (await fetch(`${app.url}${route}`)).text();
    expect(viaRoute).toBe(xml);
  });

  it('shows conflicting claims with both values and both sources', async () => {
    await page.goto(`${app.url}/#/actor/platform%3Ales-createurs-de-possibles`);
    const conflicts = page.getByTestId('conflicts');
    await conflicts.waitFor();
    const r = await api.run<{
      claims: { predicate: string; values: { value: string; evidence: { article: { title: string } } }[] }[];
    }>(String(explorerQueries.CONFLICTS), { id: 'platform:les-createurs-de-possibles' });
    // The planned launch: mid-November 2009 says the author, October says the Canard enchaîné he quotes.
    const venue = r.data!.claims.find((c) => c.predicate === 'plannedLaunchDate');
    expect(venue?.values.length).toBe(2);
    const card = conflicts.locator('.conflict[data-predicate=plannedLaunchDate]');
    expect(await card.locator('.claim').count()).toBe(2);
    const text = (await card.textContent()) ?? '';
    for (const v of venue!.values) {
      expect(text).toContain(v.value);
      expect(text).toContain(v.evidence.article.title);
    }
    // Two values that exclude each other.
    expect(new Set(venue!.values.map((v) => v.value)).size).toBe(2);
    await shot('05-conflicts');
  });

  it('finds and draws the path between two actors, each hop with its evidence', async () => {
    await page.goto(`${app.url}/#/path`);
    await page.getByTestId('path-from').fill('loubna');
    await page.locator('.search-option[data-id="person:loubna-el-meskine"]').click();
    await page.getByTestId('path-to').fill('PJD');
    await page.locator('.search-option[data-id="org:pjd"]').first().click();
    await page.locator('[data-testid=path-graph][data-ready=true]').waitFor();
    const r = await api.run<{
      connection: { length: number; hops: { relation: { id: string; evidence: { excerpt: string } } }[] }[];
    }>(String(explorerQueries.CONNECTION_EXPORT), {
      from: 'person:loubna-el-meskine',
      to: 'org:pjd',
      maxHops: 4,
    });
    const paths = r.data!.connection;
    expect(await page.getByTestId('path').count()).toBe(paths.length);
    const hops = page.locator('.hop');
    expect(await hops.count()).toBe(paths.reduce((n, p) => n + p.length, 0));
    const first = paths[0]!.hops[0]!.relation;
    expect(ws((await hops.first().locator('blockquote').textContent()) ?? '')).toBe(
      ws(first.evidence.excerpt),
    );
    expect(await page.evaluate(() => window.__explorer!.cy!.edges().length)).toBe(
      new Set(paths.flatMap((p) => p.hops.map((h) => h.relation.id))).size,
    );
    await clickEdge(first.id);
    await page.getByTestId('excerpt-mark').waitFor();
    expect(ws((await page.getByTestId('excerpt-mark').textContent()) ?? '')).toBe(ws(first.evidence.excerpt));
    await shot('06-path');
    await page.keyboard.press('Escape');
  });

  it('ranks the amplifiers of a party network as bars', async () => {
    await page.goto(`${app.url}/#/amplifiers/platform%3Ales-createurs-de-possibles`);
    await page.getByTestId('amplifier').first().waitFor();
    const r = await api.run<{
      amplifiers: { totalCount: number; edges: { other: { id: string }; node: { weight: number | null } }[] };
    }>(String(explorerQueries.AMPLIFIERS), { of: 'platform:les-createurs-de-possibles', first: 100 });
    const rows = page.getByTestId('amplifier');
    expect(await rows.count()).toBe(r.data!.amplifiers.totalCount);
    const weights = await rows.evaluateAll((els) =>
      els.map((e) => Number((e as unknown as { dataset: Record<string, string> }).dataset.weight)),
    );
    expect(weights).toEqual(r.data!.amplifiers.edges.map((e) => e.node.weight));
    expect([...weights].sort((a, b) => b - a)).toEqual(weights);
    // The widest bar is the largest figure.
    const widths = await page
      .locator('.bar')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width));
    expect(Math.max(...widths)).toBe(widths[0]);
    await shot('07-amplifiers');
  });

  it('retries a blinking API by itself, and offers a retry when it stays down', async () => {
    // Faults are injected between the page and the real server: the next `failures` requests get a
    // 503 without a GraphQL body, as a load balancer in front of a restarting API would answer.
    let failures = 1;
    await page.route('**/graphql', (route) =>
      failures-- > 0 ? route.fulfill({ status: 503, body: 'restarting' }) : route.fallback(),
    );
    const errorsBefore = pageErrors.length;
    try {
      await page.goto(`${app.url}/#/actor/org%3Apjd?depth=1`);
      const depth1 = await neighbourhood({ id: 'org:pjd', depth: 1, relationTypes: DEFAULT_TYPES });
      expect(await networkStatus()).toBe(`${depth1.nodes.length} nodes · ${depth1.edges.length} relations`);
      expect(failures).toBeLessThan(0);

      failures = Number.POSITIVE_INFINITY;
      await page.locator('button.seg[data-depth="2"]').click();
      const failed = page.locator('[data-testid=network][data-ready=error]');
      await failed.waitFor({ timeout: 30_000 });
      expect(await page.locator('.network-card .note-error').textContent()).toMatch(/unavailable/);

      failures = 0;
      await page.locator('.network-card').getByRole('button', { name: 'Retry' }).click();
      const depth2 = await neighbourhood({ id: 'org:pjd', depth: 2, relationTypes: DEFAULT_TYPES });
      expect(depth2.nodes.length).toBeGreaterThan(depth1.nodes.length);
      expect(await networkStatus()).toBe(`${depth2.nodes.length} nodes · ${depth2.edges.length} relations`);
      expect(page.url()).toContain('depth=2');
    } finally {
      await page.unroute('**/graphql');
      // The browser reports each injected 503 on its console; those are this test's own doing.
      const injected = pageErrors.splice(errorsBefore).filter((e) => !/503/.test(e));
      pageErrors.push(...injected);
    }
  });

  it('finds passages from the search box, lists every article, and draws the corpus timeline', async () => {
    const ready = (view: string) => page.locator(`#view[data-view=${view}][data-ready=true]`).waitFor();
    // The search box also finds passages: who said « excès de zèle »?
    await page.goto(`${app.url}/#/`);
    await page.getByTestId('home-search').fill('excès de zèle');
    await page.getByTestId('home-search-passages').click();
    await ready('passages');
    const passages = await api.run<{
      passages: { edges: { node: { text: string; article: { id: string } } }[] };
    }>(String(explorerQueries.PASSAGES), { text: 'excès de zèle', first: 30 });
    const shown = page.getByTestId('passages-list').locator('li.passage');
    expect(await shown.count()).toBe(passages.data!.passages.edges.length);
    expect(await shown.first().locator('blockquote').textContent()).toBe(
      passages.data!.passages.edges[0]!.node.text,
    );
    expect(await shown.first().locator('[data-relation]').count()).toBeGreaterThan(0);
    await shot('09-passages');

    // All articles, then filtered by outlet through the form.
    await page.goto(`${app.url}/#/articles`);
    await ready('articles');
    const all = await api.run<{
      articles: { totalCount: number; edges: { node: { article: { id: string } } }[] };
    }>(String(explorerQueries.ARTICLES), { first: 100 });
    const ids = async () =>
      page
        .getByTestId('articles-list')
        .locator('li')
        .evaluateAll((l) => l.map((e) => e.getAttribute('data-id')));
    expect(await ids()).toEqual(all.data!.articles.edges.map((e) => e.node.article.id));
    await page.getByTestId('articles-outlet').fill('telquel');
    await page.getByTestId('articles-filter').locator('button').click();
    await page.waitForURL(/outlet=telquel/);
    await ready('articles');
    const telquel = await api.run<{ articles: { edges: { node: { article: { id: string } } }[] } }>(
      String(explorerQueries.ARTICLES),
      { filter: { outlet: 'telquel' }, first: 100 },
    );
    expect(telquel.data!.articles.edges.length).toBeGreaterThan(0);
    expect(telquel.data!.articles.edges.length).toBeLessThan(all.data!.articles.edges.length);
    expect(await ids()).toEqual(telquel.data!.articles.edges.map((e) => e.node.article.id));
    await shot('10-articles');

    // The corpus timeline of January 2010, as the API gives it.
    await page.goto(`${app.url}/#/timeline?since=2010-01&until=2010-01`);
    await ready('timeline');
    const timeline = await api.run<{ timeline: { relation: { id: string } }[] }>(
      String(explorerQueries.CORPUS_TIMELINE),
      {
        when: { since: '2010-01', until: '2010-01', includeUndated: false },
        limit: 500,
      },
    );
    expect(timeline.data!.timeline.length).toBeGreaterThan(0);
    const drawn = await page
      .getByTestId('corpus-timeline')
      .locator('li')
      .evaluateAll((l) => l.map((e) => e.getAttribute('data-id')));
    expect(drawn).toEqual(timeline.data!.timeline.map((t) => t.relation.id));
    await shot('11-corpus-timeline');
  });

  it('loaded nothing from elsewhere and raised no page errors', () => {
    expect(offsite).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
