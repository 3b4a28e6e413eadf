import type { OrderStatus } from '@mengyuan/domain';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import type { SelectQueryBuilder } from 'typeorm';
import { isAlliance, type Actor } from '../../../common/actor';
import { instantsOf } from '../../../common/date-range';
import { assertId, validationFailed } from '../../../common/errors';
import { cappedCount, type Page } from '../../../common/pagination';
import { OrderLineEntity } from '../entities/order-line.entity';
import { OrderEntity } from '../entities/order.entity';

/** What orders (members: their own; alliance: all) and sales (a supplier's order lines) are searched by. */
export interface OrderSearch {
  /** The order number (its id), or its first characters: at least 4. */
  orderNo?: string | null;
  /** The member's own number, or its beginning. */
  clientOrderNo?: string | null;
  skuId?: string | null;
  supplierId?: string | null;
  memberId?: string | null;
  status?: OrderStatus | null;
  /** Placed on or after this day / on or before this day (YYYY-MM-DD, Asia/Shanghai). */
  from?: string | null;
  to?: string | null;
}

/** One order as an export row: names instead of ids. */
export interface OrderExportRow {
  id: string;
  clientOrderNo: string | null;
  memberName: string | null;
  skuCode: string;
  skuName: string;
  quantity: number;
  unitPrice: string;
  total: string;
  status: OrderStatus;
  suppliers: string | null;
  failureCode: string | null;
  placedAt: Date;
  deliveredAt: Date | null;
  latencyMs: number | null;
}

/** One order line as its supplier sees it. */
export interface Sale {
  id: string;
  orderId: string;
  clientOrderNo: string;
  skuId: string;
  skuCode: string;
  skuName: string;
  quantity: number;
  unitSettlement: string;
  status: OrderStatus;
  placedAt: Date;
  deliveredAt: Date | null;
}

