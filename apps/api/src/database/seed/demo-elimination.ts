import { OrganizationAction, ResolutionKind, type TicketCategory, quarterOf, quarterWindow } from '@mengyuan/domain';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import type { UserActor } from '../../common/actor';
import { Clock } from '../../common/clock';
import { runUnitOfWork } from '../../common/unit-of-work/unit-of-work';
import { OfferService } from '../../modules/catalog/services/offer.service';
import { CardCodeService } from '../../modules/inventory/services/card-code.service';
import { ImportService } from '../../modules/inventory/services/import.service';
import { OrderService } from '../../modules/orders/services/order.service';
import { OnboardingService } from '../../modules/qualifications/services/onboarding.service';
import { RatingService } from '../../modules/ratings/services/rating.service';
import { SlaClockService } from '../../modules/tickets/services/sla-clock.service';
import { TicketResolutionService } from '../../modules/tickets/services/ticket-resolution.service';
import { TicketService } from '../../modules/tickets/services/ticket.service';
import { S6, S6_SKU, demoSecret } from './demo-catalog';
import { seedActor } from './seed-actor';

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;

/** The quarter's story is told over twelve days (fewer when the quarter began more recently: the run judges its own days). */
const STORY_DAYS = 12;
const ORDERS = 28;
/** Orders 0 … TICKETED-1 get an invalid-code complaint; the rest are rated. */
const TICKETED = 14;
/** The settlement prices it moved its offer to, unannounced (fen; the floor is 85 % of the ¥58 face: ¥49.30). */
const PRICES = ['5050', '5400', '5100', '5450', '5080', '5380', '5120', '5300'];
const MEMBER_STARS = [1, 2, 1, 1, 2];

/** One step of the story at its own moment. */
interface Step {
  at: number;
  run: () => Promise<unknown>;
}

/**
 * 低价影视卡批发部, the demo's elimination candidate, on real records: admitted (ACTIVE), it sells its 优酷 VIP 季卡
 * to both demo members, and over the quarter's last days its codes come back as invalid (tickets the members file
 * and it upholds, slowly, some reopened after a reissued code failed again), it moves its settlement price eight
 * times without notice, imports codes another supplier already sold (black-card signals), and the members rate it
 * low. Every step goes through the product's services at its own moment (the clock set to it), so the scorecard's
 * facts are the handlers' count of these records and the ledger lines are dated with their orders and refunds.
 * Then an admin suspends it, as the admin console would.
 */
