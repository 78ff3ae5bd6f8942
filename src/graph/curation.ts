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
import { claimIdBase, factIdBase, nthId, parseRelationId } from '../data/ids.js';
import { aliasIndexProps } from '../data/loader.js';
import { relationEndProblem, type NodeKind, type RelationStatus, type RelationType } from '../data/model.js';
import { RelationProps, type Evidence } from '../data/schema.js';
import { supportOf, supportProblem, type NamedEnd } from '../data/support.js';
import { pairKey, type DuplicateCandidateInput } from '../data/duplicates.js';
import {
  ARTICLE_TEXT,
  ATTACH_RELATIONSHIPS,
  AUDIT_LOG,
  CLAIM_ID_COUNT,
  CREATE_CLAIM,
  CREATE_ENTITY,
  CREATE_MERGE_RECORD,
  CREATE_REDIRECT,
  CREATE_RELATION,
  DELETE_NODE,
  FACTS_BETWEEN,
  DELETE_REDIRECT,
  DETACH_MOVED_RELATIONSHIPS,
  DUPLICATE_CANDIDATES,
  JUDGEMENTS,
  LATEST_MERGE,
  MARK_MERGE_UNDONE,
  MERGES_OF,
  RECORD_JUDGEMENT,
  REPOINT_CLAIMS_TO_NODE,
  RESTORE_PROPS,
  NODE_RELATIONSHIPS,
  NODE_STATE,
  RECORD_AUDIT,
  REPOINT_CLAIMS,
  RETRACT_RELATION,
  SET_ENTITY_PROPS,
  SET_RELATION_PROPS,
} from './curation-cypher.js';
import type { Page } from './records.js';
import type { CypherRunner, WriteTx } from './runner.js';

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
  mergedNode: string;
  relationships: string;
}

interface SnapshotRelationship {
  type: string;
  props: Record<string, unknown>;
  outgoing: boolean;
  other: string;
  otherId: string | null;
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

export class CurationRepository {
  constructor(private readonly runner: CypherRunner) {}

  async createEntity(editor: Editor, e: NewEntity): Promise<string> {
    return this.runner.write(async (tx) => {
      const at = new Date().toISOString();
      const s = await nodeState(tx, e.id);
      if (s.exists || s.redirected) throw new CurationError(`The id "${e.id}" is already taken`, 'id');
      for (const [i, ev] of e.evidence.entries()) await checkEvidence(tx, ev, `evidence.${i}`);
      const props = {
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
      await tx.run(CREATE_ENTITY, { id: e.id, kind: e.kind, props });
      await audit(tx, editor, at, 'createEntity', [e.id], e);
      return e.id;
    });
  }

  async updateEntity(editor: Editor, id: string, changes: Record<string, string>): Promise<void> {
    await this.runner.write(async (tx) => {
      const at = new Date().toISOString();
      const s = await requireExisting(tx, id, 'id');
      const props: Record<string, unknown> = { ...changes, updatedBy: editor.sub, updatedAt: at };
      if (changes.name)
        Object.assign(props, aliasIndexProps(changes.name, (s.props?.aliases as string[]) ?? []));
      await tx.run(SET_ENTITY_PROPS, { id, props });
      await audit(tx, editor, at, 'updateEntity', [id], { before: s.props, changes });
    });
  }

  async addAlias(editor: Editor, id: string, alias: string): Promise<void> {
    await this.runner.write(async (tx) => {
      const at = new Date().toISOString();
      const s = await requireExisting(tx, id, 'id');
      const aliases = [...((s.props?.aliases as string[]) ?? [])];
      if (aliases.includes(alias) || s.props?.name === alias) {
        throw new CurationError(`"${alias}" is already a name of ${id}`, 'alias');
      }
      aliases.push(alias);
      const props = {
        aliases,
        ...aliasIndexProps(String(s.props?.name ?? ''), aliases),
        updatedBy: editor.sub,
        updatedAt: at,
      };
      await tx.run(SET_ENTITY_PROPS, { id, props });
      await audit(tx, editor, at, 'addAlias', [id], { alias });
    });
  }

  /**
   * Adds a relation, or one more source to the same relation already in the graph (same type, ends
   * and details, dates that agree, not retracted): one fact, many sources. The excerpt must name both
   * ends, or the relation must be declared inferred with a basis.
   */
  async addRelation(editor: Editor, r: NewRelation): Promise<{ id: string; from: string }> {
    return this.runner.write(async (tx) => {
      const at = new Date().toISOString();
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
          updatedBy: editor.sub,
          updatedAt: at,
        };
        await tx.run(SET_RELATION_PROPS, { from: r.from, id: same.id, props });
        await audit(tx, editor, at, 'addRelation', [same.id, r.from, r.to], { ...r, addedSourceTo: same.id });
        return { id: same.id, from: r.from };
      }
      const id = nthId(base, existing.length + 1);
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
    });
  }

  async addClaim(
    editor: Editor,
    c: { subject: string; predicate: string; value: string; note?: string | undefined; evidence: Evidence },
  ): Promise<string> {
    return this.runner.write(async (tx) => {
      const at = new Date().toISOString();
      await requireExisting(tx, c.subject, 'subject');
      await checkEvidence(tx, c.evidence, 'evidence');
      const base = claimIdBase(c.subject, c.predicate, c.evidence.article);
      const [count] = (await tx.run<{ n: number }>(CLAIM_ID_COUNT, { subject: c.subject, base })).records;
      const id = nthId(base, (count?.n ?? 0) + 1);
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
      return id;
    });
  }

