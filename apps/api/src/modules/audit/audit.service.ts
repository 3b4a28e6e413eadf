import { hash, randomBytes } from 'node:crypto';
import { GENESIS_HASH, type SubjectType } from '@mengyuan/domain';
import { TransactionHost } from '@nestjs-cls/transactional';
import { Injectable } from '@nestjs/common';
import { canonicalPublic, canonicalV1, whoText } from '@mengyuan/provenance';
import { Clock } from '../../common/clock';
import { DeferredWrites } from '../../common/events/deferred-writes';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AuditEventEntity } from './entities/audit-event.entity';
import { UnitOfWork } from '../../common/unit-of-work/unit-of-work';

/** Serialises appends so each event links to the one before it (checkpoints take it too, to see a whole prefix). */
export const AUDIT_CHAIN_LOCK = 727_100;

export interface AuditInput {
  type: string;
  actorUserId?: string | null;
  actorEmail?: string | null;
  actorApiKeyId?: string | null;
  organizationId?: string | null;
  subjectType?: SubjectType | null;
  subjectId?: string | null;
  payload?: Record<string, unknown>;
}

/** One link of the chain as other modules read it (the entity stays inside this module). */
export interface ChainLink {
  seq: string;
  type: string;
  organizationId: string | null;
  subjectType: string | null;
  subjectId: string | null;
  payload: Record<string, unknown>;
  occurredAt: Date;
  prevHash: string;
  hash: string;
  /** The salted commitment of who acted (null: a version-1 event). */
  who: string | null;
}

export interface ChainVerification {
  ok: boolean;
  checked: number;
  firstBrokenSeq: number | null;
}

/** The `who` of a version-2 event: SHA-256 of its salt and its actor and organisation (hex); null for version 1. */
export function whoOf(e: Pick<AuditEventEntity, 'actorUserId' | 'actorEmail' | 'actorApiKeyId' | 'organizationId' | 'whoSalt'>): string | null {
  // Absent or null: a version-1 event (callers that build events without the field get the old form).
  return e.whoSalt == null ? null : hash('sha256', whoText(e, e.whoSalt), 'hex');
}

/**
 * The hashed content of an event: everything but its own hash. Version 2 (every event chained since the
 * checkpoints came) commits who acted and for which organisation as `who`, so a member can recompute the
 * hash of an event in its slice without seeing another party's people; version 1 hashes them in the clear.
 * Both forms are defined once, in @mengyuan/provenance, which members' verifiers run.
 */
export function canonicalEvent(e: Omit<AuditEventEntity, 'hash'>): string {
  const occurredAt = e.occurredAt.toISOString();
  const who = whoOf(e);
  if (who === null) return canonicalV1({ ...e, seq: Number(e.seq), occurredAt });
  return canonicalPublic({ seq: Number(e.seq), type: e.type, who, subjectType: e.subjectType, subjectId: e.subjectId, payload: e.payload, occurredAt });
}

export function chainHash(prevHash: string, canonical: string): string {
  // One-shot hashing (measured: the chain's walk hashes every event twice).
  return hash('sha256', prevHash + canonical, 'hex');
}

