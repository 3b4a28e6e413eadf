import type { NotifyOutcome, PaymentChannelKind, PaymentMode, PaymentStatus, ReconciliationStatus, SettlementCycle, TopupRequestStatus, WithdrawalStatus } from '@mengyuan/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An account of the alliance's that members wire money to. */
@Entity('payment_bank_accounts')
export class BankAccountEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text', { name: 'bank_name' }) bankName: string;
  @Column('text', { nullable: true }) branch: string | null;
  @Column('text', { name: 'account_name' }) accountName: string;
  @Column('text', { name: 'account_no' }) accountNo: string;
  @Column('text', { nullable: true }) note: string | null;
  @Column('boolean') active: boolean;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt: Date;
}

/** A member's top-up by bank transfer, waiting for finance (an aggregate root: topupRequestLifecycle). */
@Entity('topup_requests')
export class TopupRequestEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'bigint', insert: false, update: false }) number: string;
  @Column('uuid', { name: 'member_id' }) memberId: string;
  @Column('uuid', { name: 'bank_account_id', nullable: true }) bankAccountId: string | null;
  @Column('bigint') amount: string;
  @Column('text', { name: 'transfer_reference' }) transferReference: string;
  /** The reference normalised (no spaces, upper case): duplicates are found by it. */
  @Column('text', { name: 'reference_key' }) referenceKey: string;
  @Column('uuid', { name: 'receipt_file_id', nullable: true }) receiptFileId: string | null;
  @Column('text', { nullable: true }) note: string | null;
  @Column('text') status: TopupRequestStatus;
  @Column('uuid', { name: 'duplicate_of_id', nullable: true }) duplicateOfId: string | null;
  @Column('text', { name: 'reject_reason', nullable: true }) rejectReason: string | null;
  @Column('uuid', { name: 'ledger_transaction_id', nullable: true }) ledgerTransactionId: string | null;
  @Column('uuid', { name: 'requested_by_user_id', nullable: true }) requestedByUserId: string | null;
  @Column('uuid', { name: 'decided_by_user_id', nullable: true }) decidedByUserId: string | null;
  @Column('timestamptz', { name: 'decided_at', nullable: true }) decidedAt: Date | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt: Date;
}

/** An online payment channel; its keys are AES-256-GCM ciphertext (the channel's id as associated data). */
@Entity('payment_channels')
export class PaymentChannelEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text') kind: PaymentChannelKind;
  @Column('text') name: string;
  @Column('boolean') enabled: boolean;
  @Column('text') mode: PaymentMode;
  /** 易支付 pid, Alipay app_id, WeChat Pay mchid: a notify for anyone else is refused. */
  @Column('text', { name: 'merchant_id' }) merchantId: string;
  @Column('text', { name: 'gateway_url' }) gatewayUrl: string;
  /** What is not secret: 易支付's version and pay type, WeChat's appid and serials, Alipay's seller id. */
  @Column('jsonb') settings: Record<string, string>;
  @Column('bytea', { name: 'secrets_ciphertext', nullable: true }) secretsCiphertext: Buffer | null;
  @Column('bytea', { name: 'secrets_nonce', nullable: true }) secretsNonce: Buffer | null;
  @Column('int', { name: 'secrets_key_version' }) secretsKeyVersion: number;
  @Column('int', { name: 'fee_rate_bp' }) feeRateBp: number;
  @Column('bigint', { name: 'fee_fixed' }) feeFixed: string;
  @Column('int', { name: 'window_minutes' }) windowMinutes: number;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt: Date;
}

/** A payment through a channel: an order of its own (paymentLifecycle). */
@Entity('payments')
export class PaymentEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text', { name: 'out_trade_no' }) outTradeNo: string;
  @Column('uuid', { name: 'channel_id' }) channelId: string;
  @Column('uuid', { name: 'member_id' }) memberId: string;
  @Column('bigint') amount: string;
  @Column('bigint') fee: string;
  @Column('text') status: PaymentStatus;
  @Column('text', { name: 'trade_no', nullable: true }) tradeNo: string | null;
  @Column('text', { name: 'qr_code', nullable: true }) qrCode: string | null;
  @Column('text', { name: 'pay_url', nullable: true }) payUrl: string | null;
  @Column('boolean') late: boolean;
  @Column('text', { nullable: true }) failure: string | null;
  @Column('timestamptz', { name: 'expires_at' }) expiresAt: Date;
  @Column('timestamptz', { name: 'paid_at', nullable: true }) paidAt: Date | null;
  @Column('uuid', { name: 'ledger_transaction_id', nullable: true }) ledgerTransactionId: string | null;
  @Column('uuid', { name: 'created_by_user_id', nullable: true }) createdByUserId: string | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt: Date;
}

