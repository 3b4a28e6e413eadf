import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { Actor, UserActor } from '../../common/actor';
import { seedActor } from './seed-actor';
import { LedgerService } from '../../modules/ledger/services/ledger.service';
import { OrderService } from '../../modules/orders/services/order.service';
import { DashboardRollupService } from '../../modules/dashboards/services/dashboard-rollup.service';
import { Clock } from '../../common/clock';

const MINUTE = 60_000;
const DAY = 86_400_000;

const CARD_SKUS = ['QQ-COIN-100', 'WZRY-60', 'MHXY-50', 'NETEASE-100', 'IQIYI-GOLD-M', 'IQIYI-GOLD-Q', 'YOUKU-VIP-M'];

/**
 * Wallets with money and a few hundred past orders (spread over the last two weeks) so lists and
 * dashboards are alive on first start, plus one large order waiting in the risk queue. Placed through the
 * order service: every order is real, charged, delivered and in the ledger.
 */
@Injectable()
export class DemoOrdersSeed {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly ledger: LedgerService,
    private readonly orders: OrderService,
    private readonly rollups: DashboardRollupService,
    private readonly clock: Clock,
  ) {}

  private actor(email: string): Promise<UserActor> {
    return seedActor(this.txHost.tx, email);
  }

  async seed(): Promise<void> {
    const admin = await this.actor('admin@mengyuan.demo');
    const buyers: [Actor, string][] = [
      [await this.actor('member@mengyuan.demo'), '5000000'],
      [await this.actor('member2@mengyuan.demo'), '2000000'],
    ];
    // Issue 18 §7: every order is placed at its own moment of the last two weeks (the clock set back for it), so its
    // ledger lines, routing ranking and attempts are dated with it and November's statement holds November's orders.
    const now = this.clock.now().getTime();
    const at = (n: number) => new Date(now - ((n * 5) % 14) * DAY - ((n * 137) % 600) * MINUTE - 30 * MINUTE);
    try {
      this.clock.freeze(new Date(now - 15 * DAY));
      for (const [buyer, amount] of buyers) await this.ledger.deposit(admin, buyer.organizationId, amount, `DEMO-BANK-${buyer.organizationId.slice(0, 8)}`);
      const skus = (await this.txHost.tx.query(`SELECT id, code FROM skus WHERE code = ANY($1)`, [CARD_SKUS])) as { id: string; code: string }[];
      let n = 0;
      for (let round = 0; round < 45; round++) {
        for (const sku of skus) {
          const [buyer] = buyers[(round + sku.code.length) % 2];
          n += 1;
          this.clock.freeze(at(n));
          const result = await this.orders.place(buyer, { skuId: sku.id, quantity: 1 + (n % 3 === 0 ? 1 : 0), clientOrderNo: `DEMO-${String(n).padStart(5, '0')}` }, null);
          if (result.failure) break; // sold out: the demo stock is what it is
        }
      }
    } finally {
      this.clock.reset();
    }
    // The dashboards count each order on the day it now says it happened (their week-on-week has a week before).
    await this.rollups.rebuild();
    // One large order waits for an admin in the risk queue (over ¥5,000).
    const skus = (await this.txHost.tx.query(`SELECT id, code FROM skus WHERE code = ANY($1)`, [CARD_SKUS])) as { id: string; code: string }[];
    const qq = skus.find((s) => s.code === 'QQ-COIN-100');
    if (qq) await this.orders.place(buyers[0][0], { skuId: qq.id, quantity: 60, clientOrderNo: 'DEMO-LARGE-1' }, null);
  }
}
