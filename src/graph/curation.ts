/**
 * Curation writes. Each method is one executeWrite transaction that checks, writes and records an
 * audit entry; a failed check throws CurationError (→ BAD_USER_INPUT / NOT_FOUND) and writes nothing.
 */
import { randomUUID } from 'node:crypto';
import { normalizeWhitespace, type LoadedEntity } from '../data/dataset.js';
import { relationTime } from '../data/dates.js';
import {
  datesAgree,
  factDetails,
  morePrecise,
  sourceProps,
  storedSources,
  type RelationSource,
} from '../data/facts.js';
import { editedBase, evidenceKey, unmergedKeepProps } from '../data/compose.js';
import { claimIdBase, editorId, factIdBase, parseRelationId } from '../data/ids.js';
import { aliasIndexProps } from '../data/loader.js';
import { relationEndProblem, type NodeKind, type RelationStatus, type RelationType } from '../data/model.js';
import { RelationProps, type Evidence } from '../data/schema.js';
import { supportOf, supportProblem, type NamedEnd } from '../data/support.js';
import { pairKey, type DuplicateCandidateInput } from '../data/duplicates.js';
import {
  ARTICLE_TEXT,
  ATTACH_RELATIONSHIPS,
  AUDIT_LOG,
  CLAIM_IDS,
  CURRENT_NODE,
  CREATE_CLAIM,
  CREATE_ENTITY,
  CREATE_MERGE_RECORD,
  CREATE_REDIRECT,
  CREATE_RELATION,
  DELETE_NODE,
  FACTS_BETWEEN,
  DELETE_REDIRECT,
  MOVE_BACK_RELATIONSHIPS,
  MOVED_RELATIONSHIPS_STATE,
  DUPLICATE_CANDIDATES,
  JUDGEMENTS,
  LATEST_MERGE,
  MARK_MERGE_UNDONE,
  MARK_RETRACTIONS,
  MERGES_OF,
  RECORD_JUDGEMENT,
  REPOINT_CLAIMS_TO_NODE,
  RESTORE_PROPS,
  NODE_RELATIONSHIPS,
  NODE_STATE,
  RECORD_AUDIT,
  REPOINT_CLAIMS,
  RELATION_STATE,
  RETRACT_RELATION,
  SET_ENTITY_PROPS,
  SET_MERGE_RESULT,
  SET_RELATION_PROPS,
} from './curation-cypher.js';
import { CLAIMS_ABOUT, NODES_BY_IDS, RELATION_BY_ID } from './cypher.js';
import {
  CLAIM_IDEMPOTENT_WRITE,
  IDEMPOTENCY_PURGE_BATCH,
  IDEMPOTENCY_RETENTION_MS,
  PURGE_EXPIRED_IDEMPOTENT_WRITES,
  RECORD_IDEMPOTENT_ANSWER,
} from './idempotency.js';
import { lockKeys, nodeLock } from './locks.js';
import type { ClaimRecord, EntityRecord, Page, RelationRecord } from './records.js';
import { FUNCTIONAL_RELATIONS } from './repository.js';
import type { CypherRunner, WriteTx } from './runner.js';

/** Most aliases one node may carry: names, nicknames, misspellings — not a list of everything. */
export const MAX_ALIASES = 1000;

export const CURATION_ORIGIN = 'curation';

const definedOnly = (o: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null));

export class CurationError extends Error {
  constructor(
    message: string,
    readonly field: string,
    readonly kind: 'invalid' | 'not-found' = 'invalid',
  ) {
    super(message);
    this.name = 'CurationError';
  }
}

export interface Editor {
  sub: string;
}

interface MergeRecordRow {
  id: string;
  keep: string;
  merged: string;
  by: string;
  at: string;
  reason: string;
  undone: boolean;
  keepBefore: string;
  keepAfter: string;
  mergedNode: string;
  relationships: string;
}

/** A relationship of a merged node, its other end named by label and id (never by element id). */
interface SnapshotRelationship {
  type: string;
  props: Record<string, unknown>;
  outgoing: boolean;
  otherId: string | null;
  otherLabel: 'Entity' | 'Claim' | 'Redirect' | null;
}

