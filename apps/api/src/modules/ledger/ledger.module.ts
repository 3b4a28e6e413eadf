import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { LedgerResolver } from './resolvers/ledger.resolver';
import { LedgerService } from './services/ledger.service';

@Module({ imports: [AuditModule, OrganizationsModule], providers: [LedgerService, LedgerResolver], exports: [LedgerService] })
export class LedgerModule {}
