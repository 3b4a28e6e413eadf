import { Injectable, type OnModuleInit } from '@nestjs/common';
import { JobsService } from '../jobs/jobs.service';
import { APPLY_OFFER_PRICE_JOB, OfferService } from './services/offer.service';
import { SkuService } from './services/sku.service';

export const APPLY_PRICES_JOB = 'catalog.apply-due-prices';
export const PAUSE_UNAUTHORISED_JOB = 'catalog.pause-unauthorised-offers';
/** Every minute: due settlement-price changes whose own job did not run (a replica down, a job lost). */
export const APPLY_OFFER_PRICES_JOB = 'catalog.apply-due-offer-prices';
export { APPLY_OFFER_PRICE_JOB };

@Injectable()
export class CatalogJobs implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly skus: SkuService,
    private readonly offers: OfferService,
  ) {}

  onModuleInit(): void {
    this.jobs.define({ name: APPLY_PRICES_JOB, cron: '* * * * *', handler: () => this.skus.applyDuePrices() });
    this.jobs.define<{ changeId: string }>({ name: APPLY_OFFER_PRICE_JOB, maxDelaySeconds: 30, handler: ({ changeId }) => this.offers.applyScheduled(changeId) });
    this.jobs.define({ name: APPLY_OFFER_PRICES_JOB, cron: '* * * * *', handler: () => this.offers.applyDuePrices() });
    // After the document expiry run (00:05): offers whose authorisation just expired stop selling.
    this.jobs.define({ name: PAUSE_UNAUTHORISED_JOB, cron: '10 0 * * *', handler: () => this.offers.pauseUnauthorised() });
  }
}
