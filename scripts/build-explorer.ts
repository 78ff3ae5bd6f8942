/** `npm run explorer:build`: builds the explorer into explorer/dist/ and prints what it wrote. */
import { buildExplorer } from './lib/explorer-build.js';

const b = await buildExplorer();
console.log(`\nExplorer built in ${b.ms} ms:`);
for (const f of b.files)
  console.log(`  explorer/dist/${f.name.padEnd(40)} ${(f.bytes / 1024).toFixed(1).padStart(8)} kB`);
