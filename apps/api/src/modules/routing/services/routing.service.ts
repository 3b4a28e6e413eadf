import { OfferStatus, OrganizationStatus, RankingReason, RoutingRule, rankByScore, rankingReasons, type RoutingSettings } from '@mengyuan/domain';
import { Injectable } from '@nestjs/common';
import { AllianceSettingsService } from '../../settings/services/alliance-settings.service';
import { OfferService, type RoutableOffer } from '../../catalog/services/offer.service';
import { SupplierScores } from '../routing.types';

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
  /** Why it stood here, against the one ranked before it (recorded with the whole ranking). */
  why: RankingReason;
}

/** An offer of the SKU that may not serve now, and why. */
export interface ExcludedOffer {
  offerId: string;
  reason: { offerStatus: OfferStatus; supplierStatus: OrganizationStatus };
  supplierId: string;
  why: RankingReason;
}

export interface RoutingPlan {
  candidates: RoutingCandidate[];
  excluded: ExcludedOffer[];
  /** The rule in force and when the scores it ranked by were read from the scorecards (null: none read yet). */
  rule: RoutingRule;
  scoresAsOf: Date | null;
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
 * for card delivery and direct top-ups alike. Who may sell is the SQL function `catalog_can_sell` (the card
 * order's statement checks it again); the order is `rank` below, the one function score-based routing replaces.
 */
@Injectable()
export class RoutingService {
  constructor(
    private readonly offers: OfferService,
    private readonly scores: SupplierScores,
    private readonly allianceSettings: AllianceSettingsService,
  ) {}

  /** The rule in force (an alliance setting: changed in the console, applied from the next order). */
  async settings(): Promise<RoutingSettings> {
    return (await this.allianceSettings.current()).routing;
  }

  async plan(skuId: string, options: { exclude?: ReadonlySet<string> } = {}): Promise<RoutingPlan> {
    const all = (await this.offers.routable(skuId)).filter((o) => !options.exclude?.has(o.id));
    const excluded = all.filter((o) => !o.sellable).map((o) => ({
      offerId: o.id, supplierId: o.supplierId, reason: { offerStatus: o.status, supplierStatus: o.supplierStatus },
      why: o.status !== OfferStatus.LIVE ? RankingReason.OFFER_NOT_LIVE : RankingReason.SUPPLIER_NOT_SELLING,
    }));
    const settings = await this.settings();
    const candidates = this.rank(all.filter((o) => o.sellable), settings).map(({ offer: o, reason, why }, i) => ({
      offerId: o.id,
      supplierId: o.supplierId,
      settlementPrice: o.settlementPrice,
      capacity: o.capacity,
      position: i + 1,
      reason,
      why,
    }));
    return { candidates, excluded, rule: settings.rule, scoresAsOf: this.scores.asOf() };
  }

  /**
   * The one ordering rule (DESIGN.md §2.6–2.7): by supplier score, then fulfilment rate, then oldest listing
   * (STRICT), or a weighted draw ∝ max(floor, score)^k (WEIGHTED); a probation supplier is tried first for at
   * most ROUTING_PROBATION_SHARE of orders and otherwise after everyone else, so failover still reaches it.
   * Scores come from ScoreReadService's shared map (no round trip per order).
   */
  private rank(offers: RoutableOffer[], s: RoutingSettings): { offer: RoutableOffer; reason: RoutingReason; why: RankingReason }[] {
    if (!offers.length) return [];
    const scores = this.scores.scoresOf([...new Set(offers.map((o) => o.supplierId))]);
    const scored = offers.map((o) => {
      const sc = scores.get(o.supplierId)!;
      return { id: o.id, offer: o, score: sc.total, scored: sc.scored, fulfilmentRate: sc.fulfilmentRate, probation: o.supplierStatus === OrganizationStatus.PROBATION, listedAt: o.createdAt.getTime() };
    });
    const weighted = s.rule === RoutingRule.WEIGHTED;
    const ranked = rankByScore(scored, s);
    const whys = rankingReasons(ranked, s.rule);
    return ranked.map(({ candidate: c, weight, capped }, i) => ({
      offer: c.offer,
      why: whys[i],
      reason: {
        rule: ROUTING_RULE[s.rule], supplierId: c.offer.supplierId, supplierStatus: c.offer.supplierStatus, offerListedAt: c.offer.createdAt.toISOString(),
        score: c.score, scored: c.scored, fulfilmentRate: c.fulfilmentRate, probation: c.probation, probationShare: s.probationShare, capped, weight,
        ...(weighted ? { exponent: s.exponent, floor: s.floor } : {}),
      },
    }));
  }
}
