import { AttemptOutcome, LedgerTransactionType, OrderStatus } from '@mengyuan/domain';
import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MoneyScalar } from '../../../common/money.scalar';
import { Paginated } from '../../../common/pagination';
import type { DeliveredCode, OrderRow, SaleRow } from '../services/order.service';

registerEnumType(OrderStatus, { name: 'OrderStatus' });
registerEnumType(AttemptOutcome, { name: 'AttemptOutcome' });
registerEnumType(LedgerTransactionType, { name: 'LedgerTransactionType' });

@ObjectType('DeliveredCode', { description: 'A card code as its buyer sees it (卡密); every reveal is recorded' })
export class DeliveredCodeDto {
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true }) cardNumber: string | null;
  @Field(() => String, { nullable: true }) secret: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) expiresAt: Date | null;

  static from(c: DeliveredCode): DeliveredCodeDto {
    return Object.assign(new DeliveredCodeDto(), { id: c.id, cardNumber: c.cardNumber ?? null, secret: c.secret ?? null, expiresAt: c.expiresAt });
  }
}

@ObjectType('OrderAttempt', { description: 'One offer tried by routing' })
export class OrderAttemptDto {
  @Field(() => ID) offerId: string;
  @Field(() => AttemptOutcome) outcome: AttemptOutcome;
  @Field(() => GraphQLISODateTime) at: Date;
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
  @Field(() => Float, { nullable: true, description: 'Server-side delivery latency in milliseconds' }) latencyMs: number | null;
  @Field(() => [DeliveredCodeDto], { nullable: true, description: 'Only in the placeOrder answer that delivered them' }) codes: DeliveredCodeDto[] | null;

  static from(o: OrderRow, codes: DeliveredCode[] | null = null): OrderDto {
    return Object.assign(new OrderDto(), {
      id: o.id, memberId: o.member_id, clientOrderNo: o.client_order_no, skuId: o.sku_id, quantity: o.quantity, unitPrice: o.unit_price, total: o.total,
      status: o.status, rechargeAccount: o.recharge_account, failureCode: o.failure_code, placedAt: o.placed_at, deliveredAt: o.delivered_at,
      latencyMs: o.latency_ms === null ? null : Number(o.latency_ms), codes: codes ? codes.map(DeliveredCodeDto.from) : null,
    });
  }
}

@ObjectType()
export class OrderPage extends Paginated(OrderDto, 'OrderPage') {}

@ObjectType('StatementLine')
export class StatementLineDto {
  @Field(() => ID) id: string;
  @Field(() => ID) transactionId: string;
  @Field(() => LedgerTransactionType) type: LedgerTransactionType;
  @Field(() => MoneyScalar, { description: 'Positive adds to the balance' }) amount: string;
  @Field(() => String, { nullable: true }) reference: string | null;
  @Field(() => ID, { nullable: true }) orderId: string | null;
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
  @Field(() => Int) accountsChecked: number;
  @Field(() => Int) transactionsChecked: number;
  @Field(() => [LedgerDriftDto]) drift: LedgerDriftDto[];
  @Field(() => [ID]) unbalancedTransactions: string[];
}

@ObjectType('Sale', { description: 'One order line a supplier delivered' })
export class SaleDto {
  @Field(() => ID) id: string;
  @Field(() => ID) orderId: string;
  @Field(() => ID) skuId: string;
  @Field() skuCode: string;
  @Field() skuName: string;
  @Field(() => Int) quantity: number;
  @Field(() => MoneyScalar, { description: 'Settlement per unit: what the supplier is paid' }) unitSettlement: string;
  @Field(() => OrderStatus) status: OrderStatus;
  @Field(() => GraphQLISODateTime) placedAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) deliveredAt: Date | null;

  static from(r: SaleRow): SaleDto {
    return Object.assign(new SaleDto(), {
      id: r.id, orderId: r.order_id, skuId: r.sku_id, skuCode: r.sku_code, skuName: r.sku_name, quantity: r.quantity, unitSettlement: r.unit_settlement,
      status: r.status, placedAt: r.placed_at, deliveredAt: r.delivered_at,
    });
  }
}

@ObjectType()
export class SalePage extends Paginated(SaleDto, 'SalePage') {}
