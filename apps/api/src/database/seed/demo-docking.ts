import { DeliveryMode } from '@mengyuan/domain';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Inject, Injectable } from '@nestjs/common';
import { runUnitOfWork } from '../../common/unit-of-work/unit-of-work';
import { PublicUrl } from '../../common/public-url';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { OfferService } from '../../modules/catalog/services/offer.service';
import { SkuService } from '../../modules/catalog/services/sku.service';
import { SupplierSimulatorHost } from '../../modules/docking/http/docking-http';
import { ConnectorService } from '../../modules/docking/services/connector.service';
import { SyncService } from '../../modules/docking/services/sync.service';
import { seedActor } from './seed-actor';

/**
 * Docking in the demo (issue 19): supplier2@ docks its "own system" — the supplier simulator this api serves
 * under /sim/supplier — as a source. A SKU only that system supplies (Q币 50 元 · 对接演示, no local stock, so
 * every order buys through), and a 中国移动 30 元 direct top-up only it supplies, pushed upstream and finished
 * by the simulator's signed callback. The first sync is read from the simulator in-process (the api is not
 * listening yet while it seeds); later ones go over HTTP from the portal (系统对接).
 */
@Injectable()
export class DemoDockingSeed {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly connectors: ConnectorService,
    private readonly sync: SyncService,
    private readonly skus: SkuService,
    private readonly offers: OfferService,
    private readonly sim: SupplierSimulatorHost,
    private readonly publicUrl: PublicUrl,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Outside tests (whose demo catalog stays as it was) unless SEED_DOCKING_DEMO; the docking-demo spec seeds it on purpose. */
  async seed(options: { evenInTests?: boolean } = {}): Promise<void> {
    const simulator = this.sim.simulator;
    if (!simulator || (!this.config.seedDockingDemo && !options.evenInTests)) return;
    const admin = await runUnitOfWork(() => seedActor(this.txHost.tx, 'admin@mengyuan.demo'));
    const supplier = await runUnitOfWork(() => seedActor(this.txHost.tx, 'supplier2@mengyuan.demo'));
    const brands = new Map(((await this.txHost.tx.query('SELECT id, name FROM brands')) as { id: string; name: string }[]).map((b) => [b.name, b.id]));
    const sku = await this.skus.create(admin, {
      code: 'QQ-COIN-50-DOCK', name: 'Q币 50 元 · 对接演示', brandId: brands.get('腾讯游戏')!, category: 'GAME_TOPUP', faceValue: '5000', deliveryMode: DeliveryMode.CARD_CODE, unifiedPrice: '4850',
    });
    const card = await this.offers.create(supplier, { skuId: sku.id, settlementPrice: '4750', lowStockThreshold: 0 });
    await this.offers.review(admin, card.id, true, '对接货源：下单时向供应商自有系统采购');
    const topupSku = await this.skus.create(admin, {
      code: 'CMCC-30-DOCK', name: '中国移动 话费 30 元 · 对接演示', brandId: brands.get('中国移动')!, category: 'TELECOM_RECHARGE', faceValue: '3000', deliveryMode: DeliveryMode.DIRECT_TOPUP, unifiedPrice: '2960',
    });
    const topup = await this.offers.create(supplier, { skuId: topupSku.id, settlementPrice: '2930', lowStockThreshold: 0 });
    await this.offers.review(admin, topup.id, true, '对接货源：直充推送到供应商自有系统');
    simulator.setGoods({ id: 'qq-coin-50', name: 'Q币 50 元', kind: 'CARD', faceValue: 5000, price: 4750, stock: 100_000, status: 'ON_SALE' });
    simulator.setGoods({ id: 'cmcc-30', name: '中国移动 话费 30 元', kind: 'TOPUP', faceValue: 3000, price: 2930, stock: null, status: 'ON_SALE' });
    const base = this.publicUrl.get();
    const connector = await this.connectors.create(supplier, {
      name: '自有发卡系统（模拟器）', endpoint: `${base}/sim/supplier`, keyId: simulator.keyId, secret: simulator.secret, timeoutMs: 2500, concurrency: 32, markupBp: 0, excludedGoods: [],
    });
    const goods = ['qq-coin-50', 'cmcc-30', 'jd-e-card-100', 'itunes-50', 'mobile-topup-50'].flatMap((id) => simulator.goodsOf(id) ?? []);
    await this.sync.ingest(supplier, connector, goods);
    await this.sync.link(supplier, connector.id, 'qq-coin-50', card.id);
    await this.sync.link(supplier, connector.id, 'cmcc-30', topup.id);
  }
}
