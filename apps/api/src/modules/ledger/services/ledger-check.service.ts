import { createHash } from 'node:crypto';
import { LedgerAccountKind } from '@mengyuan/domain';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable, Logger } from '@nestjs/common';
import canonicalize from 'canonicalize';
import { Clock } from '../../../common/clock';
import { AllianceSigner } from '../../../common/crypto/alliance-signer';
import { UnitOfWork } from '../../../common/unit-of-work/unit-of-work';
import { LedgerAccountEntity } from '../entities/ledger-account.entity';
import { LedgerCheckpointBalanceEntity, LedgerCheckpointEntity } from '../entities/ledger-checkpoint.entity';
import { LedgerEntryEntity } from '../entities/ledger-entry.entity';
import { LedgerTransactionEntity } from '../entities/ledger-transaction.entity';

export interface LedgerCheck {
  ok: boolean;
  /** FULL: every entry since the first and every checkpoint; otherwise from the last checkpoint onward. */
  full: boolean;
  /** The checkpoint the check started from (its signature and balances checked first); null from the first entry. */
  fromCheckpoint: string | null;
  /** Entries read (those after the checkpoint, or all). */
  entriesChecked: number;
  accountsChecked: number;
  transactionsChecked: number;
  drift: { accountId: string; kind: string; organizationId: string | null; stored: string; computed: string }[];
  unbalancedTransactions: string[];
  /** A checkpoint (id) whose signature, digest or balances do not hold. */
  brokenCheckpoint: string | null;
  ms: number;
}

/** Accounts whose running balance is kept (and may never go negative). */
const RUNNING = [LedgerAccountKind.MEMBER_WALLET, LedgerAccountKind.MEMBER_HOLD];
const GENESIS = '0'.repeat(64);
const BATCH = 10_000;
const LEDGER_CHECKPOINT_LOCK = 727_300;

interface EntryRow {
  id: string;
  transactionId: string;
  accountId: string;
  amount: string;
  createdAt: Date;
}

/** The digest of every account's balance at a checkpoint, accounts in id order. */
function balancesDigest(balances: Map<string, bigint>): string {
  const h = createHash('sha256');
  for (const id of [...balances.keys()].sort()) h.update(`${id}:${balances.get(id)}\n`);
  return h.digest('hex');
}

/** What a checkpoint's signature covers. */
function checkpointDigest(c: Pick<LedgerCheckpointEntity, 'throughEntryId' | 'entryCount' | 'entriesDigest' | 'balancesDigest' | 'prevDigest' | 'createdAt'>): string {
  const json = canonicalize({ v: 1, throughEntryId: c.throughEntryId, entryCount: c.entryCount, entriesDigest: c.entriesDigest, balancesDigest: c.balancesDigest, prevDigest: c.prevDigest, createdAt: c.createdAt.toISOString() });
  return createHash('sha256').update(json!).digest('hex');
}

/**
 * The ledger's check (issue 24): at a checkpoint the ledger keeps every account's balance after a given entry,
 * a digest chained over the entries up to it and a digest of the balances, signed with the alliance's key.
 * The check then reads only the entries since the last checkpoint (every transaction among them sums to zero;
 * every wallet's stored balance is the checkpoint's plus what moved since), after checking the checkpoint
 * itself (signature, digest, balances). The full check still recomputes everything from the first entry and
 * replays every checkpoint's digests against the entries, so an entry rewritten behind the application's back
 * is named by the checkpoint that covered it.
 */
