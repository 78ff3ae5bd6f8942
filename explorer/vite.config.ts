/**
 * Vite build of the explorer: explorer/index.html → explorer/dist/ (index.html + hashed assets).
 * Everything is bundled (Cytoscape included): the page loads nothing from elsewhere and works
 * offline. `npm run explorer:build` builds it; `npm start` and the tests rebuild it when stale.
 * VITE_GRAPHQL_URL (build time) points a static deployment at the API; default: same origin.
 */
import { defineConfig } from 'vite';

const root = decodeURIComponent(new URL('.', import.meta.url).pathname);

export default defineConfig({
  root,
  base: './',
  // No public/ directory and no .env files of its own: nothing implicit ends up in the bundle.
  publicDir: false,
  envDir: false,
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    // Cytoscape is about half a megabyte minified; one chunk is fine for a local tool.
    chunkSizeWarningLimit: 1000,
  },
  server: { fs: { allow: ['..'] } },
});
