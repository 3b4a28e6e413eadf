import {
  LedgerTransactionType,
  NotifyOutcome,
  PaymentChannelKind,
  PaymentMode,
  PaymentStatus,
  ReconciliationStatus,
  SettlementCycle,
  TopupRequestStatus,
  WithdrawalStatus,
} from '@mengyuan/domain';
import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { JSONScalar } from '../../../common/json.scalar';
import { MoneyScalar } from '../../../common/money.scalar';
import { Paginated } from '../../../common/pagination';
import { LedgerEntryDto } from '../../ledger/dtos/ledger.dto';
import type { BankAccountEntity, PaymentChannelEntity, PaymentNotifyEntity, ReconciliationLineEntity } from '../entities/payments.entities';
import type { PaymentRow } from '../services/payment.service';
import type { ReconciliationRunRow } from '../services/reconciliation.service';
import type { TopupRequestRow } from '../services/topup-request.service';
import type { PayableSummary, PayoutStatement, WithdrawalRow } from '../services/withdrawal.service';

registerEnumType(PaymentChannelKind, { name: 'PaymentChannelKind' });
registerEnumType(PaymentMode, { name: 'PaymentMode' });
registerEnumType(PaymentStatus, { name: 'PaymentStatus' });
registerEnumType(TopupRequestStatus, { name: 'TopupRequestStatus' });
registerEnumType(WithdrawalStatus, { name: 'WithdrawalStatus' });
registerEnumType(SettlementCycle, { name: 'SettlementCycle' });
registerEnumType(ReconciliationStatus, { name: 'ReconciliationStatus' });
registerEnumType(NotifyOutcome, { name: 'NotifyOutcome' });

@ObjectType('BankAccount', { description: 'An account of the alliance’s that members wire top-ups to' })
export class BankAccountDto {
  @Field(() => ID) id: string;
  @Field() bankName: string;
  @Field(() => String, { nullable: true }) branch: string | null;
  @Field() accountName: string;
  @Field() accountNo: string;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field() active: boolean;

  static from(e: BankAccountEntity): BankAccountDto {
    return Object.assign(new BankAccountDto(), { id: e.id, bankName: e.bankName, branch: e.branch, accountName: e.accountName, accountNo: e.accountNo, note: e.note, active: e.active });
  }
}

@ObjectType('TopupRequest', { description: 'A member’s top-up by bank transfer, confirmed or rejected by alliance finance' })
export class TopupRequestDto {
  @Field(() => ID) id: string;
  @Field({ description: 'TU000123 on screens' }) number: string;
  @Field(() => ID) memberId: string;
  @Field() memberName: string;
  @Field(() => MoneyScalar) amount: string;
  @Field() transferReference: string;
  @Field(() => ID, { nullable: true }) bankAccountId: string | null;
  @Field(() => ID, { nullable: true, description: 'The receipt (GET /files/{id})' }) receiptFileId: string | null;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field(() => TopupRequestStatus) status: TopupRequestStatus;
  @Field(() => ID, { nullable: true, description: 'Set when an earlier request used the same transfer reference' }) duplicateOfId: string | null;
  @Field(() => Int, { description: 'Other requests with the same transfer reference' }) duplicateCount: number;
  @Field(() => String, { nullable: true }) rejectReason: string | null;
  @Field(() => ID, { nullable: true }) ledgerTransactionId: string | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) decidedAt: Date | null;

  static from(r: TopupRequestRow): TopupRequestDto {
    return Object.assign(new TopupRequestDto(), {
      id: r.id, number: `TU${String(r.number).padStart(6, '0')}`, memberId: r.memberId, memberName: r.memberName, amount: r.amount, transferReference: r.transferReference,
      bankAccountId: r.bankAccountId, receiptFileId: r.receiptFileId, note: r.note, status: r.status, duplicateOfId: r.duplicateOfId, duplicateCount: r.duplicateCount,
      rejectReason: r.rejectReason, ledgerTransactionId: r.ledgerTransactionId, createdAt: r.createdAt, decidedAt: r.decidedAt,
    });
  }
}

@ObjectType()
export class TopupRequestPage extends Paginated(TopupRequestDto, 'TopupRequestPage') {}

@ObjectType('PaymentChannelOption', { description: 'An online channel a member may pay through' })
export class PaymentChannelOptionDto {
  @Field(() => ID) id: string;
  @Field(() => PaymentChannelKind) kind: PaymentChannelKind;
  @Field() name: string;
  @Field(() => PaymentMode) mode: PaymentMode;
  @Field(() => Int) windowMinutes: number;

