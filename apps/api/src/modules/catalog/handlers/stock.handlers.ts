import { Injectable, type OnModuleInit } from '@nestjs/common';
import { EventBus } from '../../../common/events/event-bus';
import { StockChangedEvent } from '../../inventory/inventory.events';
import { OfferService } from '../services/offer.service';

/** The offers' sellable-stock counters follow the inventory, in the transaction that moved the codes. */
@Injectable()
export class StockHandlers implements OnModuleInit {
  constructor(
    private readonly events: EventBus,
    private readonly offers: OfferService,
  ) {}

  onModuleInit(): void {
    this.events.onTransaction(StockChangedEvent, 'catalog.stock-counter', (e) => this.offers.adjustStock(e.actor, e.offerId, e.delta));
  }
}
