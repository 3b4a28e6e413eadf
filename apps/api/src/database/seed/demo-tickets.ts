import { CN_2026_EXCEPTIONS, OrderStatus, type TicketCategory, formatFen } from '@mengyuan/domain';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import type { UserActor } from '../../common/actor';
import { Clock } from '../../common/clock';
import { OfferService } from '../../modules/catalog/services/offer.service';
import { CardCodeService } from '../../modules/inventory/services/card-code.service';
import { OrderSearchService } from '../../modules/orders/services/order-search.service';
import { OrderService } from '../../modules/orders/services/order.service';
import { SlaClockService } from '../../modules/tickets/services/sla-clock.service';
import { SlaSettingsService } from '../../modules/tickets/services/sla-settings.service';
import { TicketResolutionService } from '../../modules/tickets/services/ticket-resolution.service';
import { TicketService } from '../../modules/tickets/services/ticket.service';
import { seedActor } from './seed-actor';

const HOUR = 3_600_000;

/**
 * After-sales on the seeded orders, through the ticket services: tickets in every status and tier, some with
 * breached clocks (filed hours ago), one paused, one arbitrated by the alliance; and a business-hours calendar
 * with 2026's public holidays and make-up working days for the calendar editor.
 */
@Injectable()
export class DemoTicketsSeed {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly settings: SlaSettingsService,
    private readonly tickets: TicketService,
    private readonly resolutions: TicketResolutionService,
    private readonly clocks: SlaClockService,
    private readonly orders: OrderService,
    private readonly orderSearch: OrderSearchService,
    private readonly offers: OfferService,
    private readonly codes: CardCodeService,
    private readonly clock: Clock,
  ) {}

  private actor(email: string): Promise<UserActor> {
    return seedActor(this.txHost.tx, email);
  }

  async seed(): Promise<void> {
    const admin = await this.actor('admin@mengyuan.demo');
    await this.settings.createCalendar(admin, {
      name: '工作日 9:00–18:00（2026 法定节假日与调休）', kind: 'BUSINESS_HOURS', timezone: 'Asia/Shanghai', workdays: [1, 2, 3, 4, 5], opens: '09:00', closes: '18:00',
      exceptions: [...CN_2026_EXCEPTIONS],
    });
    const member = await this.actor('member@mengyuan.demo');
    const supplier = await this.actor('supplier@mengyuan.demo');
    const support = await this.actor('support@mengyuan.demo');
    const tech = await this.actor('tech@mengyuan.demo');
    // The member's delivered orders from the first supplier, newest first.
    const delivered = (await this.orderSearch.search(member, { status: OrderStatus.DELIVERED }, { offset: 0, limit: 100 })).items;
    const mine: { orderId: string; codeIds: string[]; inStock: boolean; total: bigint }[] = [];
    for (const o of delivered) {
      const lines = await this.orders.lines(o.id);
      if (lines.length !== 1 || lines[0].supplierId !== supplier.organizationId) continue;
      const offer = await this.offers.get(supplier, lines[0].offerId);
      mine.push({ orderId: o.id, codeIds: (await this.codes.statesOf([lines[0].id])).map((c) => c.id), inStock: offer.stockAvailable + (offer.pendingStockDelta ?? 0) > 0, total: BigInt(o.total) });
      if (mine.length === 10) break;
    }
    if (mine.length < 10) return;
    // The reissued ticket (the fifth filed) needs a replacement code: an order of an offer that still has stock.
    const withStock = mine.findIndex((m, i) => i >= 4 && m.inStock);
    if (withStock < 0) return;
    [mine[4], mine[withStock]] = [mine[withStock], mine[4]];
    let n = 0;
    /** Files a ticket `hoursAgo` (the clock moved back for the filing only), so its clocks have run that long. */
    const file = async (category: TicketCategory, description: string, hoursAgo = 0) => {
      const { orderId, codeIds } = mine[n++];
      this.clock.advance(-hoursAgo * HOUR);
      try {
        return await this.tickets.open(member, { orderId, category, description, codeIds: codeIds.slice(0, 1) });
      } finally {
        this.clock.reset();
      }
    };

    // OPEN, countdown running.
    await file('INVALID_CODE', '充值时提示“卡密无效”，请核实并补发。');
    // OPEN for three hours: both L1 clocks breached (the sweep records them below).
    await file('CODE_ALREADY_USED', '刚购买的卡密显示已被使用，客户投诉。', 3);
    // IN_PROGRESS: the supplier answered.
    const answered = await file('TOPUP_NOT_RECEIVED', '直充显示成功但游戏账号未到账，订单截图见附件说明。');
    await this.tickets.postMessage(tech, { ticketId: answered.id, body: '已联系上游渠道核查充值流水，预计 30 分钟内回复。' });
    // WAITING_ON_MEMBER: the resolution clock paused.
    const waiting = await file('WRONG_ITEM', '收到的是 50 元面值，下单的是 100 元。');
    await this.tickets.postMessage(support, { ticketId: waiting.id, body: '请提供卡密充值页面截图，以便核对面值。', waitForMember: true });
    // RESOLVED by a reissue, and CLOSED after a refund the member accepted.
    const reissued = await file('INVALID_CODE', '卡密无法兑换，提示不存在。');
    await this.resolutions.resolve(support, { ticketId: reissued.id, kind: 'REISSUE' });
    const refunded = await file('INVALID_CODE', '两次尝试均提示卡密错误，请退款。');
    await this.resolutions.resolve(support, { ticketId: refunded.id, kind: 'REFUND', reason: '上游批次异常，全额退款' });
    await this.tickets.accept(member, refunded.id);
    // REOPENED after a rejection.
    const reopened = await file('QUESTION', '这张卡的有效期是多久？');
    await this.resolutions.resolve(support, { ticketId: reopened.id, kind: 'REJECTED', reason: '有效期见卡面说明：自购买起 12 个月。' });
    await this.tickets.reopen(member, reopened.id, '卡面上没有写有效期，请再确认。');
    // ESCALATED (L3 clocks running), and one the alliance ruled on.
    const escalated = await file('LOST_ORDER', '扣款成功但未收到卡密，已等待 1 小时。', 2);
    await this.tickets.escalate(member, escalated.id, '货源商 2 小时未答复，申请联盟仲裁。');
    const ruledTotal = mine[n].total;
    const ruled = await file('SYSTEM_FAULT', '接口超时导致重复扣款。', 1);
    await this.tickets.postMessage(tech, { ticketId: ruled.id, body: '我方系统未见重复扣款记录。' });
    await this.tickets.escalate(member, ruled.id, '双方记录不一致，请联盟核查。');
    await this.resolutions.arbitrate(admin, { ticketId: ruled.id, against: 'SUPPLIER', kind: 'COMPENSATION', amount: String(ruledTotal / 2n), reason: `经联盟核查接口日志，系货源商系统故障，判赔订单金额的一半（${formatFen(ruledTotal / 2n)}）。` });
    await this.clocks.sweep();
  }
}
