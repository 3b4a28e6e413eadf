import { GENESIS_HASH } from '@mengyuan/domain';
import { checkpointBody, consistencyRanges, inclusionRanges, parseCheckpoint } from '@mengyuan/provenance';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '../../common/clock';
import { AllianceSigner } from '../../common/crypto/alliance-signer';
import { UnitOfWork } from '../../common/unit-of-work/unit-of-work';
import { AuditTree, Frontier, leafOf } from './audit-tree';
import { AUDIT_CHAIN_LOCK, AuditService, canonicalEvent, chainHash } from './audit.service';
import { AuditCheckpointEntity, AuditTreeNodeEntity } from './entities/audit-checkpoint.entity';
import { AuditEventEntity } from './entities/audit-event.entity';

const WALK_BATCH = 5000;
const WALK_COLUMNS = [
  'e.seq AS seq', 'e.type AS type', 'e.actor_user_id AS "actorUserId"', 'e.actor_email AS "actorEmail"', 'e.actor_api_key_id AS "actorApiKeyId"', 'e.organization_id AS "organizationId"',
  'e.subject_type AS "subjectType"', 'e.subject_id AS "subjectId"', 'e.payload AS payload', 'e.occurred_at AS "occurredAt"', 'e.prev_hash AS "prevHash"', 'e.hash AS hash', 'e.who_salt AS "whoSalt"',
];

export interface CheckpointView {
  treeSize: number;
  rootHash: string;
  headHash: string;
  note: string;
  createdAt: Date;
}

export interface ChainCheck {
  ok: boolean;
  /** FULL walks from the first event (and checks every checkpoint against it); INCREMENTAL from the last checkpoint. */
  full: boolean;
  /** The checkpoint the walk started from (its signature and tree checked first), null from the first event. */
  fromCheckpoint: number | null;
  checked: number;
  firstBrokenSeq: number | null;
  /** A checkpoint whose signature, root or head does not hold against the chain. */
  brokenCheckpoint: number | null;
  checkpointsChecked: number;
  /** The chain's length when the walk ended. */
  headSeq: number;
  ms: number;
}

export interface InclusionProofs {
  checkpoint: CheckpointView;
  proofs: { seq: number; path: string[] }[];
  consistency: { fromSize: number; path: string[] } | null;
}

interface Start {
  size: number;
  headHash: string;
  frontier: Frontier;
  checkpoint: number | null;
}

const view = (c: AuditCheckpointEntity): CheckpointView => ({ treeSize: Number(c.treeSize), rootHash: c.rootHash, headHash: c.headHash, note: c.note, createdAt: c.createdAt });

/**
 * Signed checkpoints of the audit chain (issues 18 and 24). A checkpoint is made (by a job every few minutes,
 * by an admin, or when a member asks for proofs of events past the last one) by walking the events since the
 * last checkpoint (links and hashes), growing the Merkle tree over them and signing its size, root and head
 * with the alliance's key. Verification starts from the last checkpoint whose signature, root and head hold,
 * so it reads a day's events, not the whole history; the full walk (admins) checks every event and every
 * checkpoint against it. Members get inclusion proofs of their slice against a checkpoint, and consistency
 * proofs from one they kept.
 */
