import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DeferredWrites } from '../../../common/events/deferred-writes';
import { EventBus } from '../../../common/events/event-bus';
import { StockChangedEvent } from '../catalog.events';
import { OrganizationStatusChangedEvent } from '../../organizations/organizations.events';
import { OfferService } from '../services/offer.service';

const FOLD_INTERVAL_MS = 1000;

/**
 * The offers' sellable-stock counters follow the inventory, in the transaction that moved the codes: imports,
 * quarantines and sample checks move the counter at once; sales append a delta (no hot row on the order path)
 * that every replica folds into the counter about once a second, telling suppliers of low stock then.
 */
@Injectable()
export class StockHandlers implements OnModuleInit, OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger(StockHandlers.name);
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;

  constructor(
    private readonly events: EventBus,
    private readonly deferred: DeferredWrites,
    private readonly offers: OfferService,
    private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    // A supplier suspended, eliminated or admitted changes who may sell: routing forgets its snapshots.
    this.events.afterCommit(OrganizationStatusChangedEvent, 'catalog.routing-snapshots', () => this.offers.forgetRoutable());
    this.events.onTransaction(StockChangedEvent, 'catalog.stock-counter', (e) => {
      // Hot path (measured: every card order): one appended row, written at commit with the other deferred writes.
      if (e.sale) this.deferred.defer('INSERT INTO offer_stock_deltas (offer_id, delta) VALUES ($1, $2)', [e.offerId, e.delta]);
      else return this.offers.adjustStock(e.actor, e.offerId, e.delta);
    });
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.running ??= this.fold().finally(() => (this.running = undefined));
    }, FOLD_INTERVAL_MS);
    this.timer.unref();
  }

  private async fold(): Promise<void> {
    try {
      const [waiting] = await this.dataSource.query('SELECT 1 FROM offer_stock_deltas LIMIT 1');
      if (waiting) await this.offers.foldStockDeltas();
    } catch (err) {
      if (this.dataSource.isInitialized) this.log.warn(`stock fold: ${(err as Error).message}`);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }
}