@Injectable()
export class DemoEliminationSeed {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly orders: OrderService,
    private readonly offers: OfferService,
    private readonly imports: ImportService,
    private readonly codes: CardCodeService,
    private readonly tickets: TicketService,
    private readonly resolutions: TicketResolutionService,
    private readonly slaClocks: SlaClockService,
    private readonly ratings: RatingService,
    private readonly onboarding: OnboardingService,
    private readonly clock: Clock,
  ) {}

  private actor(email: string): Promise<UserActor> {
    return runUnitOfWork(() => seedActor(this.txHost.tx, email));
  }

  async seed(): Promise<void> {
    const supplier = await this.actor(S6);
    const members = [await this.actor('member@mengyuan.demo'), await this.actor('member2@mengyuan.demo')];
    const [offer] = (await runUnitOfWork(() => this.txHost.tx.query(
      `SELECT o.id, o.sku_id AS "skuId" FROM offers o JOIN skus s ON s.id = o.sku_id WHERE s.code = $1 AND o.supplier_id = $2`, [S6_SKU, supplier.organizationId],
    ))) as { id: string; skuId: string }[];
    if (!offer) return;

    const now = this.clock.now().getTime();
    // Inside the quarter the evaluation judges (Asia/Shanghai days), ending an hour ago at the latest.
    const quarterStart = quarterWindow(quarterOf(new Date(now))).start.getTime();
    const span = Math.max(HOUR, Math.min(STORY_DAYS * DAY, now - quarterStart - HOUR));
    const base = now - span - HOUR;
    /** A moment of the story: `days` into a twelve-day story, squeezed into the span there is (and a delay, squeezed alike). */
    const at = (days: number) => Math.round(base + (days / STORY_DAYS) * span);
    const after = (ms: number) => Math.round((ms * span) / (STORY_DAYS * DAY));
    const orderedAt = (i: number) => at(0.2 + i * 0.2) + after(((i * 37) % 50) * MINUTE);

    const steps: Step[] = [];
    const placed: { orderId: string; memberIndex: number; at: number }[] = [];
    // Orders: one every ~5 hours over the first seven days, alternately from both members.
    for (let i = 0; i < ORDERS; i++) {
      const when = orderedAt(i);
      const buyer = members[i % 2];
      steps.push({
        at: when,
        run: async () => {
          const result = await this.orders.place(buyer, { skuId: offer.skuId, quantity: 1, clientOrderNo: `DEMO-S6-${String(i + 1).padStart(3, '0')}` }, null);
          if (!result.failure) placed[i] = { orderId: result.order.id, memberIndex: i % 2, at: when };
        },
      });
    }
    // Price moves without notice.
    PRICES.forEach((price, k) => steps.push({ at: at(0.1 + k * 1.4), run: () => this.offers.update(supplier, offer.id, { settlementPrice: price, settlementEffectiveAt: this.clock.now(), settlementPriceReason: '低价抢量，即时改价' }) }));
    // Batches holding codes another supplier sold already (优酷 VIP 月卡 codes of 腾跃): refused, raised as black-card suspicions.
    [1.5, 4.5, 8.5].forEach((days, k) => steps.push({
      at: at(days),
      run: async () => {
        const batch = await this.imports.open(supplier, offer.id, 'INLINE');
        const stolen = [0, 1].map((j) => ({ cardNumber: `YOUKU-VIP-M-SUPPLIER-${String(k * 2 + j + 1).padStart(5, '0')}`, secret: demoSecret('YOUKU-VIP-M', 'supplier@mengyuan.demo', k * 2 + j) }));
        const own = [0, 1, 2].map((j) => ({ cardNumber: `${S6_SKU}-S6-R${k}-${j}`, secret: demoSecret(S6_SKU, `${S6}#${k}`, j) }));
        await this.imports.run(supplier, batch, [...stolen, ...own]);
      },
    }));
    // Complaints on the first orders: invalid codes, upheld. A third answered at once and refunded; a third reissued,
    // reopened (the new code failed too) and refunded days later; a third left unanswered for days, then refunded.
    for (let i = 0; i < TICKETED; i++) {
      const filed = orderedAt(i) + after(70 * MINUTE);
      const category: TicketCategory = i % 4 === 3 ? 'CODE_ALREADY_USED' : 'INVALID_CODE';
      let ticketId = '';
      steps.push({
        at: filed,
        run: async () => {
          const order = placed[i];
          if (!order) return;
          const lines = await this.orders.lines(order.orderId);
          const codeIds = (await this.codes.statesOf(lines.map((l) => l.id))).map((c) => c.id);
          const description = category === 'INVALID_CODE' ? '充值页面提示“卡密无效”，请核实。' : '卡密显示已被使用，我方客户从未兑换过。';
          ticketId = (await this.tickets.open(members[order.memberIndex], { orderId: order.orderId, category, description, codeIds: codeIds.slice(0, 1) })).id;
        },
      });
      const refund = (reason: string, sweep = false) => async () => {
        if (!ticketId) return;
        // After days unanswered: the clocks that ran out meanwhile are breached at their due time first.
        if (sweep) await this.slaClocks.sweep();
        await this.resolutions.resolve(supplier, { ticketId, kind: ResolutionKind.REFUND, reason });
      };
      if (i % 3 === 0) {
        steps.push({ at: filed + after(10 * MINUTE), run: async () => ticketId && this.tickets.postMessage(supplier, { ticketId, body: '收到，正在向上游核实该批次卡密。' }) });
        steps.push({ at: filed + after(3 * HOUR), run: refund('上游批次异常，全额退款') });
      } else if (i % 3 === 1) {
        steps.push({ at: filed + after(2 * HOUR), run: async () => ticketId && this.resolutions.resolve(supplier, { ticketId, kind: ResolutionKind.REISSUE }) });
        steps.push({ at: filed + after(DAY), run: async () => ticketId && this.tickets.reopen(members[placed[i].memberIndex], ticketId, '补发的卡密同样无法兑换，请退款。') });
        steps.push({ at: filed + after(3.5 * DAY), run: refund('补发卡密仍无效，全额退款') });
      } else {
        steps.push({ at: filed + after(3 * DAY), run: refund('核实为无效卡密，退款', true) });
      }
    }
    // The other orders: rated low by the members a day after delivery, and the supplier's rating of them (revealed both).
    for (let i = TICKETED; i < ORDERS; i++) {
      const when = orderedAt(i) + after(DAY);
      const stars = MEMBER_STARS[i % MEMBER_STARS.length];
      steps.push({
        at: when,
        run: async () => {
          const order = placed[i];
          if (!order) return;
          await this.ratings.rate(members[order.memberIndex], {
            orderId: order.orderId, scores: { authenticity: stars, afterSales: Math.max(1, stars - 1), speed: Math.min(5, stars + 1), overall: stars },
            comment: stars === 1 ? '卡密多次无效，售后拖延。' : '',
          });
          await this.ratings.rate(supplier, { orderId: order.orderId, scores: { conduct: 4, fairness: 4, overall: 4 }, comment: '' });
        },
      });
    }

    try {
      // Each step at its own moment, in order (a stable sort keeps a ticket's filing before its answer).
      for (const step of steps.sort((a, b) => a.at - b.at)) {
        this.clock.freeze(new Date(step.at));
        await step.run();
      }
    } finally {
      this.clock.reset();
    }
  }

  /** An admin suspends it (the organisation console's decision, audited with its reason). */
  async suspend(): Promise<void> {
    const admin = await this.actor('admin@mengyuan.demo');
    const supplier = await this.actor(S6);
    await this.onboarding.decide(admin, { id: supplier.organizationId, action: OrganizationAction.SUSPEND, reason: '本季度多次售出无效卡密、擅自调价，暂停合作待季度评估。' });
  }
}