@Injectable()
export class AuditService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly deferred: DeferredWrites,
    private readonly clock: Clock,
  ) {}

  /**
   * The one way into the chain: the event is written to the outbox inside the caller's transaction, so it
   * commits or rolls back with the change (a savepoint's with the savepoint), and the appender links it into
   * the chain moments later, in commit order, without the chain's lock ever being on a writer's path: an
   * audited write never waits on another organisation's.
   */
  enqueue(input: AuditInput): void {
    this.assertInTransaction(input.type);
    const now = this.clock.now();
    // Hot path (measured: every order): written with the transaction's other deferred writes, at commit.
    this.deferred.deferRow('audit_outbox', [['event', 'jsonb'], ['created_at', 'timestamptz']], [JSON.stringify({ ...input, occurredAt: now.toISOString() }), now]);
  }

  /**
   * Chains what waits in the outbox, oldest first, under one lock with one insert; returns how many events
   * it appended. Deletes exactly the rows it chained: an event with a lower id that commits during a flush
   * waits for the next one instead of being lost.
   */
  @UnitOfWork()
  async flush(limit = 1000): Promise<number> {
    await this.txHost.tx.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_CHAIN_LOCK]);
    return this.chainOutbox(limit);
  }

  /** Chains up to `limit` outbox rows (the caller holds the chain's lock). */
  async chainOutbox(limit: number): Promise<number> {
    const em = this.txHost.tx;
    const rows = (await em.query('SELECT id, event, created_at FROM audit_outbox ORDER BY id LIMIT $1', [limit])) as { id: string; event: AuditInput & { occurredAt?: string }; created_at: Date }[];
    if (!rows.length) return 0;
    const [last] = (await em.query('SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1')) as { seq: string; hash: string }[];
    let seq = last ? BigInt(last.seq) : 0n;
    let prevHash = last?.hash ?? GENESIS_HASH;
    const events = rows.map(({ event, created_at }) => {
      seq += 1n;
      // When it happened; an event written without that time (never by this code) is dated by its outbox row.
      const at = new Date(event.occurredAt ?? Number.NaN);
      const e = this.link(event, Number.isNaN(at.getTime()) ? created_at : at, seq, prevHash);
      prevHash = e.hash;
      return e;
    });
    // Hot path (measured: the appender chains every order's events): one insert of column arrays; TypeORM's insert
    // builder spent more of the api's CPU building the statement row by row than PostgreSQL spent running it.
    const column = <K extends keyof AuditEventEntity>(k: K) => events.map((e) => e[k]);
    await em.query(
      `INSERT INTO audit_events (seq, type, actor_user_id, actor_email, actor_api_key_id, organization_id, subject_type, subject_id, payload, occurred_at, prev_hash, hash, who_salt)
       SELECT * FROM unnest($1::bigint[], $2::text[], $3::uuid[], $4::text[], $5::uuid[], $6::uuid[], $7::text[], $8::text[], $9::jsonb[], $10::timestamptz[], $11::text[], $12::text[], $13::text[])`,
      [column('seq'), column('type'), column('actorUserId'), column('actorEmail'), column('actorApiKeyId'), column('organizationId'), column('subjectType'), column('subjectId'),
        events.map((e) => JSON.stringify(e.payload)), column('occurredAt'), column('prevHash'), column('hash'), column('whoSalt')],
    );
    await em.query('DELETE FROM audit_outbox WHERE id = ANY($1::bigint[])', [rows.map((r) => r.id)]);
    return rows.length;
  }

  private assertInTransaction(type: string): void {
    if (!this.txHost.isTransactionActive()) {
      throw new Error(`audit event ${type} must be written inside the transaction of the change it records`);
    }
  }

  private link(input: AuditInput, occurredAt: Date, seq: bigint, prevHash: string): AuditEventEntity {
    const event = Object.assign(new AuditEventEntity(), {
      seq: String(seq),
      type: input.type,
      actorUserId: input.actorUserId ?? null,
      actorEmail: input.actorEmail ?? null,
      actorApiKeyId: input.actorApiKeyId ?? null,
      organizationId: input.organizationId ?? null,
      subjectType: input.subjectType ?? null,
      subjectId: input.subjectId ?? null,
      payload: input.payload ?? {},
      // Millisecond precision: what PostgreSQL stores is exactly what was hashed.
      occurredAt,
      prevHash,
      whoSalt: randomBytes(16).toString('hex'),
    });
    event.hash = chainHash(event.prevHash, canonicalEvent(event));
    return event;
  }

  /**
   * The chain's events about the given subjects (optionally of the given types), oldest first, after chaining
   * what waits in the outbox: a slice of the chain, e.g. one card code's life (溯源).
   */
  async trail(subjects: { type: string; id: string; types?: readonly string[] }[]): Promise<ChainLink[]> {
    if (!subjects.length) return [];
    while ((await this.flush()) > 0);
    const qb = this.txHost.tx.getRepository(AuditEventEntity).createQueryBuilder('e');
    subjects.forEach((s, i) => {
      const where = `(e.subject_type = :t${i} AND e.subject_id = :id${i}${s.types?.length ? ` AND e.type IN (:...types${i})` : ''})`;
      qb.orWhere(where, { [`t${i}`]: s.type, [`id${i}`]: s.id, ...(s.types?.length ? { [`types${i}`]: [...s.types] } : {}) });
    });
    const rows = await qb.orderBy('e.seq', 'ASC').limit(1000).getMany();
    return rows.map((e) => ({ seq: e.seq, type: e.type, organizationId: e.organizationId, subjectType: e.subjectType, subjectId: e.subjectId, payload: e.payload, occurredAt: e.occurredAt, prevHash: e.prevHash, hash: e.hash, who: whoOf(e) }));
  }

  /**
   * Verifies a slice of the chain (events by seq) the way `verify` walks the whole: each event's hash is
   * recomputed from its content and its previous hash, and that previous hash must be the stored (and itself
   * recomputed) hash of the event just before it in the chain. Names the first event that does not hold.
   */
  async verifySlice(seqs: string[]): Promise<ChainVerification> {
    const wanted = [...new Set(seqs.map((s) => BigInt(s)))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    if (!wanted.length) return { ok: true, checked: 0, firstBrokenSeq: null };
    const around = [...new Set(wanted.flatMap((s) => [s, s - 1n]).filter((s) => s > 0n).map(String))];
    const rows = await this.txHost.tx.getRepository(AuditEventEntity).createQueryBuilder('e').where('e.seq IN (:...seqs)', { seqs: around }).getMany();
    const bySeq = new Map(rows.map((e) => [BigInt(e.seq), e]));
    const holds = (e: AuditEventEntity | null | undefined) => !!e && chainHash(e.prevHash, canonicalEvent(e)) === e.hash;
    let checked = 0;
    for (const seq of wanted) {
      const e = bySeq.get(seq);
      const before = seq === 1n ? null : bySeq.get(seq - 1n);
      const linked = seq === 1n ? e?.prevHash === GENESIS_HASH : holds(before) && before!.hash === e?.prevHash;
      if (!holds(e) || !linked) return { ok: false, checked, firstBrokenSeq: Number(seq) };
      checked += 1;
    }
    return { ok: true, checked, firstBrokenSeq: null };
  }
}
