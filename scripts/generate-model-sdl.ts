/**
 * Writes what the model determines of the GraphQL schema and documents (src/data/model-sdl.ts):
 * src/generated/model.graphql and the RelationFields fragment; `--check` fails, naming the file, when
 * a committed one is stale. Run by `npm run codegen` before graphql-codegen, which reads them.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { MODEL_SDL_FILE, RELATION_FRAGMENT_FILE, modelSdl, relationFragment } from '../src/data/model-sdl.js';

const outputs: [string, string][] = [
  [MODEL_SDL_FILE, modelSdl()],
  [RELATION_FRAGMENT_FILE, relationFragment()],
];
const read = (file: string) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
};
if (process.argv.includes('--check')) {
  const stale = outputs.filter(([file, text]) => read(file) !== text).map(([file]) => file);
  if (stale.length) {
    console.error(`${stale.join(', ')} stale: run \`npm run codegen\` and commit.`);
    process.exit(1);
  }
} else {
  for (const [file, text] of outputs) writeFileSync(file, text);
  console.log(`Wrote ${outputs.map(([f]) => f).join(', ')}`);
}
