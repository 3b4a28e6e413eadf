import { Category, DeliveryMode, yuanToFen } from '@mengyuan/domain';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import type { UserActor } from '../../common/actor';
import { seedActor } from './seed-actor';
import { Clock } from '../../common/clock';
import { SkuEntity } from '../../modules/catalog/entities/sku.entity';
import { OfferService } from '../../modules/catalog/services/offer.service';
import { SkuService } from '../../modules/catalog/services/sku.service';
import { ImportService } from '../../modules/inventory/services/import.service';
import { UnitOfWork } from '../../common/unit-of-work/unit-of-work';

interface DemoSku {
  code: string;
  name: string;
  brand: string;
  category: Category;
  face: string; // yuan
  price: string; // yuan, the current unified price
  mode?: DeliveryMode;
  /** An applied change some days ago: [days ago, old price in yuan]. */
  moved?: [number, string];
  /** [supplier e-mail, settlement price in yuan, codes to import] */
  offers: [string, string, number][];
}

const G = Category.GAME_TOPUP;
const V = Category.VIDEO_MEMBERSHIP;
const T = Category.TELECOM_RECHARGE;
const E = Category.EDU_COURSE;
const S1 = 'supplier@mengyuan.demo';
const S2 = 'supplier2@mengyuan.demo';
const S3 = 'supplier3@mengyuan.demo'; // on probation: its imports wait for a sample check
/** 低价影视卡批发部: sells one video card of its own until the alliance suspends it (demo-elimination.ts). */
export const S6 = 'supplier6@mengyuan.demo';
export const S6_SKU = 'YOUKU-VIP-Q';

export const DEMO_SKUS: DemoSku[] = [
  { code: 'QQ-COIN-100', name: 'Q币 100 元', brand: '腾讯游戏', category: G, face: '100', price: '96.50', moved: [3, '95.00'], offers: [[S1, '94.00', 120], [S2, '94.50', 80]] },
  { code: 'WZRY-60', name: '王者荣耀 点券 60 元', brand: '腾讯游戏', category: G, face: '60', price: '58.20', offers: [[S1, '56.80', 90], [S2, '57.00', 60]] },
  { code: 'MHXY-50', name: '梦幻西游 点卡 50 元', brand: '网易游戏', category: G, face: '50', price: '48.50', offers: [[S1, '47.20', 70], [S2, '47.50', 40]] },
  { code: 'NETEASE-100', name: '网易一卡通 100 元', brand: '网易游戏', category: G, face: '100', price: '97.00', offers: [[S1, '95.50', 50], [S2, '95.80', 30]] },
  { code: 'IQIYI-GOLD-M', name: '爱奇艺黄金 VIP 月卡', brand: '爱奇艺', category: V, face: '22', price: '21.00', moved: [2, '19.90'], offers: [[S1, '20.00', 100], [S3, '19.90', 40]] },
  { code: 'IQIYI-GOLD-Q', name: '爱奇艺黄金 VIP 季卡', brand: '爱奇艺', category: V, face: '60', price: '57.00', offers: [[S1, '55.00', 30], [S3, '54.80', 20]] },
  { code: 'YOUKU-VIP-M', name: '优酷 VIP 月卡', brand: '优酷', category: V, face: '20', price: '19.50', offers: [[S1, '18.60', 60], [S2, '18.70', 40]] },
  { code: S6_SKU, name: '优酷 VIP 季卡', brand: '优酷', category: V, face: '58', price: '55.00', offers: [[S6, '52.00', 60]] },
  { code: 'CMCC-100', name: '中国移动 话费 100 元', brand: '中国移动', category: T, face: '100', price: '98.50', mode: DeliveryMode.DIRECT_TOPUP, offers: [[S2, '97.60', 0], [S3, '97.50', 0]] },
  { code: 'CMCC-50', name: '中国移动 话费 50 元', brand: '中国移动', category: T, face: '50', price: '49.30', mode: DeliveryMode.DIRECT_TOPUP, offers: [[S2, '48.80', 0], [S3, '48.70', 0]] },
  { code: 'CUCC-100', name: '中国联通 话费 100 元', brand: '中国联通', category: T, face: '100', price: '98.60', mode: DeliveryMode.DIRECT_TOPUP, offers: [[S2, '97.70', 0]] },
  { code: 'XES-COURSE-500', name: '学而思网校 课程卡 500 元', brand: '学而思网校', category: E, face: '500', price: '450.00', offers: [[S1, '440.00', 15]] },
  { code: 'XES-MONTH', name: '学而思网校 单科月卡', brand: '学而思网校', category: E, face: '199', price: '179.00', offers: [] },
];

/**
 * The demo catalog: SKUs in every category with offers from several suppliers and encrypted stock, a
 * single-source SKU and one with none, a quarantined batch waiting for its sample check, a black-card
 * suspicion, a low-priced offer waiting for review and a scheduled price change. Built through the
 * services, so every rule and audit record applies to demo data too.
 */
