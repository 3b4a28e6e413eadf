import { OrganizationStatus, canSell, type OfferStatus } from '@mengyuan/domain';
import { Injectable } from '@nestjs/common';
import { OfferService, type RoutableOffer } from '../../catalog/services/offer.service';

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
  reason: { rule: string; supplierStatus: OrganizationStatus; offerListedAt: string };
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

/** The ordering rule's name, recorded with each decision (score-based routing will name its own). */
export const ROUTING_RULE = 'active-before-probation, then oldest listing';

/**
 * The one routing service (DESIGN.md §2.6–2.7): which offers may serve an order of a SKU, in which order,
 * for card delivery and direct top-ups alike. Who may sell is `canSell` (packages/domain); the order is
 * `rank` below, the one function score-based routing replaces.
 */
@Injectable()
export class RoutingService {
  constructor(private readonly offers: OfferService) {}

  async plan(skuId: string, options: { exclude?: ReadonlySet<string> } = {}): Promise<RoutingPlan> {
    const all = (await this.offers.routable(skuId)).filter((o) => !options.exclude?.has(o.id));
    const excluded = all.filter((o) => !canSell(o.status, o.supplierStatus)).map((o) => ({ offerId: o.id, reason: { offerStatus: o.status, supplierStatus: o.supplierStatus } }));
    const candidates = rank(all.filter((o) => canSell(o.status, o.supplierStatus))).map((o, i) => ({
      offerId: o.id,
      supplierId: o.supplierId,
      settlementPrice: o.settlementPrice,
      capacity: o.capacity,
      position: i + 1,
      reason: { rule: ROUTING_RULE, supplierStatus: o.supplierStatus, offerListedAt: o.createdAt.toISOString() },
    }));
    return { candidates, excluded };
  }
}

/** Suppliers past probation first (a probation supplier is still being watched), then the longest-listed offer. */
function rank(offers: RoutableOffer[]): RoutableOffer[] {
  const standing = (o: RoutableOffer) => (o.supplierStatus === OrganizationStatus.ACTIVE ? 0 : 1);
  return [...offers].sort((a, b) => standing(a) - standing(b) || a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
}
