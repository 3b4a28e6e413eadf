import { AuditEventType, ErrorCode, LedgerAccountKind, LedgerTransactionType, OrganizationKind, shanghaiMonth } from '@mengyuan/domain';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { In, IsNull, type SelectQueryBuilder } from 'typeorm';
import { isAlliance, type Actor, type UserActor } from '../../../common/actor';
import { instantsOf, parseMonth } from '../../../common/date-range';
import { Clock } from '../../../common/clock';
import { AppError, assertId, notFound, validationFailed } from '../../../common/errors';
import { EventBus } from '../../../common/events/event-bus';
import { cappedCount, type Page } from '../../../common/pagination';
import { positiveFen } from '../../catalog/services/sku.service';
import { OrganizationService } from '../../organizations/services/organization.service';
import { LedgerAccountEntity } from '../entities/ledger-account.entity';
import { LedgerEntryEntity } from '../entities/ledger-entry.entity';
import { LedgerTransactionEntity } from '../entities/ledger-transaction.entity';
import { UnitOfWork } from '../../../common/unit-of-work/unit-of-work';
import { AuditedChange } from '../../../common/events/domain-event';

export interface Posting {
  accountId: string;
  /** Fen; the entries of one transaction sum to zero. */
  amount: bigint;
}

export interface StatementLine {
  id: string;
  transactionId: string;
  type: LedgerTransactionType;
  amount: string;
  reference: string | null;
  orderId: string | null;
  memo: string | null;
  createdAt: Date;
}

/** What ledger entries are searched by. */
export interface LedgerSearch {
  /** Alliance staff: one organisation's accounts. */
  organizationId?: string | null;
  accountKind?: LedgerAccountKind | null;
  type?: LedgerTransactionType | null;
  reference?: string | null;
  orderId?: string | null;
  /** Booked on or after / on or before these days (YYYY-MM-DD, Asia/Shanghai). */
  from?: string | null;
  to?: string | null;
}

export interface LedgerEntryRow {
  id: string;
  transactionId: string;
  type: LedgerTransactionType;
  accountKind: LedgerAccountKind;
  organizationId: string | null;
  organizationName: string | null;
  amount: string;
  reference: string | null;
  orderId: string | null;
  clientOrderNo: string | null;
  memo: string | null;
  createdAt: Date;
}

export interface MonthlyStatement {
  organizationId: string;
  organizationName: string;
  month: string;
  start: Date;
  end: Date;
  accounts: {
    accountId: string;
    kind: LedgerAccountKind;
    openingBalance: string;
    closingBalance: string;
    lineCount: number;
    totalsByType: { type: LedgerTransactionType; count: number; total: string }[];
  }[];
}

/** Accounts whose running balance is kept (and may never go negative). */
const RUNNING = new Set<string>([LedgerAccountKind.MEMBER_WALLET, LedgerAccountKind.MEMBER_HOLD]);

export const insufficientBalance = () => new AppError(ErrorCode.INSUFFICIENT_BALANCE, 'The wallet balance is not enough for this order');

/**
 * The double-entry ledger: immutable transactions whose entries sum to zero (checked by the database at
 * commit), balances that a constraint keeps from going negative for wallets. Only this module writes the
 * ledger's tables.
 */
/** An eliminated supplier's reserve for its complaint window (ledger_holdbacks), fen as strings. */
export interface SupplierHoldback {
  organizationId: string;
  held: string;
  /** Upheld complaints charged to it since. */
  charged: string;
  /** Paid out when the window closed (null: not yet). */
  released: string | null;
  /** Still held: held − charged − released. */
  left: string;
  refundRateBp: number;
  heldAt: Date;
  releaseAt: Date;
  releasedAt: Date | null;
}

