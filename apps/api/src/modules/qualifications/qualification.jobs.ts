import { Injectable, type OnModuleInit } from '@nestjs/common';
import { JobsService } from '../jobs/jobs.service';
import { QualificationService } from './services/qualification.service';

export const DOCUMENT_EXPIRY_JOB = 'qualifications.process-expiries';

@Injectable()
export class QualificationJobs implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly qualifications: QualificationService,
  ) {}

  onModuleInit(): void {
    // Just after midnight in Shanghai, when a day's expiries are due.
    this.jobs.define({ name: DOCUMENT_EXPIRY_JOB, cron: '5 0 * * *', handler: () => this.qualifications.processExpiries() });
  }
}