@Injectable()
export class LedgerCheckService {
  private readonly log = new Logger(LedgerCheckService.name);

  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly signer: AllianceSigner,
    private readonly clock: Clock,
  ) {}

  private get em() {
    return this.txHost.tx;
  }

  private async latest(): Promise<LedgerCheckpointEntity | null> {
    const [row] = await this.em.getRepository(LedgerCheckpointEntity).find({ order: { id: 'DESC' }, take: 1 });
    return row ?? null;
  }

  /** Every account's balance at a checkpoint: the newest row of each account at or before it. */
  private async balancesAt(checkpointId: string | null): Promise<Map<string, bigint>> {
    if (!checkpointId) return new Map();
    const rows = await this.em
      .getRepository(LedgerCheckpointBalanceEntity)
      .createQueryBuilder('b')
      .select(['b.account_id AS "accountId"', 'b.balance::text AS balance'])
      .distinctOn(['b.account_id'])
      .where('b.checkpoint_id <= :id', { id: checkpointId })
      .orderBy('b.account_id')
      .addOrderBy('b.checkpoint_id', 'DESC')
      .getRawMany<{ accountId: string; balance: string }>();
    return new Map(rows.map((r) => [r.accountId, BigInt(r.balance)]));
  }

  /** Whether a checkpoint holds: its digest from its fields, the alliance's signature over it, its balances' digest. */
  private async holds(c: LedgerCheckpointEntity, balances?: Map<string, bigint>): Promise<boolean> {
    const digest = checkpointDigest(c);
    if (digest !== c.digest || c.keyHash !== this.signer.keyHash.toString('hex')) return false;
    if (!this.signer.verify(Buffer.from(digest, 'hex'), Buffer.from(c.signature, 'base64'))) return false;
    return balancesDigest(balances ?? (await this.balancesAt(c.id))) === c.balancesDigest;
  }

  /** Entries after `after` up to `through` (inclusive), in id order, a batch at a time. */
  private async *entries(after: string, through: string | null): AsyncGenerator<EntryRow[]> {
    let from = after;
    for (;;) {
      const qb = this.em
        .getRepository(LedgerEntryEntity)
        .createQueryBuilder('e')
        .select(['e.id AS id', 'e.transaction_id AS "transactionId"', 'e.account_id AS "accountId"', 'e.amount::text AS amount', 'e.created_at AS "createdAt"'])
        .where('e.id > :from', { from })
        .orderBy('e.id')
        .limit(BATCH);
      if (through) qb.andWhere('e.id <= :through', { through });
      const rows = await qb.getRawMany<EntryRow>();
      if (!rows.length) return;
      yield rows;
      from = rows[rows.length - 1].id;
      if (rows.length < BATCH) return;
    }
  }

  /** Digest chained over entries, and each account's sum of them. */
  private async digestRange(prevDigest: string, after: string, through: string | null): Promise<{ digest: string; sums: Map<string, bigint>; count: number; last: string }> {
    const h = createHash('sha256').update(prevDigest);
    const sums = new Map<string, bigint>();
    let count = 0;
    let last = after;
    for await (const rows of this.entries(after, through)) {
      for (const e of rows) {
        h.update(`${e.id}|${e.transactionId}|${e.accountId}|${e.amount}|${new Date(e.createdAt).toISOString()}\n`);
        sums.set(e.accountId, (sums.get(e.accountId) ?? 0n) + BigInt(e.amount));
        last = e.id;
      }
      count += rows.length;
    }
    return { digest: h.digest('hex'), sums, count, last };
  }

  /** One snapshot for every read (a repeatable-read, read-only transaction of its own), so orders committing meanwhile cannot look like drift. */
  @UnitOfWork({ separate: true })
  async check(options: { full?: boolean } = {}): Promise<LedgerCheck> {
    const t0 = performance.now();
    await this.em.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    const full = !!options.full;
    const cp = full ? null : await this.latest();
    const base = cp ? await this.balancesAt(cp.id) : new Map<string, bigint>();
    const result = (r: Omit<LedgerCheck, 'ms' | 'full'>): LedgerCheck => ({ ...r, full, ms: Math.round(performance.now() - t0) });
    if (cp && !(await this.holds(cp, base))) {
      return result({ ok: false, fromCheckpoint: cp.id, entriesChecked: 0, accountsChecked: 0, transactionsChecked: 0, drift: [], unbalancedTransactions: [], brokenCheckpoint: cp.id });
    }
    const after = cp?.throughEntryId ?? '0';
    const entries = this.em.getRepository(LedgerEntryEntity);
    const unbalanced = await entries
      .createQueryBuilder('e')
      .select('e.transaction_id', 'id')
      .where('e.id > :after', { after })
      .groupBy('e.transaction_id')
      .having('sum(e.amount) <> 0')
      .getRawMany<{ id: string }>();
    const moved = await entries
      .createQueryBuilder('e')
      .select(['e.account_id AS "accountId"', 'sum(e.amount)::text AS sum', 'count(*)::int AS n'])
      .where('e.id > :after', { after })
      .groupBy('e.account_id')
      .getRawMany<{ accountId: string; sum: string; n: number }>();
    // Every transaction (full), or those among the entries since the checkpoint (a day's: a distinct count is cheap there).
    const transactions = full
      ? await this.em.getRepository(LedgerTransactionEntity).count()
      : (await entries.createQueryBuilder('e').select('count(DISTINCT e.transaction_id)::int', 'transactions').where('e.id > :after', { after }).getRawMany<{ transactions: number }>())[0].transactions;
    const sums = new Map(moved.map((m) => [m.accountId, BigInt(m.sum)]));
    const running = await this.em
      .getRepository(LedgerAccountEntity)
      .createQueryBuilder('a')
      .select(['a.id AS "accountId"', 'a.kind AS kind', 'a.organization_id AS "organizationId"', 'a.balance::text AS stored'])
      .where('a.kind IN (:...running)', { running: RUNNING })
      .getRawMany<{ accountId: string; kind: string; organizationId: string | null; stored: string }>();
    const drift = running
      .map((a) => ({ ...a, computed: String((base.get(a.accountId) ?? 0n) + (sums.get(a.accountId) ?? 0n)) }))
      .filter((a) => a.computed !== a.stored);
    let brokenCheckpoint: string | null = null;
    if (full) brokenCheckpoint = await this.replayCheckpoints();
    const accountsChecked = await this.em.getRepository(LedgerAccountEntity).count();
    return result({
      ok: drift.length === 0 && unbalanced.length === 0 && !brokenCheckpoint,
      fromCheckpoint: cp?.id ?? null,
      entriesChecked: moved.reduce((n, m) => n + m.n, 0),
      accountsChecked,
      transactionsChecked: transactions,
      drift,
      unbalancedTransactions: unbalanced.map((u) => u.id),
      brokenCheckpoint,
    });
  }

  /** Replays every checkpoint against the entries it covers; the first that does not hold, or null. */
  private async replayCheckpoints(): Promise<string | null> {
    const checkpoints = await this.em.getRepository(LedgerCheckpointEntity).find({ order: { id: 'ASC' } });
    const balances = new Map<string, bigint>();
    let prevDigest = GENESIS;
    let prevEntries = GENESIS;
    let after = '0';
    for (const c of checkpoints) {
      const range = await this.digestRange(prevEntries, after, c.throughEntryId);
      for (const [id, s] of range.sums) balances.set(id, (balances.get(id) ?? 0n) + s);
      if (c.prevDigest !== prevDigest || range.digest !== c.entriesDigest || String(range.count) !== c.entryCount || !(await this.holds(c, new Map(balances)))) return c.id;
      const stored = await this.balancesAt(c.id);
      if (balancesDigest(stored) !== balancesDigest(balances)) return c.id;
      prevDigest = c.digest;
      prevEntries = c.entriesDigest;
      after = c.throughEntryId;
    }
    return null;
  }

  /**
   * The id below which every entry is committed: under a SHARE lock, which waits for the transactions writing
   * entries to end and holds new ones for that instant only (its own short unit of work).
   */
  @UnitOfWork()
  private async boundary(): Promise<string> {
    await this.em.query(`SET LOCAL lock_timeout = '5s'`);
    await this.em.query('LOCK TABLE ledger_entries IN SHARE MODE');
    const [row] = await this.em.getRepository(LedgerEntryEntity).createQueryBuilder('e').select('max(e.id)::text', 'max').getRawMany<{ max: string | null }>();
    return row?.max ?? '0';
  }

  /** Makes a signed checkpoint of the ledger as of now (job hourly, and admins on demand); null when nothing moved. */
  async checkpoint(): Promise<LedgerCheckpointEntity | null> {
    const through = await this.boundary();
    return this.write(through);
  }

  @UnitOfWork()
  private async write(through: string): Promise<LedgerCheckpointEntity | null> {
    await this.em.query('SELECT pg_advisory_xact_lock($1)', [LEDGER_CHECKPOINT_LOCK]);
    const prev = await this.latest();
    if (prev && BigInt(prev.throughEntryId) >= BigInt(through)) return prev;
    const balances = await this.balancesAt(prev?.id ?? null);
    if (prev && !(await this.holds(prev, balances))) {
      this.log.error(`ledger checkpoint ${prev.id} does not hold: no checkpoint made`);
      return null;
    }
    const range = await this.digestRange(prev?.entriesDigest ?? GENESIS, prev?.throughEntryId ?? '0', through);
    for (const [id, s] of range.sums) balances.set(id, (balances.get(id) ?? 0n) + s);
    const row = this.em.getRepository(LedgerCheckpointEntity).create({
      throughEntryId: through, entryCount: String(range.count), entriesDigest: range.digest, balancesDigest: balancesDigest(balances), prevDigest: prev?.digest ?? GENESIS,
      keyHash: this.signer.keyHash.toString('hex'), createdAt: this.clock.now(),
    });
    row.digest = checkpointDigest(row);
    row.signature = this.signer.sign(Buffer.from(row.digest, 'hex')).toString('base64');
    await this.em.getRepository(LedgerCheckpointEntity).insert(row);
    const moved = [...range.sums.keys()].map((accountId) => ({ checkpointId: row.id, accountId, balance: String(balances.get(accountId)) }));
    for (let i = 0; i < moved.length; i += 1000) await this.em.getRepository(LedgerCheckpointBalanceEntity).insert(moved.slice(i, i + 1000));
    return row;
  }
}
