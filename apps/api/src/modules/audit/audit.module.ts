import { Module } from '@nestjs/common';
import { AuditAppender } from './audit-appender';
import { AuditQueryService } from './audit-query.service';
import { AuditService } from './audit.service';
import { AuditHandlers } from './handlers/audit.handlers';
import { AuditResolver } from './resolvers/audit.resolver';

@Module({ providers: [AuditService, AuditQueryService, AuditResolver, AuditAppender, AuditHandlers], exports: [AuditService] })
export class AuditModule {}
