import { SETTLEMENT_NOTICE_BUYER_DAYS } from '@mengyuan/domain';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { Clock } from '../../../common/clock';
import { EventBus } from '../../../common/events/event-bus';
import { OfferPriceScheduledEvent } from '../../catalog/catalog.events';
import { SkuBuyersToTellEvent } from '../orders.events';

/**
 * A supplier scheduled a settlement-price change: the SKU's recent buyers (the orders know them; read through orders_sku_status_idx, no index of its own on the order path) are named for the
 * notifications, in the same transaction.
 */
@Injectable()
export class SettlementNoticeHandlers implements OnModuleInit {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly events: EventBus,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.events.onTransaction(OfferPriceScheduledEvent, 'orders.settlement-notice-buyers', async (e) => {
      const since = new Date(this.clock.now().getTime() - SETTLEMENT_NOTICE_BUYER_DAYS * 86_400_000);
      const rows = (await this.txHost.tx.query(`SELECT DISTINCT member_id FROM orders WHERE sku_id = $1 AND placed_at > $2`, [e.notice.skuId, since])) as { member_id: string }[];
      if (rows.length) await this.events.publish(new SkuBuyersToTellEvent(e.actor, e.notice, rows.map((r) => r.member_id)));
    });
  }
}