/** What a write answers: the node, relation or claims as they are when the write commits. */
export interface WrittenNode {
  node: EntityRecord;
}
export interface WrittenClaims {
  node: EntityRecord;
  claims: ClaimRecord[];
  relations: RelationRecord[];
}

export interface MergeSummary {
  id: string;
  keep: string;
  merged: string;
  by: string;
  at: string;
  reason: string;
  undone: boolean;
  movedRelationships: number;
}

export interface Judgement {
  a: string;
  b: string;
  verdict: 'same' | 'different';
  by: string;
  at: string;
  note: string | null;
}

export interface AuditRecord {
  id: string;
  at: string;
  by: string;
  action: string;
  targets: string[];
  details: string;
}

interface NodeState {
  exists: boolean;
  redirected: boolean;
  kind: NodeKind | null;
  props: Record<string, unknown> | null;
}

async function nodeState(tx: WriteTx, id: string): Promise<NodeState> {
  const [row] = (await tx.run<NodeState & Record<string, unknown>>(NODE_STATE, { id })).records;
  return row ?? { exists: false, redirected: false, kind: null, props: null };
}

async function requireExisting(
  tx: WriteTx,
  id: string,
  field: string,
): Promise<NodeState & { kind: NodeKind }> {
  const s = await nodeState(tx, id);
  if (!s.exists || !s.kind) {
    throw new CurationError(
      s.redirected ? `"${id}" was merged into another node: use that node's id` : `No node with id "${id}"`,
      field,
      'not-found',
    );
  }
  return s as NodeState & { kind: NodeKind };
}

/** Checks that the excerpt occurs in the article (whitespace aside); returns the article's authors. */
async function checkEvidence(tx: WriteTx, evidence: Evidence, field: string): Promise<string[]> {
  const [row] = (await tx.run<{ text: string; authors: string[] }>(ARTICLE_TEXT, { id: evidence.article }))
    .records;
  if (!row)
    throw new CurationError(`No article with id "${evidence.article}"`, `${field}.article`, 'not-found');
  if (!normalizeWhitespace(row.text).includes(normalizeWhitespace(evidence.excerpt))) {
    throw new CurationError(`The excerpt does not occur in ${evidence.article}`, `${field}.excerpt`);
  }
  return row.authors;
}

/** What the support check needs of a stored node (its names and the passages that introduce it). */
function namedEndOf(id: string, s: NodeState & { kind: NodeKind }): NamedEnd {
  const p = s.props ?? {};
  const str = (v: unknown) => (typeof v === 'string' ? v : null);
  const articles = Array.isArray(p.evidenceArticles) ? (p.evidenceArticles as string[]) : [];
  const excerpts = Array.isArray(p.evidenceExcerpts) ? (p.evidenceExcerpts as string[]) : [];
  return {
    id,
    kind: s.kind,
    name: String(p.name ?? id),
    aliases: Array.isArray(p.aliases) ? (p.aliases as string[]) : [],
    handle: str(p.handle),
    url: str(p.url),
    anonymous: p.anonymous === true,
    passages: articles.map((article, i) => ({ article, excerpt: excerpts[i] ?? '' })),
  };
}

/** The type-specific details of a relation (RelationProps) and its figure, from stored properties. */
const DETAIL_KEYS = Object.keys(RelationProps.shape);
function detailsOf(props: Record<string, unknown>): { weight?: number; props: Record<string, unknown> } {
  const details = Object.fromEntries(DETAIL_KEYS.filter((k) => props[k] != null).map((k) => [k, props[k]]));
  return { ...(typeof props.weight === 'number' ? { weight: props.weight } : {}), props: details };
}

async function audit(
  tx: WriteTx,
  editor: Editor,
  at: string,
  action: string,
  targets: string[],
  details: unknown,
): Promise<void> {
  await tx.run(RECORD_AUDIT, { at, by: editor.sub, action, targets, details: JSON.stringify(details) });
}

/** An entity to create: the same shape the dataset loader reads. */
export type NewEntity = LoadedEntity;

