import { AuditEventType, ErrorCode, LedgerAccountKind, LedgerTransactionType, OrganizationKind } from '@mengyuan/domain';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { auditActor, type UserActor } from '../../../common/actor';
import { Clock } from '../../../common/clock';
import { AppError, assertId, notFound, validationFailed } from '../../../common/errors';
import type { Page } from '../../../common/pagination';
import { AuditService } from '../../audit/audit.service';
import { positiveFen } from '../../catalog/services/sku.service';

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
 * commit), balances that a constraint keeps from going negative for wallets.
 */
@Injectable()
export class LedgerService {
  private readonly accountIds = new Map<string, string>();

  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** The account of a kind for an organisation (null: the alliance's), created on first use. */
  async account(kind: LedgerAccountKind, organizationId: string | null): Promise<string> {
    const key = `${kind}:${organizationId ?? ''}`;
    const cached = this.accountIds.get(key);
    if (cached) return cached;
    const sel = `SELECT id FROM ledger_accounts WHERE kind = $1 AND organization_id IS NOT DISTINCT FROM $2`;
    let [row] = (await this.txHost.tx.query(sel, [kind, organizationId])) as { id: string }[];
    if (!row) {
      await this.txHost.tx.query(
        `INSERT INTO ledger_accounts (kind, organization_id) VALUES ($1, $2)
         ON CONFLICT (kind, coalesce(organization_id, '00000000-0000-0000-0000-000000000000')) DO NOTHING`,
        [kind, organizationId],
      );
      [row] = (await this.txHost.tx.query(sel, [kind, organizationId])) as { id: string }[];
    }
    this.accountIds.set(key, row.id);
    return row.id;
  }

  /**
   * Posts one transaction inside the caller's transaction. Debits of running accounts are conditional:
   * a wallet that cannot pay answers INSUFFICIENT_BALANCE and nothing is written.
   */
  async post(type: LedgerTransactionType, postings: Posting[], meta: { reference?: string | null; orderId?: string | null; memo?: string | null; userId?: string | null } = {}): Promise<string> {
    const sum = postings.reduce((a, p) => a + p.amount, 0n);
    if (sum !== 0n) throw new Error(`ledger transaction does not sum to zero: ${sum}`);
    const kinds = (await this.txHost.tx.query('SELECT id, kind FROM ledger_accounts WHERE id = ANY($1)', [postings.map((p) => p.accountId)])) as { id: string; kind: string }[];
    const running = new Set(kinds.filter((k) => RUNNING.has(k.kind)).map((k) => k.id));
    // Debits first, each conditional on the balance covering it.
    for (const p of [...postings].sort((a, b) => (a.amount < b.amount ? -1 : 1))) {
      if (!running.has(p.accountId)) continue;
      const updated = (await this.txHost.tx.query(
        'UPDATE ledger_accounts SET balance = balance + $2 WHERE id = $1 AND balance + $2 >= 0 RETURNING id',
        [p.accountId, p.amount.toString()],
      ))[0] as unknown[];
      if (!updated.length) throw insufficientBalance();
    }
    const now = this.clock.now();
    const [tx] = (await this.txHost.tx.query(
      `INSERT INTO ledger_transactions (type, reference, order_id, memo, created_by_user_id, created_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [type, meta.reference ?? null, meta.orderId ?? null, meta.memo ?? null, meta.userId ?? null, now],
    )) as { id: string }[];
    await this.txHost.tx.query(
      `INSERT INTO ledger_entries (transaction_id, account_id, amount, created_at)
       SELECT $1, a, m, $2 FROM unnest($3::uuid[], $4::bigint[]) AS u(a, m)`,
      [tx.id, now, postings.map((p) => p.accountId), postings.map((p) => p.amount.toString())],
    );
    return tx.id;
  }

  private async organizationOfKind(id: string, kind: OrganizationKind): Promise<{ id: string; name: string }> {
    const [org] = (await this.txHost.tx.query('SELECT id, name FROM organizations WHERE id = $1 AND kind = $2', [assertId(id, 'Organization'), kind])) as { id: string; name: string }[];
    if (!org) throw notFound(kind === OrganizationKind.MEMBER ? 'Member' : 'Supplier');
    return org;
  }

  /** An offline bank transfer received from a member, recorded by an admin with its reference. */
  @Transactional()
  async deposit(actor: UserActor, memberId: string, amount: string, reference: string): Promise<string> {
    const fen = positiveFen(amount, 'amount');
    if (reference.trim().length < 2) throw validationFailed({ reference: ['give the bank transfer reference'] });
    const org = await this.organizationOfKind(memberId, OrganizationKind.MEMBER);
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
    const org = await this.organizationOfKind(supplierId, OrganizationKind.SUPPLIER);
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
    const [row] = await this.txHost.tx.query('SELECT coalesce(sum(amount), 0)::text AS total FROM ledger_entries WHERE account_id = $1', [accountId]);
    return row.total;
  }

  /** A member's wallet and hold, or a supplier's payable: balance and statement, newest first. */
  async statement(kind: LedgerAccountKind, organizationId: string, page: { offset: number; limit: number }): Promise<{ balance: string } & Page<StatementLine>> {
    const accountId = await this.account(kind, organizationId);
    const balance = await this.sumOf(accountId);
    const items = (await this.txHost.tx.query(
      `SELECT e.id::text AS id, t.id AS "transactionId", t.type, e.amount::text AS amount, t.reference, t.order_id AS "orderId", t.memo, e.created_at AS "createdAt"
         FROM ledger_entries e JOIN ledger_transactions t ON t.id = e.transaction_id
        WHERE e.account_id = $1 ORDER BY e.id DESC OFFSET $2 LIMIT $3`,
      [accountId, page.offset, page.limit],
    )) as StatementLine[];
    const [count] = await this.txHost.tx.query('SELECT count(*)::int AS n FROM ledger_entries WHERE account_id = $1', [accountId]);
    return { balance, items, totalCount: count.n };
  }

  /** Recomputes every running balance from its entries and checks every transaction sums to zero. */
  async check(): Promise<LedgerCheck> {
    const drift = (await this.txHost.tx.query(
      `SELECT a.id AS "accountId", a.kind, a.organization_id AS "organizationId", a.balance::text AS stored, coalesce(sum(e.amount), 0)::text AS computed
         FROM ledger_accounts a LEFT JOIN ledger_entries e ON e.account_id = a.id
        WHERE a.kind IN ('MEMBER_WALLET', 'MEMBER_HOLD') GROUP BY a.id HAVING a.balance <> coalesce(sum(e.amount), 0)`,
    )) as LedgerCheck['drift'];
    const unbalanced = (await this.txHost.tx.query(`SELECT transaction_id FROM ledger_entries GROUP BY transaction_id HAVING sum(amount) <> 0`)) as { transaction_id: string }[];
    const [{ accounts, transactions }] = await this.txHost.tx.query(`SELECT (SELECT count(*)::int FROM ledger_accounts) AS accounts, (SELECT count(*)::int FROM ledger_transactions) AS transactions`);
    return { ok: drift.length === 0 && unbalanced.length === 0, accountsChecked: accounts, transactionsChecked: transactions, drift, unbalancedTransactions: unbalanced.map((u) => u.transaction_id) };
  }
}
