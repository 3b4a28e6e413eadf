import { AuditEventType, ErrorCode, LedgerAccountKind, LedgerTransactionType, OrganizationKind, shanghaiMonth } from '@mengyuan/domain';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { In, IsNull, type SelectQueryBuilder } from 'typeorm';
import { auditActor, isAlliance, type Actor, type UserActor } from '../../../common/actor';
import { instantsOf, parseMonth } from '../../../common/date-range';
import { Clock } from '../../../common/clock';
import { AppError, assertId, notFound, validationFailed } from '../../../common/errors';
import { EventBus } from '../../../common/events/event-bus';
import type { Page } from '../../../common/pagination';
import { AuditService } from '../../audit/audit.service';
import { positiveFen } from '../../catalog/services/sku.service';
import { OrganizationService } from '../../organizations/services/organization.service';
import { LedgerAccountEntity } from '../entities/ledger-account.entity';
import { LedgerEntryEntity } from '../entities/ledger-entry.entity';
import { LedgerTransactionEntity } from '../entities/ledger-transaction.entity';

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

export interface LedgerCheck {
  ok: boolean;
  accountsChecked: number;
  transactionsChecked: number;
  drift: { accountId: string; kind: string; organizationId: string | null; stored: string; computed: string }[];
  unbalancedTransactions: string[];
}

/** Accounts whose running balance is kept (and may never go negative). */
const RUNNING = new Set<string>([LedgerAccountKind.MEMBER_WALLET, LedgerAccountKind.MEMBER_HOLD]);

export const insufficientBalance = () => new AppError(ErrorCode.INSUFFICIENT_BALANCE, 'The wallet balance is not enough for this order');

/**
 * The double-entry ledger: immutable transactions whose entries sum to zero (checked by the database at
 * commit), balances that a constraint keeps from going negative for wallets. Only this module writes the
 * ledger's tables.
 */
@Injectable()
export class LedgerService {
  /** Account ids by kind and organisation, and kinds by id: only ever filled with committed rows. */
  private readonly accountIds = new Map<string, string>();
  private readonly kinds = new Map<string, LedgerAccountKind>();

  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly organizations: OrganizationService,
    private readonly events: EventBus,
    private readonly audit: AuditService,
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
    const moving = postings.filter((p) => p.amount !== 0n);
    if (!moving.length) return null;
    const resolved: Posting[] = [];
    for (const p of moving) resolved.push({ accountId: await this.account(p.kind, p.organizationId), amount: p.amount });
    return this.post(type, resolved, meta);
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
  @Transactional()
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
    await this.audit.record({ type: AuditEventType.WALLET_DEPOSITED, ...auditActor(actor), organizationId: org.id, subjectType: 'ledger_transaction', subjectId: txId, payload: { amount: fen.toString(), reference: reference.trim() } });
    return txId;
  }

  /** Money paid out to a supplier against what the alliance owes it. */
  @Transactional()
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
    await this.audit.record({ type: AuditEventType.SUPPLIER_PAID_OUT, ...auditActor(actor), organizationId: org.id, subjectType: 'ledger_transaction', subjectId: txId, payload: { amount: fen.toString(), reference: reference.trim() } });
    return txId;
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
    const [items, totalCount] = await Promise.all([
      qb.clone().select(LedgerService.ENTRY_COLUMNS).orderBy('e.id', 'DESC').offset(page.offset).limit(page.limit).getRawMany<LedgerEntryRow>(),
      qb.getCount(),
    ]);
    return { items, totalCount };
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

  /** Recomputes every running balance from its entries and checks every transaction sums to zero. */
  async check(): Promise<LedgerCheck> {
    const em = this.txHost.tx;
    const drift = await em
      .getRepository(LedgerAccountEntity)
      .createQueryBuilder('a')
      .leftJoin(LedgerEntryEntity, 'e', 'e.account_id = a.id')
      .select(['a.id AS "accountId"', 'a.kind AS kind', 'a.organization_id AS "organizationId"', 'a.balance::text AS stored', 'coalesce(sum(e.amount), 0)::text AS computed'])
      .where('a.kind IN (:...running)', { running: [...RUNNING] })
      .groupBy('a.id')
      .having('a.balance <> coalesce(sum(e.amount), 0)')
      .getRawMany<LedgerCheck['drift'][number]>();
    const unbalanced = await em
      .getRepository(LedgerEntryEntity)
      .createQueryBuilder('e')
      .select('e.transaction_id', 'id')
      .groupBy('e.transaction_id')
      .having('sum(e.amount) <> 0')
      .getRawMany<{ id: string }>();
    const accounts = await em.getRepository(LedgerAccountEntity).count();
    const transactions = await em.getRepository(LedgerTransactionEntity).count();
    return { ok: drift.length === 0 && unbalanced.length === 0, accountsChecked: accounts, transactionsChecked: transactions, drift, unbalancedTransactions: unbalanced.map((u) => u.id) };
  }
}
