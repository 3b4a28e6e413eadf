import { Injectable, type OnModuleInit } from '@nestjs/common';
import { JobsService } from '../jobs/jobs.service';
import { LedgerCheckService } from './services/ledger-check.service';
import { LedgerService } from './services/ledger.service';

export const LEDGER_CHECKPOINT_JOB = 'ledger.checkpoint';
/** Every 15 minutes: eliminated suppliers' holdbacks whose complaint window closed are paid out. */
export const HOLDBACK_RELEASE_JOB = 'ledger.holdback-release';

/** Signs a checkpoint of every account's balance each hour, so the ledger's check reads only the hour's entries and what came since. */
@Injectable()
export class LedgerJobs implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly checks: LedgerCheckService,
    private readonly ledger: LedgerService,
  ) {}

  onModuleInit(): void {
    this.jobs.define({ name: LEDGER_CHECKPOINT_JOB, cron: '23 * * * *', handler: async () => (await this.checks.checkpoint())?.id ?? null });
    this.jobs.define({ name: HOLDBACK_RELEASE_JOB, cron: '*/15 * * * *', handler: () => this.ledger.releaseDueHoldbacks() });
  }
}
