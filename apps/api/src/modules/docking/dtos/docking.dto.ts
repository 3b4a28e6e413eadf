import { DockConnectorStatus, DockProtocol, DockRounding, OfferStatus } from '@mengyuan/domain';
import { Field, Float, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { JSONScalar } from '../../../common/json.scalar';
import { MoneyScalar } from '../../../common/money.scalar';
import { Paginated } from '../../../common/pagination';
import type { DockCallEntity, DockConnectorEntity } from '../entities/docking.entities';
import type { DockedGoodsView, SyncResult } from '../services/sync.service';

registerEnumType(DockRounding, { name: 'DockRounding', description: 'How a synced price is rounded up: to the fen, jiao or yuan' });
registerEnumType(DockConnectorStatus, { name: 'DockConnectorStatus' });
registerEnumType(DockProtocol, { name: 'DockProtocol', description: 'What a docked system speaks: the Mengyuan supplier protocol v1, or a dujiao-next site’s upstream API' });

@ObjectType('DockConnector', { description: 'A supplier’s own system docked as a source (Mengyuan supplier protocol v1, or a dujiao-next site); its secret is never answered' })
export class DockConnectorDto {
  @Field(() => ID) id: string;
  @Field(() => ID) supplierId: string;
  @Field() name: string;
  @Field(() => DockProtocol) protocol: DockProtocol;
  @Field() endpoint: string;
  @Field() keyId: string;
  @Field(() => Int) timeoutMs: number;
  @Field(() => Int) concurrency: number;
  @Field(() => Int, { description: 'Markup on the upstream’s price, basis points' }) markupBp: number;
  @Field(() => DockRounding) rounding: DockRounding;
  @Field(() => [String]) excludedGoods: string[];
  @Field(() => DockConnectorStatus) status: DockConnectorStatus;
  @Field({ description: 'CLOSED, OPEN or HALF_OPEN (this replica)' }) breaker: string;
  @Field(() => GraphQLISODateTime, { nullable: true }) syncedThrough: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) lastSyncAt: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) lastTestAt: Date | null;
  @Field(() => Boolean, { nullable: true }) lastTestOk: boolean | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;

  static from(c: DockConnectorEntity, breaker: string): DockConnectorDto {
    return Object.assign(new DockConnectorDto(), {
      id: c.id, supplierId: c.supplierId, name: c.name, protocol: c.protocol, endpoint: c.endpoint, keyId: c.keyId, timeoutMs: c.timeoutMs, concurrency: c.concurrency,
      markupBp: c.markupBp, rounding: c.rounding, excludedGoods: c.excludedGoods, status: c.status, breaker, syncedThrough: c.syncedThrough, lastSyncAt: c.lastSyncAt,
      lastTestAt: c.lastTestAt, lastTestOk: c.lastTestOk, createdAt: c.createdAt,
    });
  }
}

@ObjectType('DockHealth', { description: 'A connector’s outbound calls over the last `days` days: how many, the share answered well, latency percentiles' })
export class DockHealthDto {
  @Field(() => Int) days: number;
  @Field(() => Int) calls: number;
  @Field(() => Float, { nullable: true, description: 'Share of the calls answered well (0–1); null with no calls' }) okRate: number | null;
  @Field(() => Int, { nullable: true }) p50Ms: number | null;
  @Field(() => Int, { nullable: true }) p95Ms: number | null;
  @Field(() => Int, { nullable: true }) p99Ms: number | null;
}

@ObjectType('DockTestResult')
export class DockTestResultDto {
  @Field() ok: boolean;
  @Field(() => Int) latencyMs: number;
  @Field(() => String, { nullable: true }) supplier: string | null;
  @Field(() => String, { nullable: true, description: 'The upstream’s code (SIGNATURE_INVALID, TIMESTAMP_STALE, …) or TIMEOUT / NETWORK / SERVER' }) code: string | null;
  @Field(() => String, { nullable: true }) error: string | null;
}

@ObjectType('DockDrift')
export class DockDriftDto {
  @Field() goodsId: string;
  @Field() reason: string;
}

@ObjectType('DockSyncResult')
export class DockSyncResultDto {
  @Field() full: boolean;
  @Field(() => Int) seen: number;
  @Field(() => Int) excluded: number;
  @Field(() => Int) repriced: number;
  @Field(() => Int) paused: number;
  @Field(() => Int) resumed: number;
  @Field(() => [DockDriftDto]) drift: DockDriftDto[];
  @Field(() => String, { nullable: true }) error: string | null;

