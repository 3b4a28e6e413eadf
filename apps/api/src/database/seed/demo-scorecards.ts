import { MEMBER_TO_SUPPLIER_RATING_KEYS, SUPPLIER_TO_MEMBER_RATING_KEYS, shanghaiDate } from '@mengyuan/domain';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { Clock } from '../../common/clock';
import { OfferService } from '../../modules/catalog/services/offer.service';
import { RatingService } from '../../modules/ratings/services/rating.service';
import { EvaluationService } from '../../modules/scorecards/services/evaluation.service';
import { ProbationService } from '../../modules/scorecards/services/probation.service';
import { ScorecardService } from '../../modules/scorecards/services/scorecard.service';
import { seedActor } from './seed-actor';
import { ScoreReadService } from '../../modules/scorecards/services/score-read.service';
import { Lifecycles } from '../../common/unit-of-work/lifecycle';

const DAY = 86_400_000;

/**
 * Scorecards on records only: every fact is the scorecards' handlers' count of something the demo did through the
 * services — settlement-price changes through the catalog, tickets and orders counted while the demo was seeded,
 * ratings both ways through the rating service, and 低价影视卡批发部's quarter (demo-elimination.ts). No counter is
 * written here. Then: history over three quarters, a frozen evaluation run naming 低价影视卡批发部 an elimination
 * candidate, and 星河通信 on probation halfway through its 20 orders (its watch's counters: the only numbers set here).
 */