export interface NewRelation {
  type: RelationType;
  from: string;
  to: string;
  /** Type-specific details (title, event, response…): the same relation has the same ones. */
  props: Record<string, unknown>;
  weight?: number | undefined;
  date?: string | undefined;
  start?: string | undefined;
  end?: string | undefined;
  status: RelationStatus;
  /** The excerpt does not name both ends by itself: `basis` says how the link is read. */
  inferred: boolean;
  basis?: string | undefined;
  evidence: Evidence;
}

/** Reads the answer of a write inside its transaction, so a committed write is reported as committed. */
async function writtenNode(tx: WriteTx, id: string): Promise<WrittenNode> {
  const [row] = (await tx.run<{ node: EntityRecord }>(NODES_BY_IDS, { ids: [id] })).records;
  if (!row) throw new Error(`node ${id} is missing from its own write`);
  return { node: row.node };
}

async function writtenRelation(tx: WriteTx, from: string, id: string): Promise<RelationRecord> {
  const [row] = (await tx.run<{ relation: RelationRecord }>(RELATION_BY_ID, { from, id })).records;
  if (!row) throw new Error(`relation ${id} is missing from its own write`);
  return row.relation;
}

async function writtenClaims(tx: WriteTx, id: string): Promise<WrittenClaims> {
  const { node } = await writtenNode(tx, id);
  const [row] = (
    await tx.run<{ claims: ClaimRecord[]; relations: RelationRecord[] }>(CLAIMS_ABOUT, {
      ids: [id],
      functional: FUNCTIONAL_RELATIONS,
    })
  ).records;
  return { node, claims: row?.claims ?? [], relations: row?.relations ?? [] };
}

/** The lowest editor id of `base` not yet taken (ids are only allocated under the node's lock). */
function freeEditorId(base: string, taken: readonly string[]): string {
  const used = new Set(taken);
  let n = 1;
  while (used.has(editorId(base, n))) n += 1;
  return editorId(base, n);
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? (v as string[]) : []);

export class CurationRepository {
  /**
   * `idempotencyKey`: the client's key for this write (scoped by the caller to the editor and the
   * field); the same key replays the first answer without writing again.
   */
  constructor(
    private readonly runner: CypherRunner,
    private readonly idempotencyKey?: string,
  ) {}

  /**
   * One write transaction: takes the locks, replays the answer stored under the idempotency key if
   * there is one, else runs `work` and stores its answer in the same transaction; `present` reads
   * what the client is told inside that transaction too.
   */
  private transaction<A, R>(
    operation: string,
    input: unknown,
    locks: readonly string[],
    work: (tx: WriteTx, at: string) => Promise<A>,
    present: (tx: WriteTx, answer: A) => Promise<R>,
  ): Promise<R> {
    return this.runner.write(async (tx) => {
      const now = Date.now();
      const at = new Date(now).toISOString();
      await lockKeys(tx, locks.map(nodeLock));
      const key = this.idempotencyKey;
      if (!key) return present(tx, await work(tx, at));
      const fingerprint = JSON.stringify([operation, input]);
      const expiredBefore = new Date(now - IDEMPOTENCY_RETENTION_MS).toISOString();
      const [row] = (
        await tx.run<{ fingerprint: string; answer: string | null }>(CLAIM_IDEMPOTENT_WRITE, {
          key,
          fingerprint,
          at,
          expiredBefore,
        })
      ).records;
      if (row?.fingerprint !== fingerprint) {
        throw new CurationError('this key was already used for a different write', 'Idempotency-Key');
      }
      if (row.answer != null) return present(tx, JSON.parse(row.answer) as A);
      const answer = await work(tx, at);
      await tx.run(RECORD_IDEMPOTENT_ANSWER, { key, answer: JSON.stringify(answer) });
      await tx.run(PURGE_EXPIRED_IDEMPOTENT_WRITES, { expiredBefore, batch: IDEMPOTENCY_PURGE_BATCH });
      return present(tx, answer);
    });
  }