/** Every notify received, verified or not: what it claimed and what became of it (never its signature or keys). */
@Entity('payment_notifies')
export class PaymentNotifyEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column('uuid', { name: 'channel_id' }) channelId: string;
  @Column('uuid', { name: 'payment_id', nullable: true }) paymentId: string | null;
  @Column('text') outcome: NotifyOutcome;
  @Column('text', { name: 'out_trade_no', nullable: true }) outTradeNo: string | null;
  @Column('text', { name: 'trade_no', nullable: true }) tradeNo: string | null;
  @Column('bigint', { nullable: true }) amount: string | null;
  @Column('text', { nullable: true }) detail: string | null;
  @Column('timestamptz', { name: 'received_at' }) receivedAt: Date;
}

/** A supplier's settlement cycle and withdrawal fee (organizationId null: the alliance's default). */
@Entity('settlement_policies')
export class SettlementPolicyEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'organization_id', nullable: true }) organizationId: string | null;
  @Column('text') cycle: SettlementCycle;
  @Column('int', { name: 'withdrawal_fee_rate_bp' }) withdrawalFeeRateBp: number;
  @Column('bigint', { name: 'withdrawal_fee_fixed' }) withdrawalFeeFixed: string;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt: Date;
}

/** A supplier's withdrawal (withdrawalLifecycle; a child of its organisation, locked after it). */
@Entity('withdrawals')
export class WithdrawalEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'bigint', insert: false, update: false }) number: string;
  @Column('uuid', { name: 'supplier_id' }) supplierId: string;
  @Column('bigint') amount: string;
  @Column('bigint') fee: string;
  @Column('text') cycle: SettlementCycle;
  /** Money booked before this instant was settled when the supplier asked: the statement's end. */
  @Column('timestamptz', { name: 'settled_before' }) settledBefore: Date;
  @Column('text', { name: 'payee_bank' }) payeeBank: string;
  @Column('text', { name: 'payee_account_name' }) payeeAccountName: string;
  @Column('text', { name: 'payee_account_no' }) payeeAccountNo: string;
  @Column('text') status: WithdrawalStatus;
  @Column('text', { name: 'transfer_reference', nullable: true }) transferReference: string | null;
  @Column('text', { name: 'reject_reason', nullable: true }) rejectReason: string | null;
  @Column('uuid', { name: 'payout_transaction_id', nullable: true }) payoutTransactionId: string | null;
  @Column('uuid', { name: 'fee_transaction_id', nullable: true }) feeTransactionId: string | null;
  @Column('uuid', { name: 'requested_by_user_id', nullable: true }) requestedByUserId: string | null;
  @Column('uuid', { name: 'decided_by_user_id', nullable: true }) decidedByUserId: string | null;
  @Column('timestamptz', { name: 'decided_at', nullable: true }) decidedAt: Date | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt: Date;
}

@Entity('reconciliation_runs')
export class ReconciliationRunEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'channel_id' }) channelId: string;
  @Column('date') day: string;
  @Column('text') status: 'OK' | 'DIFFERENCES' | 'FAILED';
  @Column('int') matched: number;
  @Column('int') differences: number;
  @Column('bigint', { name: 'channel_total' }) channelTotal: string;
  @Column('bigint', { name: 'ledger_total' }) ledgerTotal: string;
  @Column('text', { nullable: true }) error: string | null;
  @Column('timestamptz', { name: 'ran_at' }) ranAt: Date;
}

@Entity('reconciliation_lines')
export class ReconciliationLineEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column('uuid', { name: 'run_id' }) runId: string;
  @Column('text') status: ReconciliationStatus;
  @Column('text', { name: 'out_trade_no', nullable: true }) outTradeNo: string | null;
  @Column('text', { name: 'trade_no', nullable: true }) tradeNo: string | null;
  @Column('uuid', { name: 'payment_id', nullable: true }) paymentId: string | null;
  @Column('bigint', { name: 'channel_amount', nullable: true }) channelAmount: string | null;
  @Column('bigint', { name: 'ledger_amount', nullable: true }) ledgerAmount: string | null;
  @Column('bigint', { name: 'channel_fee', nullable: true }) channelFee: string | null;
  @Column('bigint', { name: 'ledger_fee', nullable: true }) ledgerFee: string | null;
}

export const PAYMENTS_ENTITIES = [BankAccountEntity, TopupRequestEntity, PaymentChannelEntity, PaymentEntity, PaymentNotifyEntity, SettlementPolicyEntity, WithdrawalEntity, ReconciliationRunEntity, ReconciliationLineEntity];
