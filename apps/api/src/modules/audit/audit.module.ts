import { Module } from '@nestjs/common';
import { AuditAppender } from './audit-appender';
import { AuditCheckpointService } from './audit-checkpoint.service';
import { AuditJobs } from './audit.jobs';
import { AuditQueryService } from './audit-query.service';
import { AuditService } from './audit.service';
import { AuditHandlers } from './handlers/audit.handlers';
import { AuditResolver } from './resolvers/audit.resolver';

@Module({ providers: [AuditService, AuditCheckpointService, AuditQueryService, AuditResolver, AuditAppender, AuditHandlers, AuditJobs], exports: [AuditService, AuditCheckpointService] })
export class AuditModule {}
