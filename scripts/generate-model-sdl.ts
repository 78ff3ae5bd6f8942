/**
 * Writes the model's part of the GraphQL schema (src/data/model-sdl.ts) to src/generated/model.graphql;
 * `--check` fails, naming the file, when the committed one is stale. Run by `npm run codegen` before
 * graphql-codegen, which reads it with schema/*.graphql.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { MODEL_SDL_FILE, modelSdl } from '../src/data/model-sdl.js';

const sdl = modelSdl();
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(MODEL_SDL_FILE, 'utf8');
  } catch {
    // missing: stale
  }
  if (current !== sdl) {
    console.error(`${MODEL_SDL_FILE} is stale: run \`npm run codegen\` and commit it.`);
    process.exit(1);
  }
} else {
  writeFileSync(MODEL_SDL_FILE, sdl);
  console.log(`Wrote ${MODEL_SDL_FILE}`);
}