@Injectable()
export class DemoScorecardsSeed {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly ratings: RatingService,
    private readonly scorecards: ScorecardService,
    private readonly evaluations: EvaluationService,
    private readonly probation: ProbationService,
    private readonly offers: OfferService,
    private readonly clock: Clock,
    private readonly lifecycles: Lifecycles,
    private readonly scoreRead: ScoreReadService,
  ) {}

  private actor(email: string) {
    return seedActor(this.txHost.tx, email);
  }

  private async org(email: string): Promise<string> {
    return (await this.actor(email)).organizationId;
  }

  /** Probation suppliers are watched from the start (the organisations are seeded in their status, not moved to it). */
  async watchProbation(): Promise<void> {
    await this.txHost.withTransaction(() => this.probation.ensureWatches());
  }

  async seed(): Promise<void> {
    const [s1, s2, s3, m1, m2] = await Promise.all(
      ['supplier@mengyuan.demo', 'supplier2@mengyuan.demo', 'supplier3@mengyuan.demo', 'member@mengyuan.demo', 'member2@mengyuan.demo'].map((e) => this.org(e)),
    );
    // Price stability: 聚卡 moved two settlement prices (one by 6 %), 腾跃 one by a little.
    const priced = (await this.txHost.tx.query(
      `SELECT o.id, o.supplier_id AS "supplierId", o.settlement_price AS price FROM offers o WHERE o.status = 'LIVE' AND o.supplier_id = ANY($1::uuid[]) ORDER BY o.created_at LIMIT 40`,
      [[s1, s2]],
    )) as { id: string; supplierId: string; price: string }[];
    // Moves in basis points of the price (fen stay integers: bigint arithmetic, rounded toward zero).
    // Applied at once with a reason (unannounced: the full cost in price stability); 腾跃 then announces one more
    // with the full notice, which the portal shows pending (members who bought the SKU are told).
    const moves: [string, bigint, boolean][] = [[s2, -600n, true], [s2, -200n, true], [s1, -100n, true], [s1, -150n, false]];
    for (const [supplier, by, now] of moves) {
      const offer = priced.find((o) => o.supplierId === supplier);
      if (!offer) continue;
      priced.splice(priced.indexOf(offer), 1);
      const actor = await this.actor(supplier === s1 ? 'supplier@mengyuan.demo' : 'supplier2@mengyuan.demo');
      const settlementPrice = String(BigInt(offer.price) + (BigInt(offer.price) * by) / 10_000n);
      await this.offers.update(actor, offer.id, now ? { settlementPrice, settlementEffectiveAt: this.clock.now(), settlementPriceReason: '上游渠道成本下调，即时跟进' } : { settlementPrice });
    }

    // The quarter's earlier ratings both ways on delivered demo orders (腾跃 well rated, 聚卡 middling), through the
    // rating service a few hours after each delivery (both sides rated: revealed at once, counted by the scorecards'
    // handler); orders with a ticket or a rating already are left out.
    const lines = (await this.txHost.tx.query(
      `SELECT o.id AS "orderId", o.member_id AS "memberId", l.supplier_id AS "supplierId", o.delivered_at AS "deliveredAt" FROM orders o JOIN order_lines l ON l.order_id = o.id
        WHERE o.status = 'DELIVERED' AND o.client_order_no LIKE 'DEMO-%' AND NOT EXISTS (SELECT 1 FROM ratings r WHERE r.order_id = o.id)
          AND NOT EXISTS (SELECT 1 FROM tickets t WHERE t.order_id = o.id) AND (SELECT count(*) FROM order_lines x WHERE x.order_id = o.id) = 1
        ORDER BY o.placed_at LIMIT 24`,
    )) as { orderId: string; memberId: string; supplierId: string; deliveredAt: Date }[];
    const emails = new Map([[s1, 'supplier@mengyuan.demo'], [s2, 'supplier2@mengyuan.demo'], [s3, 'supplier3@mengyuan.demo'], [m1, 'member@mengyuan.demo'], [m2, 'member2@mengyuan.demo']]);
    const stars = (supplierId: string, i: number) => (supplierId === s1 ? [5, 5, 4, 5][i % 4] : supplierId === s2 ? [4, 3, 4, 4][i % 4] : [4, 4, 5, 3][i % 4]);
    const now = this.clock.now().getTime();
    try {
      for (const [i, l] of lines.entries()) {
        if (i % 3 === 2) continue; // not every order is rated
        const [member, supplier] = [emails.get(l.memberId), emails.get(l.supplierId)];
        if (!member || !supplier) continue;
        this.clock.freeze(new Date(Math.min(now - 60_000, new Date(l.deliveredAt).getTime() + (2 + (i % 7)) * 3_600_000)));
        const m = stars(l.supplierId, i);
        await this.ratings.rate(await this.actor(member), { orderId: l.orderId, scores: scoresOf(MEMBER_TO_SUPPLIER_RATING_KEYS, m), comment: '' });
        await this.ratings.rate(await this.actor(supplier), { orderId: l.orderId, scores: scoresOf(SUPPLIER_TO_MEMBER_RATING_KEYS, l.memberId === m1 ? 5 : [4, 3][i % 2]), comment: '' });
      }
    } finally {
      this.clock.reset();
    }

    await this.txHost.withTransaction(async () => {
      // 星河通信 on probation: its watch restarts now, ten of its twenty orders delivered, first responses in minutes.
      await this.lifecycles.lockRoot('organization', s3);
      await this.probation.start(s3);
      for (let i = 0; i < 10; i++) this.probation.countOrder(s3, true);
      await this.probation.firstResponse(s3, 240);
      await this.probation.firstResponse(s3, 410);
    });

    await this.scorecards.recomputeAll();
    // Routing ranks the next order by these scores at once (issue 18 §6: the drawer's score is the scorecard's).
    await this.scoreRead.refresh();
    await this.history();
    const admin = await this.actor('admin@mengyuan.demo');
    await this.evaluations.run(admin, 'ADMIN');
  }

  /** Three quarters of history, a point every two weeks, drifting toward today's scores (the demo's past). */
  private async history(): Promise<void> {
    const cards = await this.txHost.withTransaction(() => this.scorecards.currentSupplierScores());
    const now = this.clock.now().getTime();
    await this.txHost.withTransaction(async () => {
      for (let k = 19; k >= 1; k--) {
        const at = new Date(now - k * 14 * DAY);
        const rows = cards.map((c, j) => {
          const drift = ((k * 7 + j * 13) % 11) - 5; // -5 … +5
          const shift = (v: number) => Math.max(1, Math.min(99, v + drift * (k / 19) + (j % 2 ? k / 4 : -k / 6)));
          return { organizationId: c.organizationId, total: String(Math.round(shift(Number(c.total)) * 100) / 100), dimensions: c.dimensions.map((d) => ({ ...d, shrunk: Math.round(shift(d.shrunk) * 100) / 100 })) };
        });
        if (shanghaiDate(at) !== shanghaiDate(new Date(now))) await this.scorecards.recordHistory(rows, at, null);
      }
    });
  }
}

/** Stars for every key of a side (the second key a star lower on good ratings). */
function scoresOf(keys: readonly string[], stars: number): Record<string, number> {
  return Object.fromEntries(keys.map((k, i) => [k, Math.max(1, Math.min(5, stars - (i === 1 && stars > 3 ? 1 : 0)))]));
}
