import { Category, DeliveryMode, OfferAction, OfferPauseReason, OfferStatus, PriceChangeStatus, SkuStatus, offerLifecycle } from '@mengyuan/domain';
import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MoneyScalar } from '../../../common/money.scalar';
import { Paginated } from '../../../common/pagination';
import { BrandDto } from '../../qualifications/dtos/qualification.dto';
import type { OfferEntity } from '../entities/offer.entity';
import type { OfferPriceChangeEntity } from '../entities/offer-price-change.entity';
import type { PriceChangeEntity } from '../entities/price-change.entity';
import type { SkuEntity } from '../entities/sku.entity';

registerEnumType(Category, { name: 'Category' });
registerEnumType(DeliveryMode, { name: 'DeliveryMode' });
registerEnumType(SkuStatus, { name: 'SkuStatus' });
registerEnumType(PriceChangeStatus, { name: 'PriceChangeStatus' });
registerEnumType(OfferStatus, { name: 'OfferStatus' });
registerEnumType(OfferAction, { name: 'OfferAction' });
registerEnumType(OfferPauseReason, { name: 'OfferPauseReason' });

export const StockState = { IN_STOCK: 'IN_STOCK', LOW: 'LOW', OUT_OF_STOCK: 'OUT_OF_STOCK' } as const;
export type StockState = (typeof StockState)[keyof typeof StockState];
registerEnumType(StockState, { name: 'StockState' });

@ObjectType('PriceChange')
export class PriceChangeDto {
  @Field(() => ID) id: string;
  @Field(() => ID) skuId: string;
  @Field(() => MoneyScalar) oldPrice: string;
  @Field(() => MoneyScalar) newPrice: string;
  @Field(() => GraphQLISODateTime) effectiveAt: Date;
  @Field() reason: string;
  @Field({ description: 'Scheduled with less than the standard notice, by an admin, with a reason' }) noticeShortened: boolean;
  @Field(() => PriceChangeStatus) status: PriceChangeStatus;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) appliedAt: Date | null;

  static from(e: PriceChangeEntity): PriceChangeDto {
    return Object.assign(new PriceChangeDto(), {
      id: e.id, skuId: e.skuId, oldPrice: e.oldPrice, newPrice: e.newPrice, effectiveAt: e.effectiveAt, reason: e.reason,
      noticeShortened: e.noticeShortened, status: e.status, createdAt: e.createdAt, appliedAt: e.appliedAt,
    });
  }
}

/** Facts about a SKU's supply, computed together for a page of SKUs. */
export interface SkuSupply {
  liveOfferCount: number;
  stockAvailable: number;
  lowStock: boolean;
  priceMovement7dBp: number;
  /** Settlement-price changes its live offers' suppliers have scheduled, and the first one's time. */
  sourcePriceChangesScheduled: number;
  nextSourcePriceChangeAt: Date | null;
}

@ObjectType('Sku', { description: 'An alliance standard product, at its unified price' })
export class SkuDto {
  @Field(() => ID) id: string;
  @Field() code: string;
  @Field() name: string;
  @Field(() => BrandDto) brand: BrandDto;
  @Field(() => Category) category: Category;
  @Field(() => MoneyScalar, { description: '面值' }) faceValue: string;
  @Field(() => DeliveryMode) deliveryMode: DeliveryMode;
  @Field(() => MoneyScalar, { description: '统一供货价: what members pay' }) unifiedPrice: string;
  @Field(() => SkuStatus) status: SkuStatus;
  @Field(() => Int, { description: 'Live offers (sources) for this SKU' }) liveOfferCount: number;
  @Field(() => Int, { description: 'Sellable codes across live offers' }) stockAvailable: number;
  @Field(() => StockState) stockState: StockState;
  @Field(() => Int, { description: 'Unified price movement over the last 7 days, in basis points' }) priceMovement7dBp: number;
  @Field({ description: 'Moved more than ±5 % in 7 days' }) priceMovementFlagged: boolean;
  @Field(() => Int, { description: 'Settlement-price changes announced by this SKU\'s suppliers, not yet applied (which supplier and what price are not shown)' })
  sourcePriceChangesScheduled: number;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the first of them applies' }) nextSourcePriceChangeAt: Date | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;

  static from(e: SkuEntity, supply: SkuSupply, flagBp: number): SkuDto {
    return Object.assign(new SkuDto(), {
      id: e.id, code: e.code, name: e.name, brand: BrandDto.from(e.brand!), category: e.category, faceValue: e.faceValue,
      deliveryMode: e.deliveryMode, unifiedPrice: e.unifiedPrice, status: e.status, createdAt: e.createdAt,
      liveOfferCount: supply.liveOfferCount,
      stockAvailable: supply.stockAvailable,
      stockState:
        e.deliveryMode === 'DIRECT_TOPUP'
          ? supply.liveOfferCount > 0 ? StockState.IN_STOCK : StockState.OUT_OF_STOCK
          : supply.stockAvailable === 0 ? StockState.OUT_OF_STOCK : supply.lowStock ? StockState.LOW : StockState.IN_STOCK,
      priceMovement7dBp: supply.priceMovement7dBp,
      priceMovementFlagged: Math.abs(supply.priceMovement7dBp) > flagBp,
      sourcePriceChangesScheduled: supply.sourcePriceChangesScheduled,
      nextSourcePriceChangeAt: supply.nextSourcePriceChangeAt,
    });
  }
}

