import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { JobsService } from '../jobs/jobs.service';
import { AuditCheckpointService } from './audit-checkpoint.service';

export const AUDIT_CHECKPOINT_JOB = 'audit.checkpoint';

/** Signs a checkpoint of the audit chain every AUDIT_CHECKPOINT_MINUTES (when anything was appended). */
@Injectable()
export class AuditJobs implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly checkpoints: AuditCheckpointService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    const m = Math.max(1, this.config.audit.checkpointMinutes);
    const cron = m >= 60 ? '0 * * * *' : `*/${m} * * * *`;
    this.jobs.define({ name: AUDIT_CHECKPOINT_JOB, cron, handler: async () => (await this.checkpoints.checkpoint()).checkpoint?.treeSize ?? null });
  }
}