  static from(c: PaymentChannelEntity): PaymentChannelOptionDto {
    return Object.assign(new PaymentChannelOptionDto(), { id: c.id, kind: c.kind, name: c.name, mode: c.mode, windowMinutes: c.windowMinutes });
  }
}

@ObjectType('PaymentChannel', { description: 'An online payment channel’s settings (alliance staff); its keys are never shown, only which are set' })
export class PaymentChannelDto {
  @Field(() => ID) id: string;
  @Field(() => PaymentChannelKind) kind: PaymentChannelKind;
  @Field() name: string;
  @Field() enabled: boolean;
  @Field(() => PaymentMode) mode: PaymentMode;
  @Field({ description: '易支付 pid, Alipay app_id, WeChat Pay mchid' }) merchantId: string;
  @Field() gatewayUrl: string;
  @Field(() => JSONScalar, { description: 'Non-secret settings: EPAY {version, payType}, ALIPAY {sellerId}, WECHAT_PAY {appid, merchantSerial, platformKeyId}' }) settings: Record<string, string>;
  @Field(() => [String], { description: 'Names of the keys set (EPAY: key | merchantPrivateKey, platformPublicKey; ALIPAY: appPrivateKey, alipayPublicKey; WECHAT_PAY: merchantPrivateKey, platformPublicKey, apiV3Key)' })
  secretsSet: string[];
  @Field(() => Int, { description: 'Fee rate in basis points (60 = 0.60 %)' }) feeRateBp: number;
  @Field(() => MoneyScalar) feeFixed: string;
  @Field(() => Int) windowMinutes: number;
  @Field({ description: 'Where the gateway must send notifies' }) notifyUrl: string;
  @Field(() => GraphQLISODateTime) updatedAt: Date;

  static from(c: PaymentChannelEntity, secretsSet: string[], notifyUrl: string): PaymentChannelDto {
    return Object.assign(new PaymentChannelDto(), {
      id: c.id, kind: c.kind, name: c.name, enabled: c.enabled, mode: c.mode, merchantId: c.merchantId, gatewayUrl: c.gatewayUrl, settings: c.settings, secretsSet,
      feeRateBp: c.feeRateBp, feeFixed: c.feeFixed, windowMinutes: c.windowMinutes, notifyUrl, updatedAt: c.updatedAt,
    });
  }
}

@ObjectType('Payment', { description: 'A payment through an online channel: an order of its own' })
export class PaymentDto {
  @Field(() => ID) id: string;
  @Field({ description: 'Our order number at the channel (out_trade_no)' }) outTradeNo: string;
  @Field(() => ID) channelId: string;
  @Field() channelName: string;
  @Field(() => PaymentChannelKind) channelKind: PaymentChannelKind;
  @Field(() => ID) memberId: string;
  @Field(() => MoneyScalar) amount: string;
  @Field(() => MoneyScalar, { description: 'The channel’s fee, borne by the alliance' }) fee: string;
  @Field(() => PaymentStatus) status: PaymentStatus;
  @Field(() => String, { nullable: true, description: 'The channel’s trade number' }) tradeNo: string | null;
  @Field(() => String, { nullable: true, description: 'What to show as a QR code' }) qrCode: string | null;
  @Field(() => String, { nullable: true, description: 'A gateway page to open' }) payUrl: string | null;
  @Field({ description: 'Paid by a notify that came after the payment had expired' }) late: boolean;
  @Field(() => String, { nullable: true }) failure: string | null;
  @Field(() => GraphQLISODateTime) expiresAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) paidAt: Date | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;

  static from(p: PaymentRow): PaymentDto {
    return Object.assign(new PaymentDto(), {
      id: p.id, outTradeNo: p.outTradeNo, channelId: p.channelId, channelName: p.channelName, channelKind: p.channelKind, memberId: p.memberId, amount: p.amount, fee: p.fee,
      status: p.status, tradeNo: p.tradeNo, qrCode: p.qrCode, payUrl: p.payUrl, late: p.late, failure: p.failure, expiresAt: p.expiresAt, paidAt: p.paidAt, createdAt: p.createdAt,
    });
  }
}

@ObjectType()
export class PaymentPage extends Paginated(PaymentDto, 'PaymentPage') {}