@ObjectType()
export class SkuPage extends Paginated(SkuDto, 'SkuPage') {}

@ObjectType('OfferPriceChange', { description: 'A settlement-price change of an offer: scheduled with notice, then applied or cancelled' })
export class OfferPriceChangeDto {
  @Field(() => ID) id: string;
  @Field(() => MoneyScalar) oldPrice: string;
  @Field(() => MoneyScalar) newPrice: string;
  @Field(() => GraphQLISODateTime) effectiveAt: Date;
  @Field(() => String, { nullable: true, description: 'Why the notice was shortened' }) reason: string | null;
  @Field({ description: 'Less than the alliance\'s notice: counts as unannounced in price stability' }) noticeShortened: boolean;
  @Field(() => PriceChangeStatus) status: PriceChangeStatus;
  @Field(() => GraphQLISODateTime) createdAt: Date;

  static from(e: OfferPriceChangeEntity): OfferPriceChangeDto {
    return Object.assign(new OfferPriceChangeDto(), {
      id: String(e.id), oldPrice: e.oldPrice, newPrice: e.newPrice, effectiveAt: e.effectiveAt, reason: e.reason, noticeShortened: e.noticeShortened, status: e.status, createdAt: e.createdAt,
    });
  }
}

@ObjectType('OfferSupplier')
export class OfferSupplierDto {
  @Field(() => ID) id: string;
  @Field() name: string;
}

@ObjectType('Offer', { description: 'One supplier supplying one SKU (货源); seen by its supplier and alliance staff' })
export class OfferDto {
  @Field(() => ID) id: string;
  @Field(() => ID) skuId: string;
  @Field() skuCode: string;
  @Field() skuName: string;
  @Field(() => MoneyScalar) faceValue: string;
  @Field(() => MoneyScalar) unifiedPrice: string;
  @Field(() => OfferSupplierDto) supplier: OfferSupplierDto;
  @Field(() => MoneyScalar, { description: 'What the supplier is paid per unit' }) settlementPrice: string;
  @Field(() => OfferStatus) status: OfferStatus;
  @Field(() => OfferPauseReason, { nullable: true }) pauseReason: OfferPauseReason | null;
  @Field({ description: 'Settlement price under 85 % of face value: flagged for review' }) lowPriceFlag: boolean;
  @Field(() => String, { nullable: true }) reviewNote: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) reviewedAt: Date | null;
  @Field(() => DeliveryMode) deliveryMode: DeliveryMode;
  @Field(() => Int, { description: 'Card offers: sellable codes (0 for direct top-ups, which have no codes)' }) stockAvailable: number;
  @Field(() => Int) lowStockThreshold: number;
  @Field(() => Int, { nullable: true, description: 'Direct top-ups: open tasks at most (null: no limit)' }) capacity: number | null;
  @Field(() => [OfferAction], { description: 'What can be done next, from the lifecycle table' }) possibleActions: OfferAction[];
  @Field(() => OfferPriceChangeDto, { nullable: true, description: 'The settlement-price change waiting for its effective time (the supplier may cancel it)' })
  pendingPriceChange: OfferPriceChangeDto | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;

  static from(e: OfferEntity, pending: OfferPriceChangeEntity | null = null): OfferDto {
    return Object.assign(new OfferDto(), {
      id: e.id, skuId: e.skuId, skuCode: e.sku!.code, skuName: e.sku!.name, faceValue: e.sku!.faceValue, unifiedPrice: e.sku!.unifiedPrice,
      supplier: { id: e.supplierId, name: e.supplier?.name ?? '' }, settlementPrice: e.settlementPrice, status: e.status,
      pauseReason: e.pauseReason, lowPriceFlag: e.lowPriceFlag, reviewNote: e.reviewNote, reviewedAt: e.reviewedAt,
      deliveryMode: e.sku!.deliveryMode, stockAvailable: e.stockAvailable + (e.pendingStockDelta ?? 0), lowStockThreshold: e.lowStockThreshold, capacity: e.capacity,
      possibleActions: offerLifecycle.actionsFrom(e.status).filter((a) => a !== OfferAction.FLAG), createdAt: e.createdAt,
      pendingPriceChange: pending ? OfferPriceChangeDto.from(pending) : null,
    });
  }
}

@ObjectType()
export class OfferPage extends Paginated(OfferDto, 'OfferPage') {}
