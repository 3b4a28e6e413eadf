import { Injectable, type OnModuleInit } from '@nestjs/common';
import { JobsService } from '../jobs/jobs.service';
import { DashboardRollupService } from './services/dashboard-rollup.service';

export const COMPACT_DASHBOARDS_JOB = 'dashboards.compact';

@Injectable()
export class DashboardJobs implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly rollup: DashboardRollupService,
  ) {}

  onModuleInit(): void {
    // Every 10 minutes: a day is folded in about an hour after it ends.
    this.jobs.define({ name: COMPACT_DASHBOARDS_JOB, cron: '*/10 * * * *', handler: () => this.rollup.compact() });
  }
}
