import { NOT_DELIVERING_DAYS, OrganizationStatus, RiskEventType } from '@mengyuan/domain';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { Clock } from '../../../common/clock';
import { UnitOfWork } from '../../../common/unit-of-work/unit-of-work';
import { RiskService } from '../../risk/services/risk.service';

const DAY = 86_400_000;

/**
 * 连续3天无法发卡: a selling supplier (active or on probation) with offers live since before the window that
 * delivered nothing for NOT_DELIVERING_DAYS days running is raised to the alliance's risk queue, once per
 * window (not again while the last flag is younger than the window, whatever its decision).
 */
@Injectable()
export class DeliveryWatchService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly risk: RiskService,
    private readonly clock: Clock,
  ) {}

  /** Flags the suppliers that stopped delivering; returns how many were flagged. */
  @UnitOfWork()
  async flagNotDelivering(): Promise<number> {
    const since = new Date(this.clock.now().getTime() - NOT_DELIVERING_DAYS * DAY);
    // One daily run at a time: a second run waits and then sees the first one's flags.
    await this.txHost.tx.query(`SELECT pg_advisory_xact_lock(hashtext('orders.delivery-watch'))`);
    const rows = (await this.txHost.tx.query(
      `SELECT o.supplier_id AS "supplierId", count(*)::int AS "liveOffers",
              (SELECT max(d.delivered_at) FROM order_lines l JOIN orders d ON d.id = l.order_id WHERE l.supplier_id = o.supplier_id AND d.delivered_at IS NOT NULL) AS "lastDeliveredAt"
         FROM offers o JOIN organizations g ON g.id = o.supplier_id
        WHERE o.status = 'LIVE' AND o.created_at <= $1 AND g.status = ANY($2::text[])
          AND NOT EXISTS (SELECT 1 FROM order_lines l JOIN orders d ON d.id = l.order_id WHERE l.supplier_id = o.supplier_id AND d.delivered_at > $1)
          AND NOT EXISTS (SELECT 1 FROM risk_events r WHERE r.type = $3 AND r.organization_id = o.supplier_id AND (r.status = 'OPEN' OR r.created_at > $1))
        GROUP BY o.supplier_id ORDER BY o.supplier_id`,
      [since, [OrganizationStatus.ACTIVE, OrganizationStatus.PROBATION], RiskEventType.SUPPLIER_NOT_DELIVERING],
    )) as { supplierId: string; liveOffers: number; lastDeliveredAt: Date | null }[];
    for (const r of rows) {
      await this.risk.raise(RiskEventType.SUPPLIER_NOT_DELIVERING, r.supplierId, { type: 'organization', id: r.supplierId }, {
        days: NOT_DELIVERING_DAYS, since: since.toISOString(), liveOffers: r.liveOffers, lastDeliveredAt: r.lastDeliveredAt ? new Date(r.lastDeliveredAt).toISOString() : null,
      });
    }
    return rows.length;
  }
}