  async createEntity(editor: Editor, e: NewEntity): Promise<WrittenNode> {
    return this.transaction(
      'createEntity',
      e,
      [e.id],
      async (tx, at) => {
        const s = await nodeState(tx, e.id);
        if (s.exists || s.redirected) throw new CurationError(`The id "${e.id}" is already taken`, 'id');
        for (const [i, ev] of e.evidence.entries()) await checkEvidence(tx, ev, `evidence.${i}`);
        const props: Record<string, unknown> = {
          ...e.props,
          id: e.id,
          origin: CURATION_ORIGIN,
          name: e.name,
          aliases: e.aliases,
          ...aliasIndexProps(e.name, e.aliases),
          ...(e.description ? { description: e.description } : {}),
          evidenceArticles: e.evidence.map((x) => x.article),
          evidenceExcerpts: e.evidence.map((x) => x.excerpt),
          createdBy: editor.sub,
          createdAt: at,
        };
        // Everything an editor created is the editor's, should the dataset later declare the same id.
        props.editedProps = Object.keys(props).filter((k) => !['id', 'origin', 'aliasText'].includes(k));
        props.editorAliases = e.aliases;
        await tx.run(CREATE_ENTITY, { id: e.id, kind: e.kind, props });
        await audit(tx, editor, at, 'createEntity', [e.id], e);
        return e.id;
      },
      writtenNode,
    );
  }

  async updateEntity(editor: Editor, id: string, changes: Record<string, string>): Promise<WrittenNode> {
    return this.transaction(
      'updateEntity',
      { id, changes },
      [id],
      async (tx, at) => {
        const s = await requireExisting(tx, id, 'id');
        const edited = [...new Set([...strings(s.props?.editedProps), ...Object.keys(changes)])];
        // The value each property had before an editor first set it: a reload tells from it whether
        // data/ changed the same value since (src/data/compose.ts).
        const base = editedBase(s.props ?? {});
        for (const k of Object.keys(changes)) if (!(k in base)) base[k] = s.props?.[k] ?? null;
        await tx.run(SET_ENTITY_PROPS, {
          id,
          props: {
            ...changes,
            ...(changes.name ? aliasIndexProps(changes.name, strings(s.props?.aliases)) : {}),
            editedProps: edited,
            editedBase: JSON.stringify(base),
            updatedBy: editor.sub,
            updatedAt: at,
          },
        });
        await audit(tx, editor, at, 'updateEntity', [id], { before: s.props, changes });
        return id;
      },
      writtenNode,
    );
  }

  async addAlias(editor: Editor, id: string, alias: string): Promise<WrittenNode> {
    return this.transaction(
      'addAlias',
      { id, alias },
      [id],
      async (tx, at) => {
        const s = await requireExisting(tx, id, 'id');
        const aliases = strings(s.props?.aliases);
        if (aliases.includes(alias) || s.props?.name === alias) {
          throw new CurationError(`"${alias}" is already a name of ${id}`, 'alias');
        }
        if (aliases.length >= MAX_ALIASES) {
          throw new CurationError(
            `${id} already has ${MAX_ALIASES} aliases, the most a node may carry`,
            'alias',
          );
        }
        const all = [...aliases, alias];
        const props = {
          aliases: all,
          ...aliasIndexProps(String(s.props?.name ?? ''), all),
          editorAliases: [...strings(s.props?.editorAliases), alias],
          updatedBy: editor.sub,
          updatedAt: at,
        };
        await tx.run(SET_ENTITY_PROPS, { id, props });
        await audit(tx, editor, at, 'addAlias', [id], { alias });
        return id;
      },
      writtenNode,
    );
  }

