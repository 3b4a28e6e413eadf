import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { LedgerSubjectNames } from './handlers/subject-names.handlers';
import { LedgerJobs } from './ledger.jobs';
import { LedgerResolver } from './resolvers/ledger.resolver';
import { LedgerCheckService } from './services/ledger-check.service';
import { LedgerService } from './services/ledger.service';

@Module({ imports: [AuditModule, OrganizationsModule], providers: [LedgerService, LedgerCheckService, LedgerResolver, LedgerJobs, LedgerSubjectNames], exports: [LedgerService, LedgerCheckService] })
export class LedgerModule {}
