import { Injectable, type OnModuleInit } from '@nestjs/common';
import { JobsService } from '../jobs/jobs.service';
import { OfferService } from './services/offer.service';
import { SkuService } from './services/sku.service';

export const APPLY_PRICES_JOB = 'catalog.apply-due-prices';
export const PAUSE_UNAUTHORISED_JOB = 'catalog.pause-unauthorised-offers';

@Injectable()
export class CatalogJobs implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly skus: SkuService,
    private readonly offers: OfferService,
  ) {}

  onModuleInit(): void {
    this.jobs.define({ name: APPLY_PRICES_JOB, cron: '* * * * *', handler: () => this.skus.applyDuePrices() });
    // After the document expiry run (00:05): offers whose authorisation just expired stop selling.
    this.jobs.define({ name: PAUSE_UNAUTHORISED_JOB, cron: '10 0 * * *', handler: () => this.offers.pauseUnauthorised() });
  }
}
