/**
 * The hostile run at small size (bench/hostile: `npm run bench:hostile` sends 2,000): a production-mode
 * server in a child process, sent every kind of hostile request several times, 4 at a time. Nothing
 * gets a 5xx or no answer, the server survives, its memory stays bounded, and each attack is refused
 * the way it should be.
 */
import { describe, expect, it } from 'vitest';
import { runHostile } from '../bench/hostile/run.js';

describe('hostile requests against a production-mode server', () => {
  it(
    'refuses every attack with a coded 4xx: no crash, no 5xx, memory bounded',
    { timeout: 240_000 },
    async () => {
      const r = await runHostile({
        neo4jUri: process.env.NEO4J_URI!,
        requests: 240,
        concurrency: 4,
        seed: 7,
      });
      console.log(
        `hostile run: ${r.requests} requests in ${r.seconds.toFixed(1)} s; ${r.serverErrors} 5xx, ` +
          `${r.noAnswer} unanswered; peak RSS ${r.peakRssMb.toFixed(0)} MB (start ${r.baselineRssMb.toFixed(0)} MB)` +
          // Which kinds went unanswered, so a failure names its cause.
          r.kinds
            .filter((k) => k.answers['no answer'])
            .map((k) => `; no answer to "${k.kind}" ×${k.answers['no answer']}`)
            .join(''),
      );
      expect(r).toMatchObject({ serverErrors: 0, noAnswer: 0, crashed: false, aliveAfter: true });
      expect(r.peakRssMb).toBeLessThan(600);
      const answers = (kind: string) => Object.keys(r.kinds.find((k) => k.kind === kind)?.answers ?? {});
      for (const kind of [
        'nested pages by variables',
        'nested pages by defaults',
        'deep nesting',
        'alias bomb',
        'directive flood',
        'introspection',
      ])
        expect(answers(kind), kind).toEqual(['400 GRAPHQL_VALIDATION_FAILED']);
      expect(answers('token flood')).toEqual(['400 GRAPHQL_PARSE_FAILED']);
      expect(answers('2 MB chunked body')).toEqual(['413 BAD_REQUEST']);
      expect(answers('subscription')).toEqual(['400 BAD_REQUEST']);
      expect(answers('persisted query')).toEqual(['200 PERSISTED_QUERY_NOT_FOUND']);
      expect(answers('999 KB operation name')).toEqual(['400 OPERATION_RESOLUTION_FAILURE']);
      expect(answers('export, unknown operation')).toEqual(['400 OPERATION_RESOLUTION_FAILURE']);
      expect(answers('forged token on a mutation')).toEqual(['200 UNAUTHENTICATED']);
      // The heaviest requests the API accepts are answered.
      expect(answers('largest neighbourhood accepted')).toEqual(['200 -']);
      expect(answers('longest paths accepted')).toEqual(['200 -']);
    },
  );
});