  /**
   * Adds a relation, or one more source to the same relation already in the graph (same type, ends
   * and details, dates that agree, not retracted): one fact, many sources. The excerpt must name both
   * ends, or the relation must be declared inferred with a basis.
   */
  async addRelation(editor: Editor, r: NewRelation): Promise<RelationRecord> {
    const refs = (['event', 'organization'] as const)
      .map((ref) => r.props[ref])
      .filter((v): v is string => typeof v === 'string');
    return this.transaction(
      'addRelation',
      r,
      [r.from, r.to, ...refs],
      async (tx, at) => {
        const from = await requireExisting(tx, r.from, 'from');
        const to = await requireExisting(tx, r.to, 'to');
        const problem = relationEndProblem(r.type, r.from, from.kind, r.to, to.kind);
        if (problem) throw new CurationError(problem, 'type');
        for (const ref of ['event', 'organization'] as const) {
          const v = r.props[ref];
          if (typeof v === 'string') await requireExisting(tx, v, ref);
        }
        const authors = await checkEvidence(tx, r.evidence, 'evidence');
        const support = supportOf(
          {
            article: r.evidence.article,
            from: r.from,
            to: r.to,
            excerpt: r.evidence.excerpt,
            inferred: r.inferred,
            basis: r.basis,
          },
          { from: namedEndOf(r.from, from), to: namedEndOf(r.to, to) },
          new Set(authors),
        );
        if (support.kind === 'unsupported')
          throw new CurationError(
            supportProblem(support.unnamed),
            support.unnamed.length ? 'evidence.excerpt' : 'basis',
          );
        const source: RelationSource = {
          article: r.evidence.article,
          excerpt: r.evidence.excerpt,
          status: r.status,
          date: r.date ?? r.start,
          inferred: r.inferred,
          basis: r.basis,
        };
        const base = factIdBase(r.type, r.from, r.to);
        const existing = (
          await tx.run<{ id: string; props: Record<string, unknown> }>(FACTS_BETWEEN, {
            from: r.from,
            to: r.to,
            type: r.type,
            base,
          })
        ).records;
        const details = factDetails({ weight: r.weight, props: r.props });
        const same = existing.find(
          (x) =>
            x.props.retractedAt == null &&
            factDetails(detailsOf(x.props)) === details &&
            (['date', 'start', 'end'] as const).every((k) =>
              datesAgree(x.props[k] as string | undefined, r[k]),
            ),
        );
        if (
          same &&
          storedSources(same.props).some((x) => x.article === source.article && x.excerpt === source.excerpt)
        ) {
          // The same source again (a retry, or two editors at once): nothing to write.
          return { id: same.id, from: r.from };
        }
        if (same) {
          const dates = {
            date: morePrecise(same.props.date as string | undefined, r.date),
            start: morePrecise(same.props.start as string | undefined, r.start),
            end: morePrecise(same.props.end as string | undefined, r.end),
          };
          // The primary source may change: its basis is rewritten by sourceProps, or dropped.
          const { basis: _previousBasis, ...kept } = same.props;
          void _previousBasis;
          const props = {
            ...kept,
            ...definedOnly(dates),
            ...sourceProps([...storedSources(same.props), source]),
            ...relationTime(r.type, dates),
            // Marks the source as the editor's, so a reload of the dataset keeps it (src/data/compose.ts).
            editorSourceKeys: [
              ...strings(same.props.editorSourceKeys),
              evidenceKey(source.article, source.excerpt),
            ],
            updatedBy: editor.sub,
            updatedAt: at,
          };
          await tx.run(SET_RELATION_PROPS, { from: r.from, id: same.id, props });
          await audit(tx, editor, at, 'addRelation', [same.id, r.from, r.to], {
            ...r,
            addedSourceTo: same.id,
          });
          return { id: same.id, from: r.from };
        }
        // Editors' ids (`~e1`, `~e2`…) never collide with the dataset's (`base`, `~2`…) on a reload.
        const id = freeEditorId(
          base,
          existing.map((x) => x.id),
        );
        const props = definedOnly({
          ...r.props,
          id,
          origin: CURATION_ORIGIN,
          weight: r.weight,
          date: r.date,
          start: r.start,
          end: r.end,
          ...sourceProps([source]),
          ...relationTime(r.type, r),
          createdBy: editor.sub,
          createdAt: at,
        });
        await tx.run(CREATE_RELATION, { from: r.from, to: r.to, type: r.type, props });
        await audit(tx, editor, at, 'addRelation', [id, r.from, r.to], r);
        return { id, from: r.from };
      },
      (tx, a) => writtenRelation(tx, a.from, a.id),
    );
  }

