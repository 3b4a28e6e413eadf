import { AttemptOutcome, CodeStatus, LedgerTransactionType, OrderStatus, TopupTaskStatus } from '@mengyuan/domain';
import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { JSONScalar } from '../../../common/json.scalar';
import { MoneyScalar } from '../../../common/money.scalar';
import { Paginated } from '../../../common/pagination';
import type { SoldCode } from '../../inventory/services/card-code.service';
import type { OrderEntity } from '../entities/order.entity';
import type { Sale } from '../services/order-search.service';

registerEnumType(OrderStatus, { name: 'OrderStatus' });
registerEnumType(AttemptOutcome, { name: 'AttemptOutcome' });
registerEnumType(LedgerTransactionType, { name: 'LedgerTransactionType' });
registerEnumType(TopupTaskStatus, { name: 'TopupTaskStatus' });

@ObjectType('DeliveredCode', { description: 'A card code as its buyer sees it (卡密); every reveal is recorded' })
export class DeliveredCodeDto {
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true }) cardNumber: string | null;
  @Field(() => String, { nullable: true }) secret: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) expiresAt: Date | null;
  @Field(() => CodeStatus, { description: 'SOLD; REPLACED or VOIDED after an after-sales resolution (a reissued code comes as a new SOLD one)' }) status: CodeStatus;

  static from(c: SoldCode): DeliveredCodeDto {
    return Object.assign(new DeliveredCodeDto(), { id: c.id, cardNumber: c.cardNumber ?? null, secret: c.secret ?? null, expiresAt: c.expiresAt, status: c.status ?? CodeStatus.SOLD });
  }
}

@ObjectType('OrderAttempt', { description: 'One offer routing considered: where it stood, why, and what came of it' })
export class OrderAttemptDto {
  @Field(() => ID) offerId: string;
  @Field(() => AttemptOutcome) outcome: AttemptOutcome;
  @Field(() => Int, { nullable: true, description: 'Its place in the routing order (1 first); empty when it could not sell at all' }) position: number | null;
  @Field(() => JSONScalar, { nullable: true, description: 'The routing rule and its inputs for this offer' }) reason: Record<string, unknown> | null;
  @Field(() => GraphQLISODateTime) at: Date;
}

@ObjectType('OrderTopupProgress', { description: 'A direct top-up order in a supplier’s queue (one per source tried)' })
export class OrderTopupProgressDto {
  @Field(() => TopupTaskStatus) status: TopupTaskStatus;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field(() => GraphQLISODateTime) deadlineAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) claimedAt: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) finishedAt: Date | null;
  @Field(() => String, { nullable: true, description: 'The operator’s reference, once done' }) reference: string | null;
  @Field(() => String, { nullable: true }) failureReason: string | null;
}

@ObjectType('Order')
export class OrderDto {
  @Field(() => ID) id: string;
  @Field(() => ID) memberId: string;
  @Field({ description: 'The merchant’s own order number: the idempotency key' }) clientOrderNo: string;
  @Field(() => ID) skuId: string;
  @Field(() => Int) quantity: number;
  @Field(() => MoneyScalar) unitPrice: string;
  @Field(() => MoneyScalar) total: string;
  @Field(() => OrderStatus) status: OrderStatus;
  @Field(() => String, { nullable: true }) rechargeAccount: string | null;
  @Field(() => String, { nullable: true, description: 'Why it failed (an error code)' }) failureCode: string | null;
  @Field(() => GraphQLISODateTime) placedAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) deliveredAt: Date | null;
  @Field(() => Float, { nullable: true, description: 'Milliseconds from placing to delivery: the server’s work for card codes, the supplier’s time for direct top-ups' }) latencyMs: number | null;
  @Field(() => [DeliveredCodeDto], { nullable: true, description: 'Only in the placeOrder answer that delivered them' }) codes: DeliveredCodeDto[] | null;

  static from(o: OrderEntity, codes: SoldCode[] | null = null): OrderDto {
    return Object.assign(new OrderDto(), {
      id: o.id, memberId: o.memberId, clientOrderNo: o.clientOrderNo, skuId: o.skuId, quantity: o.quantity, unitPrice: o.unitPrice, total: o.total,
      status: o.status, rechargeAccount: o.rechargeAccount, failureCode: o.failureCode, placedAt: o.placedAt, deliveredAt: o.deliveredAt,
      latencyMs: o.latencyMs === null ? null : Number(o.latencyMs), codes: codes ? codes.map(DeliveredCodeDto.from) : null,
    });
  }
}