@Injectable()
export class LedgerService {
  /** Account ids by kind and organisation, and kinds by id: only ever filled with committed rows. */
  private readonly accountIds = new Map<string, string>();
  private readonly kinds = new Map<string, LedgerAccountKind>();

  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly organizations: OrganizationService,
    private readonly events: EventBus,
    private readonly clock: Clock,
  ) {}

  private get accounts() {
    return this.txHost.tx.getRepository(LedgerAccountEntity);
  }

  /**
   * The account of a kind for an organisation (null: the alliance's), created on first use. Remembered only
   * once its row is committed: an account created in a transaction that rolls back (a refused payout, say)
   * must not be handed to the next one.
   */
  async account(kind: LedgerAccountKind, organizationId: string | null): Promise<string> {
    const key = `${kind}:${organizationId ?? ''}`;
    const cached = this.accountIds.get(key);
    if (cached) return cached;
    const where = { kind, organizationId: organizationId ?? IsNull() };
    let row = await this.accounts.findOne({ where, select: { id: true } });
    if (!row) {
      await this.accounts.createQueryBuilder().insert().values({ kind, organizationId }).orIgnore().execute();
      row = await this.accounts.findOneOrFail({ where, select: { id: true } });
    }
    const remember = () => {
      this.accountIds.set(key, row.id);
      this.kinds.set(row.id, kind);
    };
    if (this.txHost.isTransactionActive()) this.events.whenCommitted(remember);
    else remember();
    return row.id;
  }

  /**
   * Locks a member's wallet for an order and returns its balance: orders of one member queue here, so codes
   * are never claimed for an order that cannot pay.
   */
  async lockWallet(memberId: string): Promise<{ accountId: string; balance: bigint }> {
    const accountId = await this.account(LedgerAccountKind.MEMBER_WALLET, memberId);
    // Hot path (measured: every order): one row lock.
    const [row] = (await this.txHost.tx.query('SELECT balance FROM ledger_accounts WHERE id = $1 FOR UPDATE', [accountId])) as { balance: string }[];
    return { accountId, balance: BigInt(row.balance) };
  }

  private async runningAccounts(ids: string[]): Promise<Set<string>> {
    const unknown = ids.filter((id) => !this.kinds.has(id));
    const found = unknown.length ? await this.accounts.find({ where: { id: In(unknown) }, select: { id: true, kind: true } }) : [];
    const kindOf = new Map([...found.map((a) => [a.id, a.kind] as const), ...ids.filter((id) => this.kinds.has(id)).map((id) => [id, this.kinds.get(id)!] as const)]);
    return new Set(ids.filter((id) => RUNNING.has(kindOf.get(id) ?? '')));
  }

  /**
   * Posts one transaction inside the caller's transaction. Debits of running accounts are conditional:
   * a wallet that cannot pay answers INSUFFICIENT_BALANCE and nothing is written.
   */
  async post(type: LedgerTransactionType, postings: Posting[], meta: { reference?: string | null; orderId?: string | null; memo?: string | null; userId?: string | null } = {}): Promise<string> {
    const sum = postings.reduce((a, p) => a + p.amount, 0n);
    if (sum !== 0n) throw new Error(`ledger transaction does not sum to zero: ${sum}`);
    const running = await this.runningAccounts(postings.map((p) => p.accountId));
    // Hot path (measured: every order posts here). Debits first, each conditional on the balance covering it.
    for (const p of [...postings].sort((a, b) => (a.amount < b.amount ? -1 : 1))) {
      if (!running.has(p.accountId)) continue;
      const [updated] = (await this.txHost.tx.query('UPDATE ledger_accounts SET balance = balance + $2 WHERE id = $1 AND balance + $2 >= 0 RETURNING id', [
        p.accountId,
        p.amount.toString(),
      ])) as [unknown[], number];
      if (!updated.length) throw insufficientBalance();
    }
    const now = this.clock.now();
    const [tx] = (await this.txHost.tx.query(
      `INSERT INTO ledger_transactions (type, reference, order_id, memo, created_by_user_id, created_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [type, meta.reference ?? null, meta.orderId ?? null, meta.memo ?? null, meta.userId ?? null, now],
    )) as { id: string }[];
    await this.txHost.tx.query(
      `INSERT INTO ledger_entries (transaction_id, account_id, amount, created_at) SELECT $1, a, m, $2 FROM unnest($3::uuid[], $4::bigint[]) AS u(a, m)`,
      [tx.id, now, postings.map((p) => p.accountId), postings.map((p) => p.amount.toString())],
    );
    return tx.id;
  }

  /**
   * After-sales money (refunds, compensation, reissues from a backup offer): one balanced transaction between
   * the accounts named by kind and organisation, in the caller's transaction. Zero postings are dropped.
   */
  async postAfterSales(
    type: LedgerTransactionType,
    postings: { kind: LedgerAccountKind; organizationId: string | null; amount: bigint }[],
    meta: { reference?: string | null; orderId?: string | null; memo?: string | null; userId?: string | null },
  ): Promise<string | null> {
    const routed: typeof postings = [];
    for (const p of postings) {
      if (p.kind === LedgerAccountKind.SUPPLIER_PAYABLE && p.organizationId && p.amount < 0n) routed.push(...(await this.supplierCharge(p.organizationId, -p.amount)));
      else routed.push(p);
    }
    const moving = routed.filter((p) => p.amount !== 0n);
    if (!moving.length) return null;
    const resolved: Posting[] = [];
    for (const p of moving) resolved.push({ accountId: await this.account(p.kind, p.organizationId), amount: p.amount });
    return this.post(type, resolved, meta);
  }

  /**
   * Where a charge to a supplier goes. A supplier with a holdback (eliminated) pays from what is still owed to it
   * first, then from its reserve, and the rest becomes an explicit receivable: its payable never goes negative.
   * The holdback row is locked first, so a charge and the reserve's release never both take the same fen.
   * Others are charged to their payable as before (it nets against their next sales).
   */
  private async supplierCharge(supplierId: string, amount: bigint): Promise<{ kind: LedgerAccountKind; organizationId: string; amount: bigint }[]> {
    const [hb] = (await this.txHost.tx.query(
      `SELECT (held - charged)::text AS "left", released_at IS NOT NULL AS released FROM ledger_holdbacks WHERE organization_id = $1 FOR UPDATE`,
      [supplierId],
    )) as { left: string; released: boolean }[];
    if (!hb) return [{ kind: LedgerAccountKind.SUPPLIER_PAYABLE, organizationId: supplierId, amount: -amount }];
    const payable = BigInt(await this.sumOf(await this.account(LedgerAccountKind.SUPPLIER_PAYABLE, supplierId)));
    const fromPayable = payable > 0n ? (payable < amount ? payable : amount) : 0n;
    const reserve = hb.released ? 0n : BigInt(hb.left);
    const fromReserve = reserve < amount - fromPayable ? reserve : amount - fromPayable;
    const owed = amount - fromPayable - fromReserve;
    if (fromReserve > 0n) await this.txHost.tx.query(`UPDATE ledger_holdbacks SET charged = charged + $2 WHERE organization_id = $1`, [supplierId, fromReserve.toString()]);
    return [
      { kind: LedgerAccountKind.SUPPLIER_PAYABLE, organizationId: supplierId, amount: -fromPayable },
      { kind: LedgerAccountKind.SUPPLIER_HOLDBACK, organizationId: supplierId, amount: -fromReserve },
      { kind: LedgerAccountKind.SUPPLIER_RECEIVABLE, organizationId: supplierId, amount: -owed },
    ];
  }

  /** Fen charged to a supplier's payable after sales over fen credited to it for orders since `since`, in basis points. */
  async refundRateBp(supplierId: string, since: Date): Promise<number> {
    const payable = await this.account(LedgerAccountKind.SUPPLIER_PAYABLE, supplierId);
    const [row] = (await this.txHost.tx.query(
      `SELECT coalesce(sum(-e.amount) FILTER (WHERE t.type IN ('REFUND','COMPENSATION','REISSUE') AND e.amount < 0), 0)::text AS charged,
              coalesce(sum(e.amount) FILTER (WHERE t.type = 'ORDER' AND e.amount > 0), 0)::text AS sold
         FROM ledger_entries e JOIN ledger_transactions t ON t.id = e.transaction_id WHERE e.account_id = $1 AND e.created_at >= $2`,
      [payable, since],
    )) as { charged: string; sold: string }[];
    const sold = BigInt(row.sold);
    return sold > 0n ? Number((BigInt(row.charged) * 10_000n) / sold) : 0;
  }

  /**
   * Elimination: `amount` of the supplier's payable held back (HOLDBACK: payable → reserve) until `releaseAt`, for
   * complaints upheld in the window; the supplier's charges from now on follow `supplierCharge`. In the caller's transaction.
   */
  async holdBack(supplierId: string, amount: bigint, refundRateBp: number, releaseAt: Date, meta: { reference: string; userId?: string | null }): Promise<string | null> {
    const txId = amount > 0n
      ? await this.post(LedgerTransactionType.HOLDBACK, [
        { accountId: await this.account(LedgerAccountKind.SUPPLIER_PAYABLE, supplierId), amount: -amount },
        { accountId: await this.account(LedgerAccountKind.SUPPLIER_HOLDBACK, supplierId), amount },
      ], { reference: meta.reference, memo: 'elimination holdback', userId: meta.userId ?? null })
      : null;
    await this.txHost.tx.query(
      `INSERT INTO ledger_holdbacks (organization_id, held, refund_rate_bp, held_at, release_at, hold_transaction_id) VALUES ($1, $2, $3, $4, $5, $6)`,
      [supplierId, amount.toString(), refundRateBp, this.clock.now(), releaseAt, txId],
    );
    return txId;
  }

  /** The complaint window closed: what is left of each due reserve is paid out (HOLDBACK_RELEASE). Answers how many. */
  @UnitOfWork()
  async releaseDueHoldbacks(): Promise<number> {
    const due = (await this.txHost.tx.query(
      `SELECT organization_id AS id, (held - charged)::text AS "left" FROM ledger_holdbacks WHERE released_at IS NULL AND release_at <= $1 ORDER BY release_at LIMIT 100 FOR UPDATE SKIP LOCKED`,
      [this.clock.now()],
    )) as { id: string; left: string }[];
    for (const h of due) {
      const left = BigInt(h.left);
      const txId = left > 0n
        ? await this.post(LedgerTransactionType.HOLDBACK_RELEASE, [
          { accountId: await this.account(LedgerAccountKind.SUPPLIER_HOLDBACK, h.id), amount: -left },
          { accountId: await this.account(LedgerAccountKind.ALLIANCE_CASH, null), amount: left },
        ], { reference: `HOLDBACK-${h.id.slice(0, 8)}`, memo: 'holdback released: the complaint window closed' })
        : null;
      await this.txHost.tx.query(`UPDATE ledger_holdbacks SET released = held - charged, released_at = $2, release_transaction_id = $3 WHERE organization_id = $1`, [h.id, this.clock.now(), txId]);
      await this.events.publish(new AuditedChange(null, AuditEventType.SUPPLIER_HOLDBACK_RELEASED, { organizationId: h.id, subjectType: 'organization', subjectId: h.id, payload: { released: left.toString(), transactionId: txId } }));
    }
    return due.length;
  }

  /** A supplier's holdback, if it has one (eliminated): held, charged, released, left (fen), the rate that sized it and when. */
  async holdbackOf(supplierId: string): Promise<SupplierHoldback | null> {
    const [row] = (await this.txHost.tx.query(
      `SELECT organization_id AS "organizationId", held::text, charged::text, released::text, (held - charged - coalesce(released, 0))::text AS "left",
              refund_rate_bp AS "refundRateBp", held_at AS "heldAt", release_at AS "releaseAt", released_at AS "releasedAt"
         FROM ledger_holdbacks WHERE organization_id = $1`,
      [supplierId],
    )) as SupplierHoldback[];
    return row ?? null;
  }

  /**
   * The holdback the admin's evaluation pages and the supplier's dashboard both show (one source): a supplier reads
   * its own, alliance staff any supplier's (`organizationId`); another organisation's is simply not found.
   */
  async holdbackFor(actor: Actor, organizationId?: string | null): Promise<SupplierHoldback | null> {
    if (isAlliance(actor) && !organizationId) throw validationFailed({ organizationId: ['name the supplier'] });
    const org = await this.organizations.get(actor, organizationId ?? actor.organizationId);
    return org.kind === OrganizationKind.SUPPLIER ? this.holdbackOf(org.id) : null;
  }

  /** Fen an order has paid back to its member so far (REFUND transactions into the member's wallet). */
  async refundedOf(orderId: string, memberId: string): Promise<bigint> {
    const wallet = await this.account(LedgerAccountKind.MEMBER_WALLET, memberId);
    const row = await this.txHost.tx
      .getRepository(LedgerEntryEntity)
      .createQueryBuilder('e')
      .innerJoin(LedgerTransactionEntity, 't', 't.id = e.transaction_id')
      .select('coalesce(sum(e.amount), 0)::text', 'total')
      .where('t.order_id = :orderId AND t.type = :type AND e.account_id = :wallet', { orderId, type: LedgerTransactionType.REFUND, wallet })
      .getRawOne<{ total: string }>();
    return BigInt(row?.total ?? '0');
  }

  private async organizationOfKind(actor: UserActor, id: string, kind: OrganizationKind): Promise<{ id: string; name: string }> {
    const org = await this.organizations.get(actor, id).catch(() => null);
    if (!org || org.kind !== kind) throw notFound(kind === OrganizationKind.MEMBER ? 'Member' : 'Supplier');
    return org;
  }

  /** An offline bank transfer received from a member, recorded by an admin with its reference. */
  @UnitOfWork()
  async deposit(actor: UserActor, memberId: string, amount: string, reference: string): Promise<string> {
    const fen = positiveFen(amount, 'amount');
    if (reference.trim().length < 2) throw validationFailed({ reference: ['give the bank transfer reference'] });
    const org = await this.organizationOfKind(actor, memberId, OrganizationKind.MEMBER);
    const txId = await this.post(
      LedgerTransactionType.DEPOSIT,
      [
        { accountId: await this.account(LedgerAccountKind.ALLIANCE_CASH, null), amount: -fen },
        { accountId: await this.account(LedgerAccountKind.MEMBER_WALLET, org.id), amount: fen },
      ],
      { reference: reference.trim(), userId: actor.userId },
    );
    await this.events.publish(new AuditedChange(actor, AuditEventType.WALLET_DEPOSITED, { organizationId: org.id, subjectType: 'ledger_transaction', subjectId: txId, payload: { amount: fen.toString(), reference: reference.trim() } }));
    return txId;
  }

  /** Money paid out to a supplier against what the alliance owes it. */
  @UnitOfWork()
  async payout(actor: UserActor, supplierId: string, amount: string, reference: string): Promise<string> {
    const fen = positiveFen(amount, 'amount');
    if (reference.trim().length < 2) throw validationFailed({ reference: ['give the bank transfer reference'] });
    const org = await this.organizationOfKind(actor, supplierId, OrganizationKind.SUPPLIER);
    const payable = await this.account(LedgerAccountKind.SUPPLIER_PAYABLE, org.id);
    const owed = BigInt(await this.sumOf(payable));
    if (fen > owed) throw validationFailed({ amount: [`exceeds what is owed (${owed} fen)`] });
    const txId = await this.post(
      LedgerTransactionType.PAYOUT,
      [
        { accountId: payable, amount: -fen },
        { accountId: await this.account(LedgerAccountKind.ALLIANCE_CASH, null), amount: fen },
      ],
      { reference: reference.trim(), userId: actor.userId },
    );
    await this.events.publish(new AuditedChange(actor, AuditEventType.SUPPLIER_PAID_OUT, { organizationId: org.id, subjectType: 'ledger_transaction', subjectId: txId, payload: { amount: fen.toString(), reference: reference.trim() } }));
    return txId;
  }

  // ---- Money in and out (issue 20): the payments module moves money only through these.

  /** A channel's clearing or fee account, created on first use (remembered once committed, like `account`). */
  async channelAccount(kind: typeof LedgerAccountKind.CHANNEL_CLEARING | typeof LedgerAccountKind.CHANNEL_FEE, channelId: string): Promise<string> {
    const key = `${kind}:channel:${channelId}`;
    const cached = this.accountIds.get(key);
    if (cached) return cached;
    const where = { kind, organizationId: IsNull(), channelId };
    let row = await this.accounts.findOne({ where, select: { id: true } });
    if (!row) {
      await this.accounts.createQueryBuilder().insert().values({ kind, organizationId: null, channelId }).orIgnore().execute();
      row = await this.accounts.findOneOrFail({ where, select: { id: true } });
    }
    const remember = () => {
      this.accountIds.set(key, row.id);
      this.kinds.set(row.id, kind);
    };
    if (this.txHost.isTransactionActive()) this.events.whenCommitted(remember);
    else remember();
    return row.id;
  }

  /** A member's bank transfer, confirmed by finance: alliance cash into the wallet (DEPOSIT), in the caller's transaction. */
  async creditBankTransfer(memberId: string, amount: bigint, meta: { reference: string; memo?: string | null; userId?: string | null }): Promise<string> {
    return this.post(
      LedgerTransactionType.DEPOSIT,
      [
        { accountId: await this.account(LedgerAccountKind.ALLIANCE_CASH, null), amount: -amount },
        { accountId: await this.account(LedgerAccountKind.MEMBER_WALLET, memberId), amount },
      ],
      meta,
    );
  }

  /**
   * A member's payment through an online channel (CHANNEL_PAYMENT): the wallet gets the whole amount, the
   * channel's clearing account what the channel will settle (the amount less its fee), the channel's fee
   * account the fee. `reference` is the payment's out_trade_no, which reconciliation matches on.
   */
  async creditChannelPayment(channelId: string, memberId: string, amount: bigint, fee: bigint, meta: { reference: string; memo?: string | null }): Promise<string> {
    const postings: Posting[] = [
      { accountId: await this.account(LedgerAccountKind.MEMBER_WALLET, memberId), amount },
      { accountId: await this.channelAccount(LedgerAccountKind.CHANNEL_CLEARING, channelId), amount: -(amount - fee) },
    ];
    if (fee > 0n) postings.push({ accountId: await this.channelAccount(LedgerAccountKind.CHANNEL_FEE, channelId), amount: -fee });
    return this.post(LedgerTransactionType.CHANNEL_PAYMENT, postings.filter((p) => p.amount !== 0n), meta);
  }

  /**
   * A supplier's withdrawal, paid by finance: the net transferred out of alliance cash (PAYOUT) and the
   * withdrawal fee kept as alliance revenue (WITHDRAWAL_FEE), both out of the supplier's payable.
   */
  async payWithdrawal(supplierId: string, net: bigint, fee: bigint, meta: { reference: string; memo?: string | null; userId?: string | null }): Promise<{ payoutTransactionId: string; feeTransactionId: string | null }> {
    const payable = await this.account(LedgerAccountKind.SUPPLIER_PAYABLE, supplierId);
    const payoutTransactionId = await this.post(
      LedgerTransactionType.PAYOUT,
      [
        { accountId: payable, amount: -net },
        { accountId: await this.account(LedgerAccountKind.ALLIANCE_CASH, null), amount: net },
      ],
      meta,
    );
    const feeTransactionId =
      fee > 0n
        ? await this.post(
            LedgerTransactionType.WITHDRAWAL_FEE,
            [
              { accountId: payable, amount: -fee },
              { accountId: await this.account(LedgerAccountKind.ALLIANCE_REVENUE, null), amount: fee },
            ],
            meta,
          )
        : null;
    return { payoutTransactionId, feeTransactionId };
  }

  /**
   * A supplier's payable: its balance, and the sum of the entries booked at or after `since` (not settled
   * yet under its cycle), leaving out the transactions named (withdrawals, counted by the caller).
   */
  async payableSums(supplierId: string, since: Date, exclude: string[] = []): Promise<{ balance: bigint; since: bigint }> {
    const payable = await this.account(LedgerAccountKind.SUPPLIER_PAYABLE, supplierId);
    const qb = this.txHost.tx
      .getRepository(LedgerEntryEntity)
      .createQueryBuilder('e')
      .select('coalesce(sum(e.amount), 0)::text', 'balance')
      .addSelect(`coalesce(sum(e.amount) FILTER (WHERE e.created_at >= :since${exclude.length ? ' AND e.transaction_id <> ALL(:exclude)' : ''}), 0)::text`, 'recent')
      .where('e.account_id = :payable', { payable, since, exclude });
    const row = await qb.getRawOne<{ balance: string; recent: string }>();
    return { balance: BigInt(row?.balance ?? '0'), since: BigInt(row?.recent ?? '0') };
  }

  /**
   * A supplier's payable movements booked in [from, to), oldest first, leaving out the transactions named;
   * and the sum of those booked before `from` (same exclusions). A payout statement is built from these.
   */
  async payableMovements(supplierId: string, from: Date | null, to: Date, exclude: string[]): Promise<{ before: bigint; lines: LedgerEntryRow[] }> {
    const payable = await this.account(LedgerAccountKind.SUPPLIER_PAYABLE, supplierId);
    const excluded = exclude.length ? ' AND e.transaction_id <> ALL(:exclude)' : '';
    const before = from
      ? await this.txHost.tx
          .getRepository(LedgerEntryEntity)
          .createQueryBuilder('e')
          .select('coalesce(sum(e.amount), 0)::text', 'total')
          .where(`e.account_id = :payable AND e.created_at < :from${excluded}`, { payable, from, exclude })
          .getRawOne<{ total: string }>()
      : { total: '0' };
    const qb = this.monthLines(payable, from ?? new Date(0), to);
    if (exclude.length) qb.andWhere('e.transaction_id <> ALL(:exclude)', { exclude });
    const lines = await qb.orderBy('e.created_at').addOrderBy('e.id').getRawMany<LedgerEntryRow>();
    return { before: BigInt(before?.total ?? '0'), lines };
  }

  /**
   * The ledger's side of a channel's statement: its CHANNEL_PAYMENT transactions booked in [from, to), or
   * those with the given references, each with the gross amount credited and the fee booked.
   */
  async channelPayments(channelId: string, where: { from: Date; to: Date } | { references: string[] }): Promise<{ transactionId: string; reference: string | null; amount: bigint; fee: bigint; createdAt: Date }[]> {
    const clearing = await this.channelAccount(LedgerAccountKind.CHANNEL_CLEARING, channelId);
    const feeAccount = await this.channelAccount(LedgerAccountKind.CHANNEL_FEE, channelId);
    const qb = this.txHost.tx
      .getRepository(LedgerTransactionEntity)
      .createQueryBuilder('t')
      .innerJoin(LedgerEntryEntity, 'e', 'e.transaction_id = t.id')
      .select(['t.id AS "transactionId"', 't.reference AS reference', 't.created_at AS "createdAt"'])
      .addSelect('(-sum(e.amount) FILTER (WHERE e.account_id IN (:clearing, :feeAccount)))::text', 'amount')
      .addSelect('coalesce(-sum(e.amount) FILTER (WHERE e.account_id = :feeAccount), 0)::text', 'fee')
      .where('t.type = :type', { type: LedgerTransactionType.CHANNEL_PAYMENT, clearing, feeAccount })
      .andWhere('EXISTS (SELECT 1 FROM ledger_entries c WHERE c.transaction_id = t.id AND c.account_id = :clearing)')
      .groupBy('t.id');
    if ('references' in where) {
      if (!where.references.length) return [];
      qb.andWhere('t.reference = ANY(:references)', { references: where.references });
    } else qb.andWhere('t.created_at >= :from AND t.created_at < :to', where);
    const rows = await qb.getRawMany<{ transactionId: string; reference: string | null; amount: string; fee: string; createdAt: Date }>();
    return rows.map((r) => ({ ...r, amount: BigInt(r.amount ?? '0'), fee: BigInt(r.fee) }));
  }

  async sumOf(accountId: string): Promise<string> {
    const row = await this.txHost.tx
      .getRepository(LedgerEntryEntity)
      .createQueryBuilder('e')
      .select('coalesce(sum(e.amount), 0)::text', 'total')
      .where('e.account_id = :accountId', { accountId })
      .getRawOne<{ total: string }>();
    return row?.total ?? '0';
  }

  /** A member's wallet and hold, or a supplier's payable: balance and statement, newest first. */
  async statement(kind: LedgerAccountKind, organizationId: string, page: { offset: number; limit: number }): Promise<{ balance: string } & Page<StatementLine>> {
    const accountId = await this.account(kind, organizationId);
    const balance = await this.sumOf(accountId);
    const qb = this.txHost.tx
      .getRepository(LedgerEntryEntity)
      .createQueryBuilder('e')
      .innerJoin(LedgerTransactionEntity, 't', 't.id = e.transaction_id')
      .where('e.account_id = :accountId', { accountId });
    const [rows, totalCount] = await Promise.all([
      qb
        .clone()
        .select(['e.id::text AS id', 't.id AS "transactionId"', 't.type AS type', 'e.amount::text AS amount', 't.reference AS reference', 't.order_id AS "orderId"', 't.memo AS memo', 'e.created_at AS "createdAt"'])
        .orderBy('e.id', 'DESC')
        .offset(page.offset)
        .limit(page.limit)
        .getRawMany<StatementLine>(),
      qb.getCount(),
    ]);
    return { balance, items: rows, totalCount };
  }

  /** An organisation's balances: a member's wallet and hold, or what the alliance owes a supplier. */
  async balances(organizationId: string, kind: OrganizationKind): Promise<{ wallet: string; hold: string; payable: string }> {
    const rows = await this.accounts
      .createQueryBuilder('a')
      .leftJoin(LedgerEntryEntity, 'e', `e.account_id = a.id AND a.kind = :payable`, { payable: LedgerAccountKind.SUPPLIER_PAYABLE })
      .select(['a.kind AS kind', `CASE WHEN a.kind = :payable THEN coalesce(sum(e.amount), 0) ELSE a.balance END::text AS balance`])
      .where('a.organization_id = :organizationId', { organizationId })
      .groupBy('a.id')
      .getRawMany<{ kind: LedgerAccountKind; balance: string }>();
    const of = (k: LedgerAccountKind) => rows.find((r) => r.kind === k)?.balance ?? '0';
    return kind === OrganizationKind.SUPPLIER
      ? { wallet: '0', hold: '0', payable: of(LedgerAccountKind.SUPPLIER_PAYABLE) }
      : { wallet: of(LedgerAccountKind.MEMBER_WALLET), hold: of(LedgerAccountKind.MEMBER_HOLD), payable: '0' };
  }

  /** Ledger entries the caller may see (its organisation's accounts; alliance staff: any), filtered, newest first. */
  private entries(actor: Actor, f: LedgerSearch): SelectQueryBuilder<LedgerEntryEntity> {
    const qb = this.txHost.tx
      .getRepository(LedgerEntryEntity)
      .createQueryBuilder('e')
      .innerJoin(LedgerTransactionEntity, 't', 't.id = e.transaction_id')
      .innerJoin(LedgerAccountEntity, 'a', 'a.id = e.account_id')
      .leftJoin('organizations', 'org', 'org.id = a.organization_id')
      .leftJoin('orders', 'ord', 'ord.id = t.order_id');
    if (!isAlliance(actor)) qb.andWhere('a.organization_id = :org', { org: actor.organizationId });
    else if (f.organizationId) qb.andWhere('a.organization_id = :org', { org: assertId(f.organizationId, 'Organization') });
    if (f.accountKind) qb.andWhere('a.kind = :kind', { kind: f.accountKind });
    if (f.type) qb.andWhere('t.type = :type', { type: f.type });
    if (f.reference?.trim()) qb.andWhere('t.reference = :reference', { reference: f.reference.trim() });
    if (f.orderId) qb.andWhere('t.order_id = :orderId', { orderId: assertId(f.orderId, 'Order') });
    const { start, end } = instantsOf(f);
    if (start) qb.andWhere('e.created_at >= :start', { start });
    if (end) qb.andWhere('e.created_at < :end', { end });
    return qb;
  }

  private static readonly ENTRY_COLUMNS = [
    'e.id::text AS id', 't.id AS "transactionId"', 't.type AS type', 'a.kind AS "accountKind"', 'a.organization_id AS "organizationId"', 'org.name AS "organizationName"',
    'e.amount::text AS amount', 't.reference AS reference', 't.order_id AS "orderId"', 'ord.client_order_no AS "clientOrderNo"', 't.memo AS memo', 'e.created_at AS "createdAt"',
  ];

  async search(actor: Actor, f: LedgerSearch, page: { offset: number; limit: number }): Promise<Page<LedgerEntryRow>> {
    const qb = this.entries(actor, f);
    // The count stops at COUNT_CAP: every entry of the alliance's history would be counted otherwise.
    const [items, { count, capped }] = await Promise.all([
      qb.clone().select(LedgerService.ENTRY_COLUMNS).orderBy('e.id', 'DESC').offset(page.offset).limit(page.limit).getRawMany<LedgerEntryRow>(),
      cappedCount(qb),
    ]);
    return { items, totalCount: count, totalCountCapped: capped };
  }

  /** Search results for an export, newest first, 1,000 at a time by keyset; at most `cap`. */
  async *searchBatches(actor: Actor, f: LedgerSearch, cap: number): AsyncGenerator<LedgerEntryRow[]> {
    let before: string | null = null;
    for (let sent = 0; sent < cap; ) {
      const qb = this.entries(actor, f).select(LedgerService.ENTRY_COLUMNS);
      if (before) qb.andWhere('e.id < :before', { before });
      const rows = await qb.orderBy('e.id', 'DESC').limit(Math.min(1000, cap - sent)).getRawMany<LedgerEntryRow>();
      if (!rows.length) return;
      yield rows;
      sent += rows.length;
      before = rows[rows.length - 1].id;
    }
  }

  /**
   * A monthly statement (对账单) of an organisation's accounts (a member's wallet and hold, a supplier's payable):
   * the balance when the month began, the month's movements, the balance when it ended, totals by type. Opening plus
   * the movements is the closing balance by construction; both are sums of the entries before each instant.
   */
  async monthlyStatement(org: { id: string; name: string; kind: OrganizationKind }, month: string): Promise<MonthlyStatement> {
    const { start, end } = shanghaiMonth(parseMonth(month));
    const organizationId = org.id;
    const kinds = org.kind === OrganizationKind.SUPPLIER ? [LedgerAccountKind.SUPPLIER_PAYABLE] : [LedgerAccountKind.MEMBER_WALLET, LedgerAccountKind.MEMBER_HOLD];
    const accounts: MonthlyStatement['accounts'] = [];
    for (const accountKind of kinds) {
      const accountId = await this.account(accountKind, organizationId);
      const sums = await this.txHost.tx
        .getRepository(LedgerEntryEntity)
        .createQueryBuilder('e')
        .innerJoin(LedgerTransactionEntity, 't', 't.id = e.transaction_id')
        .select('t.type', 'type')
        .addSelect('count(*) FILTER (WHERE e.created_at >= :start)::int', 'count')
        .addSelect('coalesce(sum(e.amount) FILTER (WHERE e.created_at >= :start), 0)::text', 'total')
        .addSelect('coalesce(sum(e.amount) FILTER (WHERE e.created_at < :start), 0)::text', 'before')
        .where('e.account_id = :accountId AND e.created_at < :end', { accountId, start, end })
        .groupBy('t.type')
        .getRawMany<{ type: LedgerTransactionType; count: number; total: string; before: string }>();
      const opening = sums.reduce((a, r) => a + BigInt(r.before), 0n);
      const movements = sums.reduce((a, r) => a + BigInt(r.total), 0n);
      accounts.push({
        accountId,
        kind: accountKind,
        openingBalance: opening.toString(),
        closingBalance: (opening + movements).toString(),
        lineCount: sums.reduce((a, r) => a + r.count, 0),
        totalsByType: sums.filter((r) => r.count > 0).map((r) => ({ type: r.type, count: r.count, total: r.total })).sort((a, b) => a.type.localeCompare(b.type)),
      });
    }
    return { organizationId, organizationName: org.name, month, start, end, accounts };
  }

  /** The statement the caller may read: its own organisation's, or (alliance staff) a member's or supplier's. */
  async statementFor(actor: Actor, month: string, organizationId?: string | null): Promise<MonthlyStatement> {
    if (isAlliance(actor) && !organizationId) throw validationFailed({ organizationId: ['name the member or supplier'] });
    // Another organisation's statement is simply not found (alliance staff may read any).
    const org = await this.organizations.get(actor, organizationId ?? actor.organizationId);
    if (org.kind === OrganizationKind.ALLIANCE) throw validationFailed({ organizationId: ['statements are for members and suppliers'] });
    return this.monthlyStatement(org, month);
  }

  /** A statement account's movements in the month, oldest first, in pages or keyset batches. */
  private monthLines(accountId: string, start: Date, end: Date): SelectQueryBuilder<LedgerEntryEntity> {
    return this.txHost.tx
      .getRepository(LedgerEntryEntity)
      .createQueryBuilder('e')
      .innerJoin(LedgerTransactionEntity, 't', 't.id = e.transaction_id')
      .innerJoin(LedgerAccountEntity, 'a', 'a.id = e.account_id')
      .leftJoin('organizations', 'org', 'org.id = a.organization_id')
      .leftJoin('orders', 'ord', 'ord.id = t.order_id')
      .select(LedgerService.ENTRY_COLUMNS)
      .where('e.account_id = :accountId AND e.created_at >= :start AND e.created_at < :end', { accountId, start, end });
  }

  statementLines(accountId: string, start: Date, end: Date, page: { offset: number; limit: number }): Promise<LedgerEntryRow[]> {
    return this.monthLines(accountId, start, end).orderBy('e.created_at').addOrderBy('e.id').offset(page.offset).limit(page.limit).getRawMany<LedgerEntryRow>();
  }

  /** Every movement of a statement account in the month, oldest first, 1,000 at a time (exports); at most `cap`. */
  async *statementBatches(accountId: string, start: Date, end: Date, cap: number): AsyncGenerator<LedgerEntryRow[]> {
    let after: { at: Date; id: string } | null = null;
    for (let sent = 0; sent < cap; ) {
      const qb = this.monthLines(accountId, start, end);
      if (after) qb.andWhere('(e.created_at, e.id) > (:at, :afterId)', { at: after.at, afterId: after.id });
      const rows = await qb.orderBy('e.created_at').addOrderBy('e.id').limit(Math.min(1000, cap - sent)).getRawMany<LedgerEntryRow>();
      if (!rows.length) return;
      yield rows;
      sent += rows.length;
      after = { at: rows[rows.length - 1].createdAt, id: rows[rows.length - 1].id };
    }
  }

}
