import { DeliveryMode, OfferStatus, TicketCategory, TicketTier } from '@mengyuan/domain';
import { Field, Float, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsOptional, Matches } from 'class-validator';
import type { DayRange } from '../../../common/date-range';
import { MoneyScalar } from '../../../common/money.scalar';
import type { TicketFigures } from '../../tickets/services/ticket-figures.service';
import type { DashboardScope, LatencySummary, Totals } from '../services/dashboard.service';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

@InputType('DashboardRangeInput', { description: 'Asia/Shanghai days, both included; default: the 7 days ending today; at most 366 days' })
export class DashboardRangeInput {
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) @IsOptional() @Matches(DAY, { message: 'must be a date YYYY-MM-DD' }) from?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) @IsOptional() @Matches(DAY, { message: 'must be a date YYYY-MM-DD' }) to?: string | null;
}

@ObjectType('DashboardRange', { description: 'The days shown, and the days they are compared with: as many whole weeks earlier as the range is long (周同比)' })
export class DashboardRangeDto {
  @Field() from: string;
  @Field() to: string;
  @Field() previousFrom: string;
  @Field() previousTo: string;
}

@ObjectType('MoneyFigure', { description: 'An amount in the range, the same in the period compared with, and the change' })
export class MoneyFigureDto {
  @Field(() => MoneyScalar) value: string;
  @Field(() => MoneyScalar) previous: string;
  @Field(() => Float, { nullable: true, description: '(value − previous) / previous; empty when previous is 0' }) changeRatio: number | null;

  static of(value: bigint, previous: bigint): MoneyFigureDto {
    return { value: value.toString(), previous: previous.toString(), changeRatio: previous === 0n ? null : Number(value - previous) / Number(previous) };
  }
}

@ObjectType('CountFigure')
export class CountFigureDto {
  @Field(() => Int) value: number;
  @Field(() => Int) previous: number;
  @Field(() => Float, { nullable: true, description: '(value − previous) / previous; empty when previous is 0' }) changeRatio: number | null;

  static of(value: number, previous: number): CountFigureDto {
    return { value, previous, changeRatio: previous === 0 ? null : (value - previous) / previous };
  }
}

@ObjectType('RateFigure', { description: 'A share between 0 and 1; empty when nothing was counted' })
export class RateFigureDto {
  @Field(() => Float, { nullable: true }) value: number | null;
  @Field(() => Float, { nullable: true }) previous: number | null;
  @Field(() => Int) numerator: number;
  @Field(() => Int) denominator: number;
  @Field(() => Float, { nullable: true, description: 'value − previous, in percentage points' }) changePoints: number | null;

  static of(num: number, den: number, prevNum: number, prevDen: number): RateFigureDto {
    const value = den ? num / den : null;
    const previous = prevDen ? prevNum / prevDen : null;
    return { value, previous, numerator: num, denominator: den, changePoints: value === null || previous === null ? null : (value - previous) * 100 };
  }
}

@ObjectType('LatencyFigure', { description: 'Delivery latency in milliseconds: percentiles read from √2-wide histogram buckets, the mean exact' })
export class LatencyFigureDto {
  @Field(() => Int) count: number;
  @Field(() => Float, { nullable: true }) p50Ms: number | null;
  @Field(() => Float, { nullable: true }) p99Ms: number | null;
  @Field(() => Float, { nullable: true }) meanMs: number | null;
  @Field(() => Int) previousCount: number;
  @Field(() => Float, { nullable: true }) previousP50Ms: number | null;
  @Field(() => Float, { nullable: true }) previousP99Ms: number | null;

  static of(l: LatencySummary): LatencyFigureDto {
    return Object.assign(new LatencyFigureDto(), l);
  }
}

@ObjectType('DailyFigures', { description: 'One day of a trend chart' })
export class DailyFiguresDto {
  @Field() day: string;
  @Field(() => Int, { description: 'Orders delivered' }) orders: number;
  @Field(() => Int) failed: number;
  @Field(() => MoneyScalar) gmv: string;
  @Field(() => MoneyScalar) settlement: string;
  @Field(() => MoneyScalar) refunded: string;
}