@ObjectType('PaymentNotify', { description: 'A notify the api received for a payment and what became of it' })
export class PaymentNotifyDto {
  @Field(() => ID) id: string;
  @Field(() => NotifyOutcome) outcome: NotifyOutcome;
  @Field(() => String, { nullable: true }) tradeNo: string | null;
  @Field(() => MoneyScalar, { nullable: true }) amount: string | null;
  @Field(() => GraphQLISODateTime) receivedAt: Date;

  static from(n: PaymentNotifyEntity): PaymentNotifyDto {
    return Object.assign(new PaymentNotifyDto(), { id: n.id, outcome: n.outcome, tradeNo: n.tradeNo, amount: n.amount, receivedAt: n.receivedAt });
  }
}

@ObjectType('SettlementPolicy')
export class SettlementPolicyDto {
  @Field(() => SettlementCycle) cycle: SettlementCycle;
  @Field(() => Int) withdrawalFeeRateBp: number;
  @Field(() => MoneyScalar) withdrawalFeeFixed: string;
  @Field({ description: 'False when the alliance’s default applies' }) own: boolean;
}

@ObjectType('PayableSummary', { description: 'What a supplier is owed and may withdraw now' })
export class PayableSummaryDto {
  @Field(() => ID) supplierId: string;
  @Field(() => SettlementCycle) cycle: SettlementCycle;
  @Field(() => GraphQLISODateTime, { description: 'Money booked before this instant is settled' }) settledBefore: Date;
  @Field(() => MoneyScalar, { description: 'The payable account’s balance' }) balance: string;
  @Field(() => MoneyScalar, { description: 'Booked since settledBefore: not withdrawable yet' }) unsettled: string;
  @Field(() => MoneyScalar, { description: 'Requested and not yet paid or rejected' }) pending: string;
  @Field(() => MoneyScalar) available: string;
  @Field(() => Int) withdrawalFeeRateBp: number;
  @Field(() => MoneyScalar) withdrawalFeeFixed: string;

  static from(s: PayableSummary): PayableSummaryDto {
    return Object.assign(new PayableSummaryDto(), {
      supplierId: s.supplierId, cycle: s.cycle, settledBefore: s.settledBefore, balance: s.balance.toString(), unsettled: s.unsettled.toString(), pending: s.pending.toString(),
      available: s.available.toString(), withdrawalFeeRateBp: s.withdrawalFeeRateBp, withdrawalFeeFixed: s.withdrawalFeeFixed.toString(),
    });
  }
}

@ObjectType('Withdrawal', { description: 'A supplier’s withdrawal of its payable, paid by alliance finance' })
export class WithdrawalDto {
  @Field(() => ID) id: string;
  @Field({ description: 'WD000123 on screens' }) number: string;
  @Field(() => ID) supplierId: string;
  @Field() supplierName: string;
  @Field(() => MoneyScalar, { description: 'Taken from the payable' }) amount: string;
  @Field(() => MoneyScalar) fee: string;
  @Field(() => MoneyScalar, { description: 'Transferred: amount − fee' }) net: string;
  @Field(() => SettlementCycle) cycle: SettlementCycle;
  @Field(() => GraphQLISODateTime) settledBefore: Date;
  @Field() payeeBank: string;
  @Field() payeeAccountName: string;
  @Field() payeeAccountNo: string;
  @Field(() => WithdrawalStatus) status: WithdrawalStatus;
  @Field(() => String, { nullable: true }) transferReference: string | null;
  @Field(() => String, { nullable: true }) rejectReason: string | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) decidedAt: Date | null;

  static from(w: WithdrawalRow): WithdrawalDto {
    return Object.assign(new WithdrawalDto(), {
      id: w.id, number: `WD${String(w.number).padStart(6, '0')}`, supplierId: w.supplierId, supplierName: w.supplierName, amount: w.amount, fee: w.fee,
      net: (BigInt(w.amount) - BigInt(w.fee)).toString(), cycle: w.cycle, settledBefore: w.settledBefore, payeeBank: w.payeeBank, payeeAccountName: w.payeeAccountName,
      payeeAccountNo: w.payeeAccountNo, status: w.status, transferReference: w.transferReference, rejectReason: w.rejectReason, createdAt: w.createdAt, decidedAt: w.decidedAt,
    });
  }
}

@ObjectType()
export class WithdrawalPage extends Paginated(WithdrawalDto, 'WithdrawalPage') {}

@ObjectType('PayoutTypeTotal')
export class PayoutTypeTotalDto {
  @Field(() => LedgerTransactionType) type: LedgerTransactionType;
  @Field(() => Int) count: number;
  @Field(() => MoneyScalar) total: string;
}