@ObjectType()
export class OrderPage extends Paginated(OrderDto, 'OrderPage') {
  @Field(() => Boolean, { nullable: true, description: 'true: totalCount stopped at 1,000 and is a lower bound (the apps say “more than 1,000”); counting on would read the whole history' })
  totalCountCapped?: boolean | null;
}

@ObjectType('StatementLine')
export class StatementLineDto {
  @Field(() => ID) id: string;
  @Field(() => ID) transactionId: string;
  @Field(() => LedgerTransactionType) type: LedgerTransactionType;
  @Field(() => MoneyScalar, { description: 'Positive adds to the balance' }) amount: string;
  @Field(() => String, { nullable: true }) reference: string | null;
  @Field(() => ID, { nullable: true }) orderId: string | null;
  @Field(() => String, { nullable: true, description: "Why the transaction was posted, when its type alone does not say: a HOLD with 'direct top-up in progress' reserves a direct top-up, a HOLD without one a risk-held order" })
  memo: string | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;
}

@ObjectType('Wallet', { description: 'A member’s prepaid wallet, or a supplier’s payable' })
export class WalletDto {
  @Field(() => MoneyScalar) balance: string;
  @Field(() => [StatementLineDto]) statement: StatementLineDto[];
  @Field(() => Int) statementCount: number;
}

@ObjectType('LedgerDrift')
export class LedgerDriftDto {
  @Field(() => ID) accountId: string;
  @Field() kind: string;
  @Field(() => ID, { nullable: true }) organizationId: string | null;
  @Field(() => MoneyScalar) stored: string;
  @Field(() => MoneyScalar) computed: string;
}

@ObjectType('LedgerCheck')
export class LedgerCheckDto {
  @Field() ok: boolean;
  @Field({ description: 'Every entry from the first, every checkpoint replayed' }) full: boolean;
  @Field(() => ID, { nullable: true, description: 'The signed checkpoint the check started from; null from the first entry' }) fromCheckpoint: string | null;
  @Field(() => Int, { description: 'Entries read: those since the checkpoint, or all' }) entriesChecked: number;
  @Field(() => Int) accountsChecked: number;
  @Field(() => Int, { description: 'Transactions among the entries read' }) transactionsChecked: number;
  @Field(() => [LedgerDriftDto]) drift: LedgerDriftDto[];
  @Field(() => [ID]) unbalancedTransactions: string[];
  @Field(() => ID, { nullable: true, description: 'A checkpoint whose signature, digests or balances do not hold' }) brokenCheckpoint: string | null;
  @Field(() => Int, { description: 'How long the check took' }) ms: number;
}

@ObjectType('Sale', { description: 'One order line a supplier delivered' })
export class SaleDto {
  @Field(() => ID) id: string;
  @Field(() => ID) orderId: string;
  @Field({ description: 'The member’s order number: how people name the order' }) clientOrderNo: string;
  @Field(() => ID) skuId: string;
  @Field() skuCode: string;
  @Field() skuName: string;
  @Field(() => Int) quantity: number;
  @Field(() => MoneyScalar, { description: 'Settlement per unit: what the supplier is paid' }) unitSettlement: string;
  @Field(() => OrderStatus) status: OrderStatus;
  @Field(() => GraphQLISODateTime) placedAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) deliveredAt: Date | null;

  static from(r: Sale): SaleDto {
    return Object.assign(new SaleDto(), r);
  }
}

@ObjectType()
export class SalePage extends Paginated(SaleDto, 'SalePage') {
  @Field(() => Boolean, { nullable: true, description: 'true: totalCount stopped at 1,000 and is a lower bound (the apps say “more than 1,000”); counting on would read the whole history' })
  totalCountCapped?: boolean | null;
}

@ObjectType('OrderSupplier', { description: 'A supplier that delivered some of the caller’s orders' })
export class OrderSupplierDto {
  @Field(() => ID) id: string;
  @Field() name: string;
}
