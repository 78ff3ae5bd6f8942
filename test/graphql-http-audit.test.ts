import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { startApp, type App } from '../src/server/app.js';

/** The GraphQL-over-HTTP spec audit (graphql-http) against the local server: every MUST passes. */
describe('GraphQL over HTTP compliance', () => {
  let app: App;
  let results: { id: string; name: string; status: string; reason: string }[] = [];
  beforeAll(async () => {
    app = await startApp(loadConfig(), createLogger('silent'), { port: 0 });
    const audits = serverAudits({ url: `${app.url}/graphql`, fetchFn: fetch });
    results = [];
    for (const audit of audits) {
      const r = await audit.fn();
      results.push({
        id: audit.id,
        name: audit.name,
        status: r.status,
        reason: 'reason' in r ? String(r.reason) : '',
      });
    }
  });
  afterAll(() => app.close());

  it('passes every MUST audit', () => {
    const must = results.filter((r) => r.name.startsWith('MUST'));
    expect(must.length).toBeGreaterThan(10);
    expect(must.filter((r) => r.status !== 'ok').map((r) => `${r.name}: ${r.reason}`)).toEqual([]);
    const should = results.filter((r) => r.name.startsWith('SHOULD'));
    console.log(
      `graphql-http audit: ${must.length} MUST ok; SHOULD ${should.filter((r) => r.status === 'ok').length}/${should.length} ok` +
        should
          .filter((r) => r.status !== 'ok')
          .map((r) => `\n  - ${r.name}`)
          .join(''),
    );
  });
});