@Injectable()
export class DemoCatalogSeed {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly skus: SkuService,
    private readonly offers: OfferService,
    private readonly imports: ImportService,
    private readonly clock: Clock,
  ) {}

  private actor(email: string): Promise<UserActor> {
    return seedActor(this.txHost.tx, email);
  }


  async seed(): Promise<void> {
    const offers = await this.catalogAndOffers();
    for (const { offerId, supplier, sku, count } of offers) {
      if (!count) continue;
      const actor = await this.actor(supplier);
      const batch = await this.imports.open(actor, offerId, 'INLINE');
      const rows = Array.from({ length: count }, (_, i) => ({ cardNumber: `${sku}-${supplier.split('@')[0].toUpperCase()}-${String(i + 1).padStart(5, '0')}`, secret: demoSecret(sku, supplier, i) }));
      await this.imports.run(actor, batch, rows);
    }
    // The same three codes offered again by another supplier: refused, and raised as a black-card suspicion.
    const first = offers.find((o) => o.sku === 'QQ-COIN-100' && o.supplier === S2)!;
    const actor = await this.actor(S2);
    const batch = await this.imports.open(actor, first.offerId, 'INLINE');
    await this.imports.run(actor, batch, [0, 1, 2].map((i) => ({ cardNumber: `QQ-COIN-100-SUPPLIER-${String(i + 1).padStart(5, '0')}`, secret: demoSecret('QQ-COIN-100', S1, i) })));
  }

  @UnitOfWork()
  private async catalogAndOffers(): Promise<{ offerId: string; supplier: string; sku: string; count: number }[]> {
    const admin = await this.actor('admin@mengyuan.demo');
    const brands = new Map(((await this.txHost.tx.query('SELECT id, name FROM brands')) as { id: string; name: string }[]).map((b) => [b.name, b.id]));
    const now = this.clock.now().getTime();
    const created: { offerId: string; supplier: string; sku: string; count: number }[] = [];
    for (const d of DEMO_SKUS) {
      const initial = d.moved ? d.moved[1] : d.price;
      const sku = await this.skus.create(admin, {
        code: d.code, name: d.name, brandId: brands.get(d.brand)!, category: d.category, faceValue: yuanToFen(d.face).toString(),
        deliveryMode: d.mode ?? DeliveryMode.CARD_CODE, unifiedPrice: yuanToFen(initial).toString(),
      });
      if (d.moved) {
        // A change applied some days ago, so the 7-day movement shows.
        const at = new Date(now - d.moved[0] * 86_400_000);
        await this.txHost.tx.query(
          `INSERT INTO sku_price_changes (sku_id, old_price, new_price, effective_at, reason, status, scheduled_by_user_id, created_at, applied_at)
           VALUES ($1, $2, $3, $4, '上游成本调整', 'APPLIED', $5, $6, $4)`,
          [sku.id, yuanToFen(initial).toString(), yuanToFen(d.price).toString(), at, admin.userId, new Date(at.getTime() - 2 * 86_400_000)],
        );
        await this.txHost.tx.getRepository(SkuEntity).update(sku.id, { unifiedPrice: yuanToFen(d.price).toString() });
      }
      for (const [email, settlement, count] of d.offers) {
        const supplier = await this.actor(email);
        const offer = await this.offers.create(supplier, { skuId: sku.id, settlementPrice: yuanToFen(settlement).toString(), lowStockThreshold: 20 });
        await this.offers.review(admin, offer.id, true, '资质与价格核验通过');
        created.push({ offerId: offer.id, supplier: email, sku: d.code, count });
      }
    }
    // Waiting for the alliance: an offer priced under 85 % of face value, flagged and raised as a risk event.
    const month = await this.txHost.tx.getRepository(SkuEntity).findOneByOrFail({ code: 'XES-MONTH' });
    await this.offers.create(await this.actor(S1), { skuId: month.id, settlementPrice: yuanToFen('150.00').toString(), lowStockThreshold: 10 });
    // A price change members have been told about, taking effect in two days.
    await this.skus.schedulePrice(admin, {
      skuId: (await this.txHost.tx.getRepository(SkuEntity).findOneByOrFail({ code: 'WZRY-60' })).id,
      price: yuanToFen('58.80').toString(),
      effectiveAt: new Date(now + 2 * 86_400_000),
      reason: '腾讯点券渠道折扣下调',
      shortenNotice: false,
    });
    return created;
  }
}

/** Deterministic demo secrets: 16 characters from the code, the supplier and the index. */
export function demoSecret(sku: string, supplier: string, i: number): string {
  let h = 2166136261;
  for (const c of `${sku}|${supplier}|${i}`) h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0;
  const a = h.toString(36).toUpperCase().padStart(7, '0');
  const b = Math.imul(h, 2654435761 >>> 0).toString(36).toUpperCase().replace('-', '').padStart(7, '0');
  return `${a}${b}`.slice(0, 14).padEnd(14, 'X');
}
