import { DomainEvent } from '../../common/events/domain-event';

/**
 * A docked supplier's system did not sell a card order the alliance asked it for on an order's path (a timeout,
 * an error, a refusal or an answer without the codes), so the order went on to the next source (failover) or
 * found none. Published in the transaction that records the docking order; the scorecards count it against the
 * supplier as a failed delivery. An open breaker (no call made) is not one.
 */
export class UpstreamOrderFailedEvent extends DomainEvent {
  readonly type = 'docking.upstream_order_failed';
  constructor(
    readonly supplierId: string,
    readonly connectorId: string,
    readonly offerId: string,
    /** TIMEOUT, NETWORK, SERVER, BAD_ANSWER, or the upstream's refusal code (OUT_OF_STOCK, …). */
    readonly failure: string,
    readonly at: Date,
  ) {
    super(null);
  }
}
