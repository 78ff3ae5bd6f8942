/**
 * Fixed statements: Cypher text that names its own variables, with fragments (./cypher-fragments.ts)
 * written into it. `statement` compiles every fragment of one statement in one builder environment,
 * so the variables the fragments create get names unique in the whole statement; the variables the
 * text names are passed to the fragments as named builder variables (`node('n')`, `param('window')`).
 */
import Cypher from '@neo4j/cypher-builder';
import type { Compilable } from './cypher-fragments.js';

type Part = Compilable | readonly Compilable[] | number;

/** The names the builder gives the variables it creates (`this3`, `var0`): the text must not use them. */
const BUILDER_NAME = /\b(?:this|var)\d+\b/;

export function statement(text: TemplateStringsArray, ...parts: Part[]): string {
  const clash = text.join(' ').match(BUILDER_NAME);
  if (clash)
    throw new Error(`a fixed statement names ${clash[0]}, a name the builder gives its own variables`);
  return new Cypher.Raw((ctx) => {
    const compile = (p: Part): string =>
      typeof p === 'number'
        ? String(p)
        : Array.isArray(p)
          ? (p as readonly Compilable[]).map(compile).join('\n')
          : ctx.compile(p as Compilable);
    return text.reduce((out, s, i) => out + compile(parts[i - 1]!) + s);
  }).build().cypher;
}

/** The variables and parameters a fixed statement names. */
export const node = (name: string) => new Cypher.NamedNode(name);
export const relationship = (name: string) => new Cypher.NamedRelationship(name);
export const variable = (name: string) => new Cypher.NamedVariable(name);
export const param = (name: string) => new Cypher.NamedParam(name);