  async addClaim(
    editor: Editor,
    c: { subject: string; predicate: string; value: string; note?: string | undefined; evidence: Evidence },
  ): Promise<WrittenClaims> {
    return this.transaction(
      'addClaim',
      c,
      [c.subject],
      async (tx, at) => {
        await requireExisting(tx, c.subject, 'subject');
        await checkEvidence(tx, c.evidence, 'evidence');
        const base = claimIdBase(c.subject, c.predicate, c.evidence.article);
        const [taken] = (await tx.run<{ ids: string[] }>(CLAIM_IDS, { subject: c.subject, base })).records;
        const id = freeEditorId(base, taken?.ids ?? []);
        const props = {
          id,
          origin: CURATION_ORIGIN,
          subject: c.subject,
          predicate: c.predicate,
          value: c.value,
          ...(c.note ? { note: c.note } : {}),
          article: c.evidence.article,
          excerpt: c.evidence.excerpt,
          createdBy: editor.sub,
          createdAt: at,
        };
        await tx.run(CREATE_CLAIM, { subject: c.subject, props });
        await audit(tx, editor, at, 'addClaim', [id, c.subject], c);
        return c.subject;
      },
      writtenClaims,
    );
  }

  async retractRelation(editor: Editor, id: string, reason: string): Promise<RelationRecord> {
    const parsed = parseRelationId(id);
    if (!parsed) throw new CurationError(`"${id}" is not a relation id`, 'id');
    return this.transaction(
      'retractRelation',
      { id, reason },
      [parsed.from],
      async (tx, at) => {
        // The source may have been merged into another node: that node's lock guards the relation now.
        const [current] = (await tx.run<{ id: string | null }>(CURRENT_NODE, { id: parsed.from })).records;
        const from = current?.id;
        if (!from) throw new CurationError(`No relation with id "${id}"`, 'id', 'not-found');
        if (from !== parsed.from) await lockKeys(tx, [nodeLock(from)]);
        const [state] = (
          await tx.run<{ retractedBy: string | null; retractedAt: string | null; other: string }>(
            RELATION_STATE,
            {
              from,
              id,
            },
          )
        ).records;
        if (!state) throw new CurationError(`No relation with id "${id}"`, 'id', 'not-found');
        if (state.retractedAt) {
          throw new CurationError(`already retracted by ${state.retractedBy} at ${state.retractedAt}`, 'id');
        }
        // The other end is marked too (hasRetractions): its lock keeps a reload from unmarking it.
        await lockKeys(tx, [nodeLock(state.other)]);
        await tx.run(RETRACT_RELATION, { from, id, at, by: editor.sub, reason });
        await audit(tx, editor, at, 'retractRelation', [id, parsed.from], { reason });
        return { id, from };
      },
      (tx, a) => writtenRelation(tx, a.from, a.id),
    );
  }