@Injectable()
export class AuditCheckpointService {
  private readonly log = new Logger(AuditCheckpointService.name);

  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly audit: AuditService,
    private readonly signer: AllianceSigner,
    private readonly clock: Clock,
  ) {}

  private get em() {
    return this.txHost.tx;
  }

  /** The tree as a checkpoint saw it (its edge leaves kept with it). */
  private tree(c?: AuditCheckpointEntity): AuditTree {
    return new AuditTree(this.em, c && { size: Number(c.treeSize), leaves: c.edgeLeaves });
  }

  async latest(): Promise<CheckpointView | null> {
    const [row] = await this.em.getRepository(AuditCheckpointEntity).find({ order: { treeSize: 'DESC' }, take: 1 });
    return row ? view(row) : null;
  }

  async list(page: { offset: number; limit: number }): Promise<{ items: CheckpointView[]; totalCount: number }> {
    const [rows, totalCount] = await this.em.getRepository(AuditCheckpointEntity).findAndCount({ order: { treeSize: 'DESC' }, skip: page.offset, take: page.limit });
    return { items: rows.map(view), totalCount };
  }

  /** What a checkpoint's signed note says, if it is this key's and its signature holds (the columns beside it are not trusted). */
  private signed(c: AuditCheckpointEntity): { size: number; root: string; head: string } | null {
    if (!this.signer.verifyNote(c.note)) return null;
    const p = parseCheckpoint(c.note);
    if (p.size !== Number(c.treeSize)) return null;
    return { size: p.size, root: Buffer.from(p.root).toString('hex'), head: p.head };
  }

  /**
   * Where an incremental walk starts: the newest checkpoint, checked first — its signature, the tree's stored
   * right edge against its signed root, and its head event against its signed head. One that does not hold
   * is reported, never skipped.
   */
  private async start(): Promise<Start | { broken: number }> {
    const [c] = await this.em.getRepository(AuditCheckpointEntity).find({ order: { treeSize: 'DESC' }, take: 1 });
    if (!c) return { size: 0, headHash: GENESIS_HASH, frontier: new Frontier(0, []), checkpoint: null };
    const size = Number(c.treeSize);
    const s = this.signed(c);
    if (!s) return { broken: size };
    let frontier: Frontier;
    try {
      frontier = await this.tree(c).frontier(size);
    } catch {
      return { broken: size };
    }
    const head = await this.em.getRepository(AuditEventEntity).findOne({ where: { seq: String(size) }, select: { seq: true, hash: true } });
    if (frontier.root().toString('hex') !== s.root || head?.hash !== s.head) return { broken: size };
    return { size, headHash: s.head, frontier, checkpoint: size };
  }

  /** Walks the events after `from`, linking and hashing each and growing the tree; stops at the first that does not hold. */
  private async walk(from: Start, compare?: Map<number, string>): Promise<{ checked: number; firstBrokenSeq: number | null; brokenCheckpoint: number | null; headHash: string; compared: number }> {
    let expected = from.size + 1;
    let prevHash = from.headHash;
    let checked = 0;
    let compared = 0;
    for (;;) {
      // Plain rows, not entities (measured: hydrating 5,000 entities cost as much as hashing them).
      const batch = await this.em
        .getRepository(AuditEventEntity)
        .createQueryBuilder('e')
        .select(WALK_COLUMNS)
        .where('e.seq >= :from', { from: String(expected) })
        .orderBy('e.seq', 'ASC')
        .limit(WALK_BATCH)
        .getRawMany<AuditEventEntity>();
      for (const e of batch) {
        if (Number(e.seq) !== expected || e.prevHash !== prevHash || chainHash(e.prevHash, canonicalEvent(e)) !== e.hash) {
          return { checked, firstBrokenSeq: expected, brokenCheckpoint: null, headHash: prevHash, compared };
        }
        from.frontier.push(leafOf(e.hash));
        const root = compare?.get(expected);
        if (root !== undefined) {
          compared += 1;
          if (from.frontier.root().toString('hex') !== root) return { checked: checked + 1, firstBrokenSeq: null, brokenCheckpoint: expected, headHash: e.hash, compared };
        }
        prevHash = e.hash;
        expected += 1;
        checked += 1;
      }
      if (batch.length < WALK_BATCH) return { checked, firstBrokenSeq: null, brokenCheckpoint: null, headHash: prevHash, compared };
    }
  }

  /**
   * Verifies the chain: from the last checkpoint onward (default), or every event from the first and every
   * checkpoint against them (full). Chains what waits in the outbox first. Writes nothing else.
   */
  async verify(options: { full?: boolean } = {}): Promise<ChainCheck> {
    const t0 = performance.now();
    while ((await this.audit.flush()) > 0);
    const done = (r: Omit<ChainCheck, 'ms' | 'full'>): ChainCheck => ({ ...r, full: !!options.full, ms: Math.round(performance.now() - t0) });
    if (options.full) {
      const checkpoints = await this.em.getRepository(AuditCheckpointEntity).find({ order: { treeSize: 'ASC' } });
      const compare = new Map<number, string>();
      for (const c of checkpoints) {
        const s = this.signed(c);
        if (!s) return done({ ok: false, fromCheckpoint: null, checked: 0, firstBrokenSeq: null, brokenCheckpoint: Number(c.treeSize), checkpointsChecked: compare.size, headSeq: 0 });
        compare.set(s.size, s.root);
      }
      const w = await this.walk({ size: 0, headHash: GENESIS_HASH, frontier: new Frontier(0, []), checkpoint: null }, compare);
      const beyond = !w.firstBrokenSeq && !w.brokenCheckpoint ? checkpoints.find((c) => Number(c.treeSize) > w.checked) : undefined;
      return done({
        ok: !w.firstBrokenSeq && !w.brokenCheckpoint && !beyond, fromCheckpoint: null, checked: w.checked, firstBrokenSeq: w.firstBrokenSeq,
        brokenCheckpoint: w.brokenCheckpoint ?? (beyond ? Number(beyond.treeSize) : null), checkpointsChecked: w.compared, headSeq: w.checked,
      });
    }
    const start = await this.start();
    if ('broken' in start) return done({ ok: false, fromCheckpoint: start.broken, checked: 0, firstBrokenSeq: null, brokenCheckpoint: start.broken, checkpointsChecked: 1, headSeq: start.broken });
    const w = await this.walk(start);
    return done({
      ok: !w.firstBrokenSeq, fromCheckpoint: start.checkpoint, checked: w.checked, firstBrokenSeq: w.firstBrokenSeq, brokenCheckpoint: null,
      checkpointsChecked: start.checkpoint ? 1 : 0, headSeq: start.size + w.checked,
    });
  }

  /**
   * Makes a checkpoint of the whole chain as it stands (the outbox chained first, under the chain's lock so the
   * prefix is whole): the events since the last checkpoint are verified, the tree grown over them, and the new
   * size, root and head signed. Refuses (and logs) when the chain or the last checkpoint does not hold.
   * Answers the newest checkpoint (the same one when nothing was appended since).
   */
  @UnitOfWork()
  async checkpoint(): Promise<{ checkpoint: CheckpointView | null; check: ChainCheck | null }> {
    const t0 = performance.now();
    await this.em.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_CHAIN_LOCK]);
    while ((await this.audit.chainOutbox(1000)) > 0);
    const start = await this.start();
    const fail = (check: Omit<ChainCheck, 'ms' | 'full'>) => {
      this.log.error(`audit chain does not hold: no checkpoint made (${JSON.stringify(check)})`);
      return { checkpoint: null, check: { ...check, full: false, ms: Math.round(performance.now() - t0) } };
    };
    if ('broken' in start) return fail({ ok: false, fromCheckpoint: start.broken, checked: 0, firstBrokenSeq: null, brokenCheckpoint: start.broken, checkpointsChecked: 1, headSeq: start.broken });
    const w = await this.walk(start);
    if (w.firstBrokenSeq) return fail({ ok: false, fromCheckpoint: start.checkpoint, checked: w.checked, firstBrokenSeq: w.firstBrokenSeq, brokenCheckpoint: null, checkpointsChecked: 1, headSeq: start.size + w.checked });
    if (w.checked === 0) return { checkpoint: await this.latest(), check: null };
    const size = start.frontier.size;
    const root = start.frontier.root();
    const createdAt = this.clock.now();
    const note = this.signer.signNote(checkpointBody({ origin: this.signer.name, size, root: new Uint8Array(root), head: w.headHash, time: createdAt.toISOString() }));
    const nodes = start.frontier.created.map((n) => ({ level: n.level, idx: String(n.idx), hash: n.hash, leaves: n.leaves }));
    for (let i = 0; i < nodes.length; i += 1000) await this.em.getRepository(AuditTreeNodeEntity).insert(nodes.slice(i, i + 1000));
    const row = { treeSize: String(size), rootHash: root.toString('hex'), headHash: w.headHash, keyHash: this.signer.keyHash.toString('hex'), note, edgeLeaves: start.frontier.edge(), createdAt };
    await this.em.getRepository(AuditCheckpointEntity).insert(row);
    return { checkpoint: view(row as AuditCheckpointEntity), check: null };
  }

  /**
   * Inclusion proofs of events (by seq) against the newest checkpoint, made first when the newest does not
   * cover them all; and, given the size of a checkpoint the member kept, the proof that it is a prefix.
   * Events the checkpoint cannot cover (the chain does not hold past it) get no proof.
   */
  async proofs(seqs: number[], knownSize?: number | null): Promise<InclusionProofs | null> {
    const highest = Math.max(0, ...seqs);
    const newest = async () => (await this.em.getRepository(AuditCheckpointEntity).find({ order: { treeSize: 'DESC' }, take: 1 }))[0] ?? null;
    let row = await newest();
    if (!row || Number(row.treeSize) < highest) {
      await this.checkpoint();
      row = await newest();
    }
    if (!row) return null;
    const cp = view(row);
    const size = cp.treeSize;
    const covered = seqs.filter((s) => s >= 1 && s <= size);
    const ranges = covered.map((s) => inclusionRanges(s - 1, size));
    const consistencyAsked = knownSize && knownSize > 0 && knownSize <= size ? consistencyRanges(knownSize, size) : null;
    const all = await this.tree(row).ranges([...ranges.flat(), ...(consistencyAsked ?? [])]);
    const b64 = (b: Buffer) => b.toString('base64');
    let at = 0;
    const proofs = ranges.map((r, i) => ({ seq: covered[i], path: all.slice(at, (at += r.length)).map(b64) }));
    return { checkpoint: cp, proofs, consistency: consistencyAsked ? { fromSize: knownSize!, path: all.slice(at).map(b64) } : null };
  }
}
