import { Injectable, type OnModuleInit } from '@nestjs/common';
import { JobsService } from '../jobs/jobs.service';
import { DeliveryWatchService } from './services/delivery-watch.service';

export const NOT_DELIVERING_JOB = 'orders.flag-not-delivering';

/** Each morning: suppliers with live offers that delivered nothing for three days running go to the risk queue. */
@Injectable()
export class OrderJobs implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly watch: DeliveryWatchService,
  ) {}

  onModuleInit(): void {
    this.jobs.define({ name: NOT_DELIVERING_JOB, cron: '40 0 * * *', handler: () => this.watch.flagNotDelivering() });
  }
}