@ObjectType('SkuRanking', { description: 'A SKU among the best sellers of the range (热销)' })
export class SkuRankingDto {
  @Field(() => ID) skuId: string;
  @Field() code: string;
  @Field() name: string;
  @Field(() => Int) orders: number;
  @Field(() => Int) quantity: number;
  @Field(() => MoneyScalar) gmv: string;
}

@ObjectType('SupplierShare', { description: 'A supplier’s share of the delivered orders routing gave out' })
export class SupplierShareDto {
  @Field(() => ID) supplierId: string;
  @Field() name: string;
  @Field(() => Int) orders: number;
  @Field(() => MoneyScalar) gmv: string;
  @Field(() => Float) share: number;
}

@ObjectType('SingleSourceSku', { description: 'An active SKU with fewer than 2 live offers' })
export class SingleSourceSkuDto {
  @Field(() => ID) skuId: string;
  @Field() code: string;
  @Field() name: string;
  @Field(() => Int) liveOffers: number;
}

@ObjectType('OfferStockLevel', { description: 'An offer’s sellable stock; low when at or below its threshold (card offers)' })
export class OfferStockLevelDto {
  @Field(() => ID) offerId: string;
  @Field(() => ID) skuId: string;
  @Field() skuCode: string;
  @Field() skuName: string;
  @Field(() => DeliveryMode) deliveryMode: DeliveryMode;
  @Field(() => OfferStatus) status: OfferStatus;
  @Field(() => Int) stockAvailable: number;
  @Field(() => Int) lowStockThreshold: number;
  @Field() lowStock: boolean;
}

@ObjectType('TopupQueueSummary')
export class TopupQueueSummaryDto {
  @Field(() => Int) queued: number;
  @Field(() => Int) claimed: number;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'The open task due first' }) nearestDeadlineAt: Date | null;
}

@ObjectType('WalletBalances')
export class WalletBalancesDto {
  @Field(() => MoneyScalar, { description: 'What the member can spend' }) wallet: string;
  @Field(() => MoneyScalar, { description: 'Reserved: orders held for review and top-ups in progress' }) hold: string;
}

@ObjectType('SlaAttainment', { description: 'SLA clocks that stopped in the range (ticket answered or resolved): the share within target, by metric, all tiers' })
export class SlaAttainmentDto {
  @Field(() => RateFigureDto, { description: 'First responses within target' }) firstResponse: RateFigureDto;
  @Field(() => RateFigureDto, { description: 'Resolutions within target' }) resolution: RateFigureDto;
}

@ObjectType('TierCount', { description: 'A count for one service tier (L1 客服, L2 技术, L3 联盟仲裁), with the period compared with' })
export class TierCountDto {
  @Field(() => TicketTier) tier: TicketTier;
  @Field(() => Int) count: number;
  @Field(() => Int) previous: number;
}

@ObjectType('CategoryCount', { description: 'Tickets opened in the range in one category, with the period compared with' })
export class CategoryCountDto {
  @Field(() => TicketCategory) category: TicketCategory;
  @Field(() => Int) count: number;
  @Field(() => Int) previous: number;
}

/** What every dashboard's panels are computed from: whose figures, which days, and the totals read once. */
abstract class DashboardBase {
  scope: DashboardScope;
  days: DayRange;
  /** Read once per request, shared by the panels that need totals. */
  totals: () => Promise<Totals>;
}

@ObjectType('AdminDashboard', { description: 'The alliance’s dashboard (数据看板); figures count on the Asia/Shanghai day an order was delivered, failed or refunded' })
export class AdminDashboardDto extends DashboardBase {
  /** The after-sales figures of the range, read once per request by the SLA and ticket panels. */
  tickets: () => Promise<TicketFigures>;
}

@ObjectType('SupplierDashboard', { description: 'A supplier’s sales, fulfilment, stock and top-up queue' })
export class SupplierDashboardDto extends DashboardBase {}

@ObjectType('MemberDashboard', { description: 'A member’s spending, orders, delivery latency and wallet' })
export class MemberDashboardDto extends DashboardBase {}
