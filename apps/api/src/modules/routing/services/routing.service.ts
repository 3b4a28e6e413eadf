import { OrganizationStatus, RoutingRule, canSell, rankByScore, type OfferStatus, type RoutingSettings } from '@mengyuan/domain';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { OfferService, type RoutableOffer } from '../../catalog/services/offer.service';
import { ScoreReadService } from '../../scorecards/services/score-read.service';

/** One offer that may serve, where routing put it and why. */
export interface RoutingCandidate {
  offerId: string;
  supplierId: string;
  settlementPrice: string;
  /** Direct top-ups: open tasks at most (null: no limit). */
  capacity: number | null;
  /** 1 is tried first. */
  position: number;
  /** The rule and its inputs for this offer, recorded with every attempt so an admin sees why. */
  reason: RoutingReason;
}

/** An offer of the SKU that may not serve now, and why. */
export interface ExcludedOffer {
  offerId: string;
  reason: { offerStatus: OfferStatus; supplierStatus: OrganizationStatus };
}

export interface RoutingPlan {
  candidates: RoutingCandidate[];
  excluded: ExcludedOffer[];
}

/** What each attempt records of why its offer stood where it did (DESIGN.md §2.7: an admin sees why). */
export type RoutingReason = {
  /** score-strict or score-weighted, with the settings in force. */
  rule: string;
  supplierId: string;
  supplierStatus: OrganizationStatus;
  offerListedAt: string;
  /** The supplier's total routing used, and whether it had a scorecard (else the alliance mean). */
  score: number;
  scored: boolean;
  fulfilmentRate: number | null;
  /** Probation suppliers: the cap on their share, and whether it moved this one behind the others this time. */
  probation: boolean;
  probationShare: number;
  capped: boolean;
  /** WEIGHTED: the chance it had of the place it was drawn for; and the exponent and floor. */
  weight: number | null;
  exponent?: number;
  floor?: number;
};

/** The ordering rule's name, recorded with each decision. */
export const ROUTING_RULE = { STRICT: 'score-strict: score, then fulfilment rate, then oldest listing', WEIGHTED: 'score-weighted: ∝ max(floor, score)^k' } as const;

/**
 * The one routing service (DESIGN.md §2.6–2.7): which offers may serve an order of a SKU, in which order,
 * for card delivery and direct top-ups alike. Who may sell is `canSell` (packages/domain); the order is
 * `rank` below, the one function score-based routing replaces.
 */
@Injectable()
export class RoutingService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly offers: OfferService,
    private readonly scores: ScoreReadService,
  ) {}

  /** Test support and the admin's view of the rule in force. */
  get settings(): RoutingSettings {
    return this.config.routing;
  }

  async plan(skuId: string, options: { exclude?: ReadonlySet<string> } = {}): Promise<RoutingPlan> {
    const all = (await this.offers.routable(skuId)).filter((o) => !options.exclude?.has(o.id));
    const excluded = all.filter((o) => !canSell(o.status, o.supplierStatus)).map((o) => ({ offerId: o.id, reason: { offerStatus: o.status, supplierStatus: o.supplierStatus } }));
    const candidates = this.rank(all.filter((o) => canSell(o.status, o.supplierStatus))).map(({ offer: o, reason }, i) => ({
      offerId: o.id,
      supplierId: o.supplierId,
      settlementPrice: o.settlementPrice,
      capacity: o.capacity,
      position: i + 1,
      reason,
    }));
    return { candidates, excluded };
  }

  /**
   * The one ordering rule (DESIGN.md §2.6–2.7): by supplier score, then fulfilment rate, then oldest listing
   * (STRICT), or a weighted draw ∝ max(floor, score)^k (WEIGHTED); a probation supplier is tried first for at
   * most ROUTING_PROBATION_SHARE of orders and otherwise after everyone else, so failover still reaches it.
   * Scores come from ScoreReadService's shared map (no round trip per order).
   */
  private rank(offers: RoutableOffer[]): { offer: RoutableOffer; reason: RoutingReason }[] {
    if (!offers.length) return [];
    const s = this.config.routing;
    const scores = this.scores.scoresOf([...new Set(offers.map((o) => o.supplierId))]);
    const scored = offers.map((o) => {
      const sc = scores.get(o.supplierId)!;
      return { id: o.id, offer: o, score: sc.total, scored: sc.scored, fulfilmentRate: sc.fulfilmentRate, probation: o.supplierStatus === OrganizationStatus.PROBATION, listedAt: o.createdAt.getTime() };
    });
    const weighted = s.rule === RoutingRule.WEIGHTED;
    return rankByScore(scored, s).map(({ candidate: c, weight, capped }) => ({
      offer: c.offer,
      reason: {
        rule: ROUTING_RULE[s.rule], supplierId: c.offer.supplierId, supplierStatus: c.offer.supplierStatus, offerListedAt: c.offer.createdAt.toISOString(),
        score: c.score, scored: c.scored, fulfilmentRate: c.fulfilmentRate, probation: c.probation, probationShare: s.probationShare, capped, weight,
        ...(weighted ? { exponent: s.exponent, floor: s.floor } : {}),
      },
    }));
  }
}