  static from(r: SyncResult): DockSyncResultDto {
    return Object.assign(new DockSyncResultDto(), r);
  }
}

@ObjectType('DockedGoods', { description: 'An upstream’s goods as last synced, and the offer it feeds' })
export class DockedGoodsDto {
  @Field() goodsId: string;
  @Field() name: string;
  @Field() kind: string;
  @Field(() => MoneyScalar) faceValue: string;
  @Field(() => MoneyScalar, { description: 'The upstream’s price' }) price: string;
  @Field(() => Int, { nullable: true }) stock: number | null;
  @Field() status: string;
  @Field(() => ID, { nullable: true }) offerId: string | null;
  @Field(() => MoneyScalar, { description: 'The settlement price the offer should have (markup and rounding applied)' }) targetPrice: string;
  @Field(() => MoneyScalar, { nullable: true }) offerPrice: string | null;
  @Field(() => OfferStatus, { nullable: true }) offerStatus: OfferStatus | null;
  @Field({ description: 'The offer’s price is not what the upstream’s goods give' }) drift: boolean;
  @Field(() => GraphQLISODateTime) syncedAt: Date;

  static from(g: DockedGoodsView): DockedGoodsDto {
    return Object.assign(new DockedGoodsDto(), {
      goodsId: g.goodsId, name: g.name, kind: g.kind, faceValue: g.faceValue, price: g.price, stock: g.stock, status: g.status, offerId: g.offerId, targetPrice: g.targetPrice,
      offerPrice: g.offerPrice, offerStatus: g.offerStatus, drift: g.drift, syncedAt: g.syncedAt,
    });
  }
}

@ObjectType('DockCall', { description: 'One call across the edge, redacted (no secret, no code in clear)' })
export class DockCallDto {
  @Field(() => ID) id: string;
  @Field() direction: string;
  @Field() method: string;
  @Field() path: string;
  @Field(() => Int, { nullable: true }) status: number | null;
  @Field() ok: boolean;
  @Field(() => Int) latencyMs: number;
  @Field(() => String, { nullable: true }) error: string | null;
  @Field(() => JSONScalar, { nullable: true }) request: unknown;
  @Field(() => JSONScalar, { nullable: true }) response: unknown;
  @Field(() => GraphQLISODateTime) at: Date;

  static from(c: DockCallEntity): DockCallDto {
    return Object.assign(new DockCallDto(), { id: c.id, direction: c.direction, method: c.method, path: c.path, status: c.status, ok: c.ok, latencyMs: c.latencyMs, error: c.error, request: c.request, response: c.response, at: c.at });
  }
}

@ObjectType()
export class DockCallPage extends Paginated(DockCallDto, 'DockCallPage') {}

@ObjectType('DockMismatch')
export class DockMismatchDto {
  @Field() orderId: string;
  @Field({ description: 'MISSING_UPSTREAM, MISSING_HERE, AMOUNT or STATUS' }) kind: string;
  @Field(() => MoneyScalar, { nullable: true }) ours: string | null;
  @Field(() => MoneyScalar, { nullable: true }) theirs: string | null;
  @Field(() => String, { nullable: true }) detail: string | null;
}

@ObjectType('DockReconciliation')
export class DockReconciliationDto {
  @Field() day: string;
  @Field(() => Int) compared: number;
  @Field(() => [DockMismatchDto]) mismatches: DockMismatchDto[];
  @Field(() => String, { nullable: true }) error: string | null;
}

@InputType()
export class DockConnectorInput {
  @Field(() => DockProtocol, { nullable: true, description: 'When creating (default MENGYUAN); a connector keeps its protocol' }) @IsOptional() @IsIn(Object.values(DockProtocol)) protocol?: DockProtocol | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(80) name?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(500) endpoint?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(64) keyId?: string | null;
  @Field(() => String, { nullable: true, description: 'The shared HMAC secret; write-only' }) @IsOptional() @IsString() @MaxLength(200) secret?: string | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(100) @Max(30_000) timeoutMs?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(256) concurrency?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(-5000) @Max(10_000) markupBp?: number | null;
  @Field(() => DockRounding, { nullable: true }) @IsOptional() @IsIn(Object.values(DockRounding)) rounding?: DockRounding | null;
  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(1000) @IsString({ each: true }) excludedGoods?: string[] | null;
  @Field(() => DockConnectorStatus, { nullable: true }) @IsOptional() @IsIn(Object.values(DockConnectorStatus)) status?: DockConnectorStatus | null;
}