  async retractRelation(editor: Editor, id: string, reason: string): Promise<{ id: string; from: string }> {
    const parsed = parseRelationId(id);
    if (!parsed) throw new CurationError(`"${id}" is not a relation id`, 'id');
    return this.runner.write(async (tx) => {
      const at = new Date().toISOString();
      const done = await tx.run(RETRACT_RELATION, { from: parsed.from, id, at, by: editor.sub, reason });
      if (!done.records.length) throw new CurationError(`No relation with id "${id}"`, 'id', 'not-found');
      await audit(tx, editor, at, 'retractRelation', [id, parsed.from], { reason });
      return { id, from: parsed.from };
    });
  }

  /**
   * Moves every relationship and alias of `merged` onto `keep`, leaves a redirect for the merged id,
   * and snapshots both nodes and all moved relationships so the merge can be undone exactly.
   */
  async mergeEntities(editor: Editor, keep: string, merged: string, reason: string): Promise<string> {
    if (keep === merged) throw new CurationError('"merge" must differ from "keep"', 'merge');
    return this.runner.write(async (tx) => {
      const at = new Date().toISOString();
      const k = await requireExisting(tx, keep, 'keep');
      const m = await requireExisting(tx, merged, 'merge');
      if (k.kind !== m.kind) throw new CurationError(`Cannot merge a ${m.kind} into a ${k.kind}`, 'merge');
      const rels = (
        await tx.run<{
          type: string;
          props: Record<string, unknown>;
          outgoing: boolean;
          other: string;
          otherId: string | null;
        }>(NODE_RELATIONSHIPS, { id: merged })
      ).records;
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
      await tx.run(ATTACH_RELATIONSHIPS, { keep, rows: moving });
      const kProps = k.props ?? {};
      const mProps = m.props ?? {};
      const aliases = [
        ...new Set([
          ...((kProps.aliases as string[]) ?? []),
          String(mProps.name),
          ...((mProps.aliases as string[]) ?? []),
        ]),
      ].filter((a) => a !== kProps.name);
      const mergedFrom = [...((kProps.mergedFrom as string[]) ?? []), merged];
      await tx.run(SET_ENTITY_PROPS, {
        id: keep,
        props: {
          aliases,
          ...aliasIndexProps(String(kProps.name), aliases),
          mergedFrom,
          evidenceArticles: [
            ...((kProps.evidenceArticles as string[]) ?? []),
            ...((mProps.evidenceArticles as string[]) ?? []),
          ],
          evidenceExcerpts: [
            ...((kProps.evidenceExcerpts as string[]) ?? []),
            ...((mProps.evidenceExcerpts as string[]) ?? []),
          ],
          updatedBy: editor.sub,
          updatedAt: at,
        },
      });
      await tx.run(REPOINT_CLAIMS, { keep, merged });
      await tx.run(DELETE_NODE, { id: merged });
      await tx.run(CREATE_REDIRECT, { keep, merged, record, at });
      await audit(tx, editor, at, 'mergeEntities', [keep, merged, record], {
        reason,
        moved: moving.length,
        dropped: rels.length - moving.length,
      });
      return keep;
    });
  }

  /**
   * Undoes the latest merge of `merged`: restores the node and its relationships from the snapshot,
   * gives `keep` its pre-merge properties back and removes the redirect. Relationships added to
   * `keep` after the merge stay where they are.
   */
  async unmergeEntity(
    editor: Editor,
    merged: string,
    reason: string,
  ): Promise<{ keep: string; merged: string }> {
    return this.runner.write(async (tx) => {
      const at = new Date().toISOString();
      const [found] = (await tx.run<{ record: MergeRecordRow }>(LATEST_MERGE, { merged })).records;
      if (!found) throw new CurationError(`No merge of "${merged}" to undo`, 'id', 'not-found');
      const rec = found.record;
      await requireExisting(tx, rec.keep, 'id');
      const node = JSON.parse(rec.mergedNode) as { kind: NodeKind; props: Record<string, unknown> };
      const rels = (JSON.parse(rec.relationships) as SnapshotRelationship[]).map((r) => ({
        ...r,
        selfLoop: r.otherId === rec.keep,
      }));
      await tx.run(DELETE_REDIRECT, { id: merged });
      await tx.run(CREATE_ENTITY, { id: merged, kind: node.kind, props: node.props });
      const [restored] = (
        await tx.run<{ restored: number }>(DETACH_MOVED_RELATIONSHIPS, {
          keep: rec.keep,
          merged,
          rows: rels,
        })
      ).records;
      await tx.run(RESTORE_PROPS, {
        id: rec.keep,
        props: JSON.parse(rec.keepBefore) as Record<string, unknown>,
      });
      await tx.run(REPOINT_CLAIMS_TO_NODE, { id: merged });
      await tx.run(MARK_MERGE_UNDONE, { id: rec.id, at, by: editor.sub });
      await audit(tx, editor, at, 'unmergeEntity', [rec.keep, merged, rec.id], {
        reason,
        restored: restored?.restored ?? 0,
        snapshot: rels.length,
      });
      return { keep: rec.keep, merged };
    });
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
    return this.runner.write(async (tx) => {
      const at = new Date().toISOString();
      await requireExisting(tx, a, 'a');
      await requireExisting(tx, b, 'b');
      const [x, y] = a < b ? [a, b] : [b, a];
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
    });
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
