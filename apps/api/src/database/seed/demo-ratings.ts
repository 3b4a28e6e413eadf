import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import type { UserActor } from '../../common/actor';
import { RatingService } from '../../modules/ratings/services/rating.service';
import { seedActor } from './seed-actor';

/**
 * Mutual ratings on the seeded orders, through the rating service, in every state: sealed on one side (each
 * way), revealed both ways, replied, a removal request waiting, one removed (hidden), one excluded by the
 * alliance's ruling against its rater (and flagged: filed right after it), one flagged as possible retaliation.
 */
@Injectable()
export class DemoRatingsSeed {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly ratings: RatingService,
  ) {}

  private actor(email: string): Promise<UserActor> {
    return seedActor(this.txHost.tx, email);
  }

  /** Delivered demo orders of a member from a supplier, without tickets, newest first. */
  private async orders(member: UserActor, supplier: UserActor, n: number): Promise<string[]> {
    const rows = (await this.txHost.tx.query(
      `SELECT o.id FROM orders o
        WHERE o.member_id = $1 AND o.status = 'DELIVERED' AND o.client_order_no LIKE 'DEMO-%'
          AND (SELECT array_agg(DISTINCT l.supplier_id) FROM order_lines l WHERE l.order_id = o.id) = ARRAY[$2::uuid]
          AND NOT EXISTS (SELECT 1 FROM tickets t WHERE t.order_id = o.id)
        ORDER BY o.delivered_at DESC LIMIT $3`,
      [member.organizationId, supplier.organizationId, n],
    )) as { id: string }[];
    return rows.map((r) => r.id);
  }

  async seed(): Promise<void> {
    const admin = await this.actor('admin@mengyuan.demo');
    const member = await this.actor('member@mengyuan.demo');
    const member2 = await this.actor('member2@mengyuan.demo');
    const s1 = await this.actor('supplier@mengyuan.demo');
    const s2 = await this.actor('supplier2@mengyuan.demo');
    const m2s1 = await this.orders(member2, s1, 7);
    const m1s1 = await this.orders(member, s1, 3);
    // Demo stock is mostly supplier@'s: supplier2@ may have sold little.
    const m1s2 = await this.orders(member, s2, 1);
    if (m2s1.length < 7 || m1s1.length < 3) return;
    const rate = (actor: UserActor, orderId: string, scores: Record<string, number>, comment: string) => this.ratings.rate(actor, { orderId, scores, comment });

    // Revealed both ways, and replied.
    const good = await rate(member2, m2s1[0], { authenticity: 5, afterSales: 5, speed: 5, overall: 5 }, '卡密秒到，全部可用，客服回复也快。');
    await rate(s1, m2s1[0], { conduct: 5, fairness: 5, overall: 5 }, '合作顺畅，对账清楚。');
    await this.ratings.reply(s1, good.id, '感谢支持，我们会继续保持！');
    const mixed = await rate(member2, m2s1[1], { authenticity: 4, afterSales: 3, speed: 4, overall: 3 }, '卡密没问题，但售后回复稍慢。');
    await rate(s1, m2s1[1], { conduct: 4, fairness: 4, overall: 4 }, '沟通礼貌。');
    await this.ratings.reply(s1, mixed.id, '已增加晚间客服排班，感谢反馈。');
    await rate(member2, m2s1[2], { authenticity: 5, afterSales: 4, speed: 5, overall: 5 }, '');
    await rate(s1, m2s1[2], { conduct: 5, fairness: 4, overall: 5 }, '');

    // A removal request waiting for the alliance, and one the alliance approved (hidden, kept).
    const harsh = await rate(member2, m2s1[3], { authenticity: 1, afterSales: 1, speed: 2, overall: 1 }, '垃圾商家，骗子！');
    await rate(s1, m2s1[3], { conduct: 3, fairness: 3, overall: 3 }, '');
    await this.ratings.requestRemoval(s1, harsh.id, '评价含侮辱性言辞，且该订单卡密均已正常使用。');
    const abusive = await rate(member2, m2s1[4], { authenticity: 1, afterSales: 1, speed: 1, overall: 1 }, '全是骗子，大家别买！！！');
    await rate(s1, m2s1[4], { conduct: 4, fairness: 4, overall: 4 }, '');
    const request = await this.ratings.requestRemoval(s1, abusive.id, '恶意差评，订单无任何售后记录。');
    await this.ratings.decideRemoval(admin, request.id, true, '含人身攻击言辞，依联盟评价规范隐藏。');

    // Sealed on one side: the member rated, the supplier not yet; and a supplier's rating the member has not answered.
    await rate(member2, m2s1[5], { authenticity: 5, afterSales: 4, speed: 4, overall: 4 }, '整体满意。');
    await rate(member, m1s1[0], { authenticity: 4, afterSales: 4, speed: 5, overall: 4 }, '到账很快。');
    await rate(s1, m2s1[6], { conduct: 5, fairness: 5, overall: 5 }, '付款及时。');
    if (m1s2[0]) {
      await rate(member, m1s2[0], { authenticity: 3, afterSales: 3, speed: 3, overall: 3 }, '');
      await rate(s2, m1s2[0], { conduct: 4, fairness: 4, overall: 4 }, '');
    }

    // The alliance ruled against supplier@ on one of member@'s orders (demo tickets): supplier@'s rating of that
    // order is excluded, and its ratings of member@ within 48 hours of the ruling are flagged.
    const [ruled] = (await this.txHost.tx.query(`SELECT order_id FROM rating_ticket_facts WHERE kind = 'RULING' AND against = 'SUPPLIER' AND member_id = $1 LIMIT 1`, [member.organizationId])) as { order_id: string }[];
    if (ruled) await rate(s1, ruled.order_id, { conduct: 1, fairness: 1, overall: 1 }, '会员恶意投诉。');
    await rate(s1, m1s1[1], { conduct: 2, fairness: 1, overall: 1 }, '');
  }
}