@ObjectType('PayoutStatement', { description: 'Every payable line behind a withdrawal: opening + movements − carriedForward = withdrawn; withdrawn − fee = net' })
export class PayoutStatementDto {
  @Field(() => WithdrawalDto) withdrawal: WithdrawalDto;
  @Field(() => GraphQLISODateTime, { nullable: true }) periodStart: Date | null;
  @Field(() => GraphQLISODateTime) periodEnd: Date;
  @Field(() => MoneyScalar) opening: string;
  @Field(() => [LedgerEntryDto]) lines: LedgerEntryDto[];
  @Field(() => [PayoutTypeTotalDto]) totalsByType: PayoutTypeTotalDto[];
  @Field(() => MoneyScalar) movements: string;
  @Field(() => MoneyScalar) available: string;
  @Field(() => MoneyScalar) withdrawn: string;
  @Field(() => MoneyScalar) fee: string;
  @Field(() => MoneyScalar) net: string;
  @Field(() => MoneyScalar) carriedForward: string;

  static from(s: PayoutStatement): PayoutStatementDto {
    return Object.assign(new PayoutStatementDto(), {
      withdrawal: WithdrawalDto.from(s.withdrawal), periodStart: s.periodStart, periodEnd: s.periodEnd, opening: s.opening.toString(), lines: s.lines.map(LedgerEntryDto.from),
      totalsByType: s.totalsByType.map((t) => Object.assign(new PayoutTypeTotalDto(), { type: t.type, count: t.count, total: t.total.toString() })),
      movements: s.movements.toString(), available: s.available.toString(), withdrawn: s.withdrawn.toString(), fee: s.fee.toString(), net: s.net.toString(),
      carriedForward: s.carriedForward.toString(),
    });
  }
}

@ObjectType('ReconciliationRun', { description: 'One channel’s statement of one day compared with the ledger' })
export class ReconciliationRunDto {
  @Field(() => ID) id: string;
  @Field(() => ID) channelId: string;
  @Field() channelName: string;
  @Field() channelKind: string;
  @Field({ description: 'YYYY-MM-DD, Asia/Shanghai' }) day: string;
  @Field({ description: 'OK, DIFFERENCES or FAILED (the statement could not be read)' }) status: string;
  @Field(() => Int) matched: number;
  @Field(() => Int) differences: number;
  @Field(() => MoneyScalar) channelTotal: string;
  @Field(() => MoneyScalar) ledgerTotal: string;
  @Field(() => String, { nullable: true }) error: string | null;
  @Field(() => GraphQLISODateTime) ranAt: Date;

  static from(r: ReconciliationRunRow): ReconciliationRunDto {
    return Object.assign(new ReconciliationRunDto(), {
      id: r.id, channelId: r.channelId, channelName: r.channelName, channelKind: r.channelKind, day: r.day, status: r.status, matched: r.matched, differences: r.differences,
      channelTotal: r.channelTotal, ledgerTotal: r.ledgerTotal, error: r.error, ranAt: r.ranAt,
    });
  }
}

@ObjectType()
export class ReconciliationRunPage extends Paginated(ReconciliationRunDto, 'ReconciliationRunPage') {}

@ObjectType('ReconciliationLine')
export class ReconciliationLineDto {
  @Field(() => ID) id: string;
  @Field(() => ReconciliationStatus) status: ReconciliationStatus;
  @Field(() => String, { nullable: true }) outTradeNo: string | null;
  @Field(() => String, { nullable: true }) tradeNo: string | null;
  @Field(() => ID, { nullable: true }) paymentId: string | null;
  @Field(() => MoneyScalar, { nullable: true }) channelAmount: string | null;
  @Field(() => MoneyScalar, { nullable: true }) ledgerAmount: string | null;
  @Field(() => MoneyScalar, { nullable: true }) channelFee: string | null;
  @Field(() => MoneyScalar, { nullable: true }) ledgerFee: string | null;

  static from(l: ReconciliationLineEntity): ReconciliationLineDto {
    return Object.assign(new ReconciliationLineDto(), {
      id: l.id, status: l.status, outTradeNo: l.outTradeNo, tradeNo: l.tradeNo, paymentId: l.paymentId, channelAmount: l.channelAmount, ledgerAmount: l.ledgerAmount,
      channelFee: l.channelFee, ledgerFee: l.ledgerFee,
    });
  }
}

@ObjectType()
export class ReconciliationLinePage extends Paginated(ReconciliationLineDto, 'ReconciliationLinePage') {}
