import { randomUUID } from 'node:crypto';
import { MEMBER_TO_SUPPLIER_RATING_KEYS, SUPPLIER_TO_MEMBER_RATING_KEYS, shanghaiDate } from '@mengyuan/domain';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { Clock } from '../../common/clock';
import { OfferService } from '../../modules/catalog/services/offer.service';
import type { RatingFacts, RatingSide } from '../../modules/ratings/ratings.events';
import { EvaluationService } from '../../modules/scorecards/services/evaluation.service';
import { ProbationService } from '../../modules/scorecards/services/probation.service';
import { Measure, ScoreFactsService } from '../../modules/scorecards/services/score-facts.service';
import { ScorecardService } from '../../modules/scorecards/services/scorecard.service';
import { seedActor } from './seed-actor';

const DAY = 86_400_000;

/**
 * Scorecards with every dimension on real facts: settlement-price changes through the catalog, tickets and
 * orders already counted by the handlers while the demo was seeded, revealed ratings (counted as the ratings
 * module's events will count them), the suspended 低价影视卡批发部's record of failed samples, duplicate codes and
 * missed SLAs. Then: weights, a history over three quarters, a frozen evaluation run naming it as an elimination
 * candidate, and 星河通信 on probation halfway through its 20 orders.
 */
@Injectable()
export class DemoScorecardsSeed {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly facts: ScoreFactsService,
    private readonly scorecards: ScorecardService,
    private readonly evaluations: EvaluationService,
    private readonly probation: ProbationService,
    private readonly offers: OfferService,
    private readonly clock: Clock,
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
    const [s1, s2, s3, s6, m1, m2] = await Promise.all(
      ['supplier@mengyuan.demo', 'supplier2@mengyuan.demo', 'supplier3@mengyuan.demo', 'supplier6@mengyuan.demo', 'member@mengyuan.demo', 'member2@mengyuan.demo'].map((e) => this.org(e)),
    );
    // Price stability: 聚卡 moved two settlement prices (one by 6 %), 腾跃 one by a little.
    const priced = (await this.txHost.tx.query(
      `SELECT o.id, o.supplier_id AS "supplierId", o.settlement_price AS price FROM offers o WHERE o.status = 'LIVE' AND o.supplier_id = ANY($1::uuid[]) ORDER BY o.created_at LIMIT 40`,
      [[s1, s2]],
    )) as { id: string; supplierId: string; price: string }[];
    // Moves in basis points of the price (fen stay integers: bigint arithmetic, rounded toward zero).
    const moves: [string, bigint][] = [[s2, -600n], [s2, -200n], [s1, -100n]];
    for (const [supplier, by] of moves) {
      const offer = priced.find((o) => o.supplierId === supplier);
      if (!offer) continue;
      priced.splice(priced.indexOf(offer), 1);
      const actor = await this.actor(supplier === s1 ? 'supplier@mengyuan.demo' : 'supplier2@mengyuan.demo');
      await this.offers.update(actor, offer.id, { settlementPrice: String(BigInt(offer.price) + (BigInt(offer.price) * by) / 10_000n) });
    }

