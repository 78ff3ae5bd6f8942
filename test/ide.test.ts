import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { startApp, type App } from '../src/server/app.js';

describe('the GraphQL IDE', () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp(loadConfig(), createLogger('silent'), { port: 0 });
  });
  afterAll(() => app.close());

  it('is served with all its assets locally (works offline: no CDN)', async () => {
    const page = await (await fetch(`${app.url}/ide`)).text();
    const assets = [...page.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(assets.length).toBe(4);
    for (const a of assets) {
      expect(a.startsWith('/ide/assets/')).toBe(true);
      const res = await fetch(`${app.url}${a}`);
      expect(res.status).toBe(200);
      expect((await res.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    }
    expect(page).not.toMatch(/https?:\/\//);
  });

  it('is off when introspection is off (production)', async () => {
    const prod = await startApp(
      loadConfig({ ...process.env, AUTH_DEV_TOKENS: undefined, NODE_ENV: 'production' }),
      createLogger('silent'),
      { port: 0 },
    );
    try {
      expect((await fetch(`${prod.url}/ide`)).status).toBe(404);
    } finally {
      await prod.close();
    }
  });
});