  /**
   * Moves every relationship and alias of `merged` onto `keep`, leaves a redirect for the merged id,
   * and snapshots both nodes and all moved relationships (other ends by stable id) so the merge can be
   * undone exactly.
   */
  async mergeEntities(editor: Editor, keep: string, merged: string, reason: string): Promise<WrittenNode> {
    if (keep === merged) throw new CurationError('"merge" must differ from "keep"', 'merge');
    return this.transaction(
      'mergeEntities',
      { keep, merged, reason },
      [keep, merged],
      async (tx, at) => {
        const k = await requireExisting(tx, keep, 'keep');
        const m = await requireExisting(tx, merged, 'merge');
        if (k.kind !== m.kind) throw new CurationError(`Cannot merge a ${m.kind} into a ${k.kind}`, 'merge');
        const rels = (
          await tx.run<SnapshotRelationship & Record<string, unknown>>(NODE_RELATIONSHIPS, { id: merged })
        ).records;
        const unnamed = rels.find((r) => !r.otherId || !r.otherLabel);
        if (unnamed) throw new Error(`a ${unnamed.type} relationship of ${merged} has an end without an id`);
        const record = `merge:${randomUUID()}`;
        await tx.run(CREATE_MERGE_RECORD, {
          id: record,
          at,
          by: editor.sub,
          reason,
          keep,
          merged,
          keepBefore: JSON.stringify(k.props),
          mergedNode: JSON.stringify({ kind: m.kind, props: m.props }),
          relationships: JSON.stringify(rels),
        });
        // Relationships between the two nodes would become self-loops: they are dropped (and recorded).
        const moving = rels.filter((r) => r.otherId !== keep);
        // The merged node goes first, so each relationship's copy never shares its id with the original.
        await tx.run(DELETE_NODE, { id: merged });
        const [attached] = (
          await tx.run<{ attached: number }>(ATTACH_RELATIONSHIPS, { node: keep, rows: moving })
        ).records;
        if ((attached?.attached ?? 0) !== moving.length) {
          throw new Error(
            `merge of ${merged}: ${moving.length} relationships to move, ${attached?.attached} moved`,
          );
        }
        const kProps = k.props ?? {};
        const mProps = m.props ?? {};
        const aliases = [
          ...new Set([...strings(kProps.aliases), String(mProps.name), ...strings(mProps.aliases)]),
        ].filter((a) => a !== kProps.name);
        const brought = aliases.filter((a) => !strings(kProps.aliases).includes(a));
        const mArticles = strings(mProps.evidenceArticles);
        const mExcerpts = strings(mProps.evidenceExcerpts);
        await tx.run(SET_ENTITY_PROPS, {
          id: keep,
          props: {
            aliases,
            ...aliasIndexProps(String(kProps.name), aliases),
            editorAliases: [...new Set([...strings(kProps.editorAliases), ...brought])],
            mergedFrom: [...strings(kProps.mergedFrom), merged],
            ...(kProps.hasRetractions || mProps.hasRetractions ? { hasRetractions: true } : {}),
            evidenceArticles: [...strings(kProps.evidenceArticles), ...mArticles],
            evidenceExcerpts: [...strings(kProps.evidenceExcerpts), ...mExcerpts],
            editorEvidenceArticles: [...strings(kProps.editorEvidenceArticles), ...mArticles],
            editorEvidenceExcerpts: [...strings(kProps.editorEvidenceExcerpts), ...mExcerpts],
            updatedBy: editor.sub,
            updatedAt: at,
          },
        });
        await tx.run(REPOINT_CLAIMS, { keep, merged });
        await tx.run(CREATE_REDIRECT, { keep, merged, record, at });
        const after = await nodeState(tx, keep);
        await tx.run(SET_MERGE_RESULT, { id: record, keepAfter: JSON.stringify(after.props) });
        await audit(tx, editor, at, 'mergeEntities', [keep, merged, record], {
          reason,
          moved: moving.length,
          dropped: rels.length - moving.length,
        });
        return keep;
      },
      writtenNode,
    );
  }

  /**
   * Undoes the latest merge of `merged`: restores the node and its relationships (found by stable
   * ids), gives `keep` its pre-merge properties back (less nothing an editor changed since) and
   * removes the redirect. If any snapshotted relationship cannot be restored — its other end is gone,
   * or its copy no longer on `keep` — it refuses, naming them, and writes nothing.
   */
  async unmergeEntity(editor: Editor, merged: string, reason: string): Promise<[WrittenNode, WrittenNode]> {
    return this.transaction(
      'unmergeEntity',
      { merged, reason },
      [merged],
      async (tx, at) => {
        const [found] = (await tx.run<{ record: MergeRecordRow }>(LATEST_MERGE, { merged })).records;
        if (!found) throw new CurationError(`No merge of "${merged}" to undo`, 'id', 'not-found');
        const rec = found.record;
        await lockKeys(tx, [nodeLock(rec.keep)]);
        const keepNow = await requireExisting(tx, rec.keep, 'id');
        const node = JSON.parse(rec.mergedNode) as { kind: NodeKind; props: Record<string, unknown> };
        const rels = JSON.parse(rec.relationships) as SnapshotRelationship[];
        const moved = rels.filter((r) => r.otherId !== rec.keep);
        const between = rels.filter((r) => r.otherId === rec.keep);
        const state = (
          await tx.run<{
            otherId: string;
            type: string;
            relationId: string | null;
            otherFound: boolean;
            copyFound: boolean;
          }>(MOVED_RELATIONSHIPS_STATE, { keep: rec.keep, rows: moved })
        ).records;
        const missing = state
          .filter((x) => !x.otherFound || !x.copyFound)
          .map((x) =>
            !x.otherFound
              ? `${x.otherId} (the other end of a ${x.type}) no longer exists`
              : `${x.relationId ?? x.type} to ${x.otherId} is no longer on ${rec.keep}`,
          );
        if (missing.length) {
          throw new CurationError(
            `cannot restore everything the merge moved: ${missing.slice(0, 5).join('; ')}${missing.length > 5 ? ` (and ${missing.length - 5} more)` : ''}`,
            'id',
          );
        }
        await tx.run(DELETE_REDIRECT, { id: merged });
        await tx.run(CREATE_ENTITY, { id: merged, kind: node.kind, props: node.props });
        const [restored] = (
          await tx.run<{ restored: number }>(MOVE_BACK_RELATIONSHIPS, { keep: rec.keep, merged, rows: moved })
        ).records;
        if ((restored?.restored ?? 0) !== moved.length) {
          throw new Error(
            `un-merge of ${merged}: ${moved.length} relationships to restore, ${restored?.restored}`,
          );
        }
        await tx.run(ATTACH_RELATIONSHIPS, { node: merged, rows: between });
        await tx.run(RESTORE_PROPS, {
          id: rec.keep,
          props: unmergedKeepProps(
            keepNow.props ?? {},
            JSON.parse(rec.keepBefore) as Record<string, unknown>,
            JSON.parse(rec.keepAfter) as Record<string, unknown>,
            merged,
          ),
        });
        await tx.run(REPOINT_CLAIMS_TO_NODE, { id: merged });
        if (keepNow.props?.hasRetractions) await tx.run(MARK_RETRACTIONS, { ids: [rec.keep, merged] });
        await tx.run(MARK_MERGE_UNDONE, { id: rec.id, at, by: editor.sub });
        await audit(tx, editor, at, 'unmergeEntity', [rec.keep, merged, rec.id], {
          reason,
          restored: moved.length + between.length,
          snapshot: rels.length,
        });
        return { keep: rec.keep, merged };
      },
      async (tx, a) => [await writtenNode(tx, a.keep), await writtenNode(tx, a.merged)],
    );
  }

