import { Injectable, type OnModuleInit } from '@nestjs/common';
import { JobsService } from '../jobs/jobs.service';
import { AuthService } from './services/auth.service';

export const PURGE_CREDENTIALS_JOB = 'auth.purge-expired-credentials';

@Injectable()
export class AuthJobs implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly auth: AuthService,
  ) {}

  onModuleInit(): void {
    this.jobs.define({ name: PURGE_CREDENTIALS_JOB, cron: '17 3 * * *', handler: () => this.auth.purgeExpiredCredentials() });
  }
}