const EXPORT_BATCH = 1000;
const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The order number's first characters as the range of ids that start with them (the primary key answers it). */
export function orderNoRange(input: string): [string, string] {
  const hex = input.trim().toLowerCase().replace(/-/g, '');
  if (!/^[0-9a-f]{4,32}$/.test(hex)) throw validationFailed({ orderNo: ['give the order number or at least its first 4 characters'] });
  const uuid = (h: string) => `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  return [uuid(hex.padEnd(32, '0')), uuid(hex.padEnd(32, 'f'))];
}

/** Finding orders and sales, and reading them out for exports; reads only. */
@Injectable()
export class OrderSearchService {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  private filtered<T extends object>(qb: SelectQueryBuilder<T>, f: OrderSearch): SelectQueryBuilder<T> {
    if (f.orderNo?.trim()) {
      const [lo, hi] = orderNoRange(f.orderNo);
      qb.andWhere('o.id BETWEEN :lo AND :hi', { lo, hi });
    }
    if (f.clientOrderNo?.trim()) qb.andWhere('o.client_order_no LIKE :cno', { cno: `${escapeLike(f.clientOrderNo.trim())}%` });
    if (f.skuId) qb.andWhere('o.sku_id = :sku', { sku: assertId(f.skuId, 'SKU') });
    if (f.status) qb.andWhere('o.status = :status', { status: f.status });
    const { start, end } = instantsOf(f);
    if (start) qb.andWhere('o.placed_at >= :start', { start });
    if (end) qb.andWhere('o.placed_at < :end', { end });
    return qb;
  }

  /** Orders the caller may see (a member its own, alliance staff all), filtered, newest first. */
  private orders(actor: Actor, f: OrderSearch): SelectQueryBuilder<OrderEntity> {
    const qb = this.txHost.tx.getRepository(OrderEntity).createQueryBuilder('o');
    if (!isAlliance(actor)) qb.andWhere('o.member_id = :member', { member: actor.organizationId });
    else if (f.memberId) qb.andWhere('o.member_id = :member', { member: assertId(f.memberId, 'Organization') });
    if (f.supplierId) qb.andWhere('EXISTS (SELECT 1 FROM order_lines l WHERE l.order_id = o.id AND l.supplier_id = :supplier)', { supplier: assertId(f.supplierId, 'Organization') });
    return this.filtered(qb, f);
  }

  /**
   * The suppliers that delivered any of the caller's orders (alliance staff: every supplier with a sale), by
   * name: what the search's supplier filter offers. At most 200.
   */
  async suppliersOf(actor: Actor): Promise<{ id: string; name: string }[]> {
    const qb = this.txHost.tx
      .getRepository(OrderLineEntity)
      .createQueryBuilder('l')
      .select('so.id', 'id')
      .addSelect('so.name', 'name')
      .innerJoin('organizations', 'so', 'so.id = l.supplier_id');
    if (!isAlliance(actor)) qb.innerJoin(OrderEntity, 'o', 'o.id = l.order_id').where('o.member_id = :member', { member: actor.organizationId });
    return qb.groupBy('so.id').addGroupBy('so.name').orderBy('so.name').limit(200).getRawMany<{ id: string; name: string }>();
  }

  async search(actor: Actor, f: OrderSearch, page: { offset: number; limit: number }): Promise<Page<OrderEntity>> {
    // The count stops at COUNT_CAP: the alliance's unfiltered list would count every order ever placed.
    const qb = this.orders(actor, f);
    const [items, { count, capped }] = await Promise.all([qb.clone().orderBy('o.placed_at', 'DESC').addOrderBy('o.id', 'DESC').skip(page.offset).take(page.limit).getMany(), cappedCount(qb)]);
    return { items, totalCount: count, totalCountCapped: capped };
  }

  count(actor: Actor, f: OrderSearch): Promise<number> {
    return this.orders(actor, f).getCount();
  }

  /** Export rows, newest first, read in batches of 1,000 by keyset so memory stays flat; at most `cap`. */
  async *exportRows(actor: Actor, f: OrderSearch, cap: number): AsyncGenerator<OrderExportRow[]> {
    let after: { placedAt: Date; id: string } | null = null;
    for (let sent = 0; sent < cap; ) {
      const qb = this.orders(actor, f)
        .innerJoin('skus', 's', 's.id = o.sku_id')
        .leftJoin('organizations', 'm', 'm.id = o.member_id')
        .select([
          'o.id AS id', 'o.client_order_no AS "clientOrderNo"', 's.code AS "skuCode"', 's.name AS "skuName"', 'o.quantity AS quantity', 'o.unit_price::text AS "unitPrice"',
          'o.total::text AS total', 'o.status AS status', 'o.failure_code AS "failureCode"', 'o.placed_at AS "placedAt"', 'o.delivered_at AS "deliveredAt"',
          'o.latency_ms::float8 AS "latencyMs"',
          `(SELECT string_agg(DISTINCT so.name, ', ') FROM order_lines l JOIN organizations so ON so.id = l.supplier_id WHERE l.order_id = o.id) AS suppliers`,
          isAlliance(actor) ? 'm.name AS "memberName"' : 'NULL AS "memberName"',
        ]);
      if (after) qb.andWhere('(o.placed_at, o.id) < (:at, :afterId)', { at: after.placedAt, afterId: after.id });
      const rows = await qb.orderBy('o.placed_at', 'DESC').addOrderBy('o.id', 'DESC').limit(Math.min(EXPORT_BATCH, cap - sent)).getRawMany<OrderExportRow>();
      if (!rows.length) return;
      yield rows;
      sent += rows.length;
      const last = rows[rows.length - 1];
      after = { placedAt: last.placedAt, id: last.id };
    }
  }

  /** A supplier's order lines (no member identities: the alliance is in between). */
  private sales(supplierId: string, f: OrderSearch): SelectQueryBuilder<OrderLineEntity> {
    const qb = this.txHost.tx
      .getRepository(OrderLineEntity)
      .createQueryBuilder('l')
      .innerJoin(OrderEntity, 'o', 'o.id = l.order_id')
      .innerJoin('skus', 's', 's.id = o.sku_id')
      .where('l.supplier_id = :supplierId', { supplierId });
    return this.filtered(qb, { ...f, clientOrderNo: null, memberId: null, supplierId: null });
  }

  private static readonly SALE_COLUMNS = [
    'l.id AS id', 'l.order_id AS "orderId"', 'o.client_order_no AS "clientOrderNo"', 'o.sku_id AS "skuId"', 's.code AS "skuCode"', 's.name AS "skuName"', 'l.quantity AS quantity',
    'l.unit_settlement::text AS "unitSettlement"', 'o.status AS status', 'o.placed_at AS "placedAt"', 'o.delivered_at AS "deliveredAt"',
  ];

  async searchSales(supplierId: string, f: OrderSearch, page: { offset: number; limit: number }): Promise<Page<Sale>> {
    const qb = this.sales(supplierId, f);
    // The count stops at COUNT_CAP: the busiest supplier's lines number tens of thousands a quarter.
    const [items, { count, capped }] = await Promise.all([
      qb.clone().select(OrderSearchService.SALE_COLUMNS).orderBy('o.placed_at', 'DESC').addOrderBy('l.id').offset(page.offset).limit(page.limit).getRawMany<Sale>(),
      cappedCount(qb),
    ]);
    return { items, totalCount: count, totalCountCapped: capped };
  }

  countSales(supplierId: string, f: OrderSearch): Promise<number> {
    return this.sales(supplierId, f).getCount();
  }

  /**
   * A supplier's sales as export rows, newest first; at most `cap`. The lines' keys are read in order once (one
   * sort of the supplier's lines through its index), then the rows by key a batch at a time: keyset batches
   * ordered by the order's time re-read every line of the supplier per batch, so the cost per row grew with the
   * history (issue 24: 19k lines took 16–20 s).
   */
  async *exportSales(supplierId: string, f: OrderSearch, cap: number): AsyncGenerator<Sale[]> {
    const keys = await this.sales(supplierId, f).select('l.id', 'id').orderBy('o.placed_at', 'DESC').addOrderBy('l.id', 'DESC').limit(cap).getRawMany<{ id: string }>();
    for (let i = 0; i < keys.length; i += EXPORT_BATCH) {
      const ids = keys.slice(i, i + EXPORT_BATCH).map((k) => k.id);
      const rows = await this.sales(supplierId, f)
        .select(OrderSearchService.SALE_COLUMNS)
        .andWhere('l.id = ANY(:ids)', { ids })
        .orderBy('o.placed_at', 'DESC')
        .addOrderBy('l.id', 'DESC')
        .getRawMany<Sale>();
      if (rows.length) yield rows;
    }
  }
}
