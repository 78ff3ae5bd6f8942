/**
 * `npm run package`: `serverless package` (esbuild bundles + one zip per function + CloudFormation in
 * .serverless/), offline and without AWS credentials, then the size of each zip. Extra arguments go
 * to serverless, e.g. `npm run package -- --stage prod --param neo4jUri=neo4j+s://…`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import {
  formatMb,
  FUNCTIONS,
  isEntryOf,
  listZip,
  SERVERLESS_BIN,
  SLS_ENV,
  zipPath,
} from './lib/serverless.js';

const r = spawnSync(SERVERLESS_BIN, ['package', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, ...SLS_ENV },
});
if (r.status !== 0) process.exit(r.status ?? 1);

console.log('\nfunction   zip        unzipped   files  entry module');
for (const fn of FUNCTIONS) {
  const file = zipPath(fn);
  if (!existsSync(file)) {
    console.error(`${fn}: ${file} was not produced`);
    process.exit(1);
  }
  const buf = readFileSync(file);
  const entries = listZip(buf, file);
  const unzipped = entries.reduce((n, e) => n + e.size, 0);
  const entry = entries.find((e) => isEntryOf(fn)(e.name));
  console.log(
    `${fn.padEnd(10)} ${formatMb(buf.length).padEnd(10)} ${formatMb(unzipped).padEnd(10)} ` +
      `${String(entries.length).padEnd(6)} ${entry ? `${entry.name} ${formatMb(entry.size)}` : '(missing!)'}`,
  );
}
console.log('\nZips, CloudFormation templates: .serverless/');