    await this.txHost.withTransaction(async () => {
      // The quarter's earlier ratings both ways on delivered demo orders (腾跃 well rated, 聚卡 middling, 低价影视 poorly),
      // as the scorecards counted them when they were revealed; the orders the ratings demo rated through the rating
      // service (whose events the scorecards already counted) are left out.
      const lines = (await this.txHost.tx.query(
        `SELECT o.id AS "orderId", o.member_id AS "memberId", l.supplier_id AS "supplierId" FROM orders o JOIN order_lines l ON l.order_id = o.id
          WHERE o.status = 'DELIVERED' AND NOT EXISTS (SELECT 1 FROM ratings r WHERE r.order_id = o.id) ORDER BY o.placed_at LIMIT 120`,
      )) as { orderId: string; memberId: string; supplierId: string }[];
      const stars = (supplierId: string, i: number) => (supplierId === s1 ? [5, 5, 4, 5][i % 4] : supplierId === s2 ? [4, 3, 4, 4][i % 4] : [4, 4, 5, 3][i % 4]);
      for (const [i, l] of lines.entries()) {
        if (i % 3 === 2) continue; // not every order is rated
        await this.facts.ratingRevealed(this.rating('MEMBER_TO_SUPPLIER', l.orderId, l.memberId, l.supplierId, MEMBER_TO_SUPPLIER_RATING_KEYS, stars(l.supplierId, i)));
        await this.facts.ratingRevealed(this.rating('SUPPLIER_TO_MEMBER', l.orderId, l.memberId, l.supplierId, SUPPLIER_TO_MEMBER_RATING_KEYS, l.memberId === m1 ? 5 : [4, 3][i % 2]));
      }
      for (let i = 0; i < 50; i++) {
        await this.facts.ratingRevealed(this.rating('MEMBER_TO_SUPPLIER', randomUUID(), i % 2 ? m1 : m2, s6, MEMBER_TO_SUPPLIER_RATING_KEYS, [1, 2, 1, 1, 3][i % 5]));
      }
      // 低价影视卡批发部's quarter: black-card signals, failed samples, slow and reopened after-sales, erratic prices.
      await this.facts.add(s6, {
        [Measure.SAMPLE_FAILED]: 9, [Measure.SAMPLE_PASSED]: 2, [Measure.DUPLICATE_CODE]: 4, [Measure.UPHELD_INVALID_CODE]: 31,
        [Measure.SLA_FIRST_RESPONSE_TOTAL]: 40, [Measure.SLA_FIRST_RESPONSE_MET]: 6, [Measure.SLA_RESOLUTION_TOTAL]: 38, [Measure.SLA_RESOLUTION_MET]: 4,
        [Measure.TICKETS_RESOLVED]: 38, [Measure.TICKETS_REOPENED]: 19, [Measure.PRICE_CHANGES]: 12, [Measure.PRICE_COST_UNNOTICED]: 9.5, [Measure.PRICE_MOVE_BP]: 14200,
      }, new Date(this.clock.now().getTime() - 20 * DAY));
      // Samples the auditors checked for the others, and the members' dispute history.
      await this.facts.add(s1, { [Measure.SAMPLE_PASSED]: 12 });
      await this.facts.add(s2, { [Measure.SAMPLE_PASSED]: 6, [Measure.SAMPLE_FAILED]: 1 });
      await this.facts.add(s3, { [Measure.SAMPLE_PASSED]: 3 });
      await this.facts.add(m2, { [Measure.DISPUTE_REJECTED]: 3, [Measure.RULED_AGAINST]: 1, [Measure.DISPUTE_UPHELD]: 1 });
      await this.facts.add(m1, { [Measure.DISPUTE_UPHELD]: 4 });

      // 星河通信 on probation: its watch restarts now, ten of its twenty orders delivered, first responses in minutes.
      await this.probation.start(s3);
      for (let i = 0; i < 10; i++) this.probation.countOrder(s3, true);
      await this.probation.firstResponse(s3, 240);
      await this.probation.firstResponse(s3, 410);
    });

    await this.scorecards.recomputeAll();
    await this.history();
    const admin = await this.actor('admin@mengyuan.demo');
    await this.evaluations.run(admin, 'ADMIN');
  }

  private rating(side: RatingSide, orderId: string, memberId: string, supplierId: string, keys: readonly string[], stars: number): RatingFacts {
    const [raterId, ratedId] = side === 'MEMBER_TO_SUPPLIER' ? [memberId, supplierId] : [supplierId, memberId];
    const at = this.clock.now();
    return {
      id: randomUUID(), orderId, side, memberId, supplierId, raterId, ratedId, scores: Object.fromEntries(keys.map((k, i) => [k, Math.max(1, Math.min(5, stars - (i === 1 && stars > 3 ? 1 : 0)))])),
      revealedAt: at, excludedReason: null, retaliationFlag: false, createdAt: at,
    };
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