  async merges(id: string): Promise<MergeSummary[]> {
    const rows = await this.runner.read<{ record: MergeRecordRow }>(MERGES_OF, { id });
    return rows.map(({ record: r }) => ({
      id: r.id,
      keep: r.keep,
      merged: r.merged,
      by: r.by,
      at: r.at,
      reason: r.reason,
      undone: r.undone,
      movedRelationships: (JSON.parse(r.relationships) as SnapshotRelationship[]).filter(
        (x) => x.otherId !== r.keep,
      ).length,
    }));
  }

  async judgeDuplicate(
    editor: Editor,
    a: string,
    b: string,
    verdict: 'same' | 'different',
    note: string | null,
  ): Promise<Judgement> {
    if (a === b) throw new CurationError('"b" must differ from "a"', 'b');
    const [x, y] = a < b ? [a, b] : [b, a];
    return this.transaction(
      'judgeDuplicate',
      { a: x, b: y, verdict, note },
      [x, y],
      async (tx, at) => {
        await requireExisting(tx, a, 'a');
        await requireExisting(tx, b, 'b');
        const [row] = (
          await tx.run<{ judgement: Judgement }>(RECORD_JUDGEMENT, {
            key: pairKey(x, y),
            a: x,
            b: y,
            verdict,
            by: editor.sub,
            at,
            note,
          })
        ).records;
        await audit(tx, editor, at, 'judgeDuplicate', [x, y], { verdict, note });
        return row!.judgement;
      },
      async (_tx, j) => j,
    );
  }

  async judgements(limit: number): Promise<(Judgement & { key: string })[]> {
    const rows = await this.runner.read<{ judgement: Judgement & { key: string } }>(JUDGEMENTS, { limit });
    return rows.map((r) => r.judgement);
  }

  async duplicateCandidates(kinds: readonly string[] | null): Promise<DuplicateCandidateInput[]> {
    return this.runner.read<DuplicateCandidateInput & Record<string, unknown>>(DUPLICATE_CANDIDATES, {
      kinds,
    });
  }

  async auditLog(target: string | null, offset: number, first: number): Promise<Page<AuditRecord>> {
    const [row] = await this.runner.read<{ total: number; items: AuditRecord[] }>(AUDIT_LOG, {
      target,
      offset,
      first,
    });
    return { total: row?.total ?? 0, offset, items: row?.items ?? [] };
  }
}
