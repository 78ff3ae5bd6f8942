/**
 * The Lambda functions never carry the NLP worker: bundling their handlers the way serverless-esbuild
 * does must not pull in the worker process, its first-use setup or the Python files.
 */
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

describe('Lambda bundles and the NLP worker', () => {
  it.each(['src/lambda/graphql.ts', 'src/lambda/invoke.ts'])(
    '%s does not import the worker or its setup',
    async (entry) => {
      const result = await build({
        entryPoints: [entry],
        bundle: true,
        platform: 'node',
        target: 'node20',
        format: 'cjs',
        write: false,
        metafile: true,
        logLevel: 'silent',
      });
      const inputs = Object.keys(result.metafile.inputs);
      expect(inputs).toContain('src/graphql/resolvers/ingest.ts');
      expect(inputs.filter((f) => /src\/ingest\/nlp\/(worker|setup|shared-worker)\.ts$/.test(f))).toEqual([]);
      expect(inputs.filter((f) => f.startsWith('nlp/'))).toEqual([]);
      const code = result.outputFiles[0]!.text;
      expect(code).not.toContain('worker.py');
      expect(code).not.toContain('requirements.sha256');
    },
  );
});
